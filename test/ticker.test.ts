import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';
import { dumpFixtures } from './helpers/fixtures.js';
import { seed, seedGold, seedMissing } from './helpers/shared.js';

const SEP = '\u00a0'.repeat(4);

describe.skipIf(seedMissing)('parseTicker on the seed page (../shared/seeds)', () => {
  const input = seed ?? '';
  const gold = seedGold;
  const items = parseTicker(input);

  test('returns the 48 headlines exactly as the gold lists them', () => {
    expect(items.map((i) => i.text)).toEqual(gold?.ticker);
  });
  test('every span slices back to its headline', () => {
    for (const item of items) expect(input.slice(item.start, item.end)).toBe(item.text);
  });
  test('item 25 repeats item 0 with other quotes, and nothing else is a repeat', () => {
    expect(items[25]?.duplicateOf).toBe(0);
    expect(items.filter((i) => i.duplicateOf !== undefined)).toHaveLength(1);
  });
  test('items 13 to 15 are English, the rest French', () => {
    expect(items.map((i) => i.lang)).toEqual(gold?.ticker_lang);
    expect(items.slice(13, 16).map((i) => i.lang)).toEqual(['en', 'en', 'en']);
  });
  test('kickers such as CAN 2025 are split off', () => {
    expect(items.map((i) => i.kicker ?? null)).toEqual(gold?.ticker_kickers);
    expect(items[9]?.kicker).toBe('CAN 2025');
  });
  test('the last headline is complete (the line ends with a separator)', () => {
    expect(items.some((i) => i.truncated)).toBe(false);
  });
});

describe('parseTicker on the fixtures', () => {
  for (const { name, input, expected } of dumpFixtures) {
    if (!expected.ticker) continue;
    test(`${name}: headlines, languages, kickers, repeats and the cut`, () => {
      const items = parseTicker(input);
      expect(items.map((i) => i.text)).toEqual(expected.ticker);
      expect(items.map((i) => i.lang)).toEqual(expected.tickerLang);
      expect(items.map((i) => i.kicker ?? null)).toEqual(expected.tickerKickers);
      const repeats = items.flatMap((i, k) =>
        i.duplicateOf === undefined ? [] : [[i.duplicateOf, k]],
      );
      expect(repeats).toEqual(expected.tickerDuplicates ?? []);
      expect(items.at(-1)?.truncated === true).toBe(expected.tickerTruncatedLast ?? false);
      for (const item of items) expect(input.slice(item.start, item.end)).toBe(item.text);
    });
  }
});

describe('parseTicker, cut tails', () => {
  const heads = [
    'Economie : la Bourse de Casablanca termine en hausse',
    'Météo : pluies attendues sur le Nord',
    'Sport : le Wydad en finale',
  ];
  test('a dump cut inside the last headline marks it truncated', () => {
    const items = parseTicker(`${heads.join(SEP)}${SEP}Santé : une campagne de vacc`);
    expect(items).toHaveLength(4);
    expect(items[3]).toMatchObject({ text: 'Santé : une campagne de vacc', truncated: true });
    expect(items.slice(0, 3).every((i) => i.truncated === undefined)).toBe(true);
  });
  test('a dump cut inside a separator keeps the last headline complete', () => {
    const items = parseTicker(`${heads.join(SEP)}\u00a0`);
    expect(items.map((i) => i.text)).toEqual(heads);
    expect(items.some((i) => i.truncated)).toBe(false);
  });
  test('a dump cut right after a full separator keeps the last headline complete', () => {
    const items = parseTicker(`${heads.join(SEP)}${SEP}`);
    expect(items.map((i) => i.text)).toEqual(heads);
    expect(items.some((i) => i.truncated)).toBe(false);
  });
  test('a ticker line followed by more lines is complete even without a trailing separator', () => {
    const items = parseTicker(`${heads.join(SEP)}\n\nTitre de l'article`);
    expect(items.at(-1)).toMatchObject({ text: heads[2] });
    expect(items.at(-1)?.truncated).toBeUndefined();
  });
  test('single NBSPs inside a headline do not split it', () => {
    const items = parseTicker(
      `CAN 2025\u00a0: le programme${SEP}Bourse\u00a0: hausse${SEP}Météo : pluie`,
    );
    expect(items.map((i) => i.text)).toEqual([
      'CAN 2025\u00a0: le programme',
      'Bourse\u00a0: hausse',
      'Météo : pluie',
    ]);
    expect(items.map((i) => i.kicker)).toEqual(['CAN 2025', 'Bourse', 'Météo']);
  });
});

describe('parseTicker, kickers', () => {
  const kickerOf = (headline: string) =>
    parseTicker([headline, 'Deux', 'Trois'].join(SEP))[0]?.kicker;
  test('a colon inside quotes is not a kicker', () => {
    expect(kickerOf('« Nous tiendrons : la saison commence », dit le coach')).toBeUndefined();
  });
  test('a colon far into the headline is not a kicker', () => {
    expect(
      kickerOf(
        'Le gouvernement présente son plan de relance pour les régions du Sud : les détails',
      ),
    ).toBeUndefined();
  });
  test('a pipe kicker', () => {
    expect(kickerOf('يورو 2024| إسبانيا تفوز على إيطاليا')).toBe('يورو 2024');
  });
  test('same-template headlines about different days are not repeats', () => {
    const items = parseTicker(
      [
        "Le temps qu'il fera ce samedi 27 décembre",
        "Le temps qu'il fera ce dimanche 28 décembre",
        'Autre',
      ].join(SEP),
    );
    expect(items.every((i) => i.duplicateOf === undefined)).toBe(true);
  });
  test('a text with no ticker gives no items', () => {
    expect(parseTicker('Un paragraphe ordinaire.\nUn autre.')).toEqual([]);
  });
});

describe('parseTicker, latest-news runs (one headline a line)', () => {
  const headline = (lead: string) => `${lead} annonce un nouveau plan pour les régions`;
  const paragraph =
    'Le gouvernement a présenté mardi un programme de soutien aux petites entreprises, qui doit entrer en vigueur dès le mois prochain selon le ministre.';
  const four = ['Le Maroc', 'La Tunisie', 'Le Sénégal', 'Le Mali'];
  const five = ['Le Niger', 'Le Tchad', 'Le Gabon', 'Le Bénin', 'Le Togo'];
  const six = ['La Guinée', 'Le Ghana', 'Le Kenya', 'Le Rwanda', 'Le Burundi', 'Le Congo'];
  const input = [...four, paragraph, ...five, paragraph, ...six, paragraph]
    .map((line) => (line === paragraph ? line : headline(line)))
    .join('\n');
  const items = parseTicker(input).map((i) => i.text);

  test('four headlines in a row are no run; five are, each block between paragraphs found', () => {
    for (const lead of four) expect(items).not.toContain(headline(lead));
    expect(items.slice(0, 5)).toEqual(five.map(headline));
  });
  test('the last line of a longer run right above page text is its title, not a headline', () => {
    expect(items.slice(5)).toEqual(six.slice(0, 5).map(headline));
  });
});

describe('parseTicker and parseArticle, an article header under a breaking-news line (lynx)', () => {
  // A breaking-news line, then the article's headline, a name and date line, share buttons and a
  // caption: five short lines in a row that are the header, not five headlines.
  const paragraph =
    'أعلنت السلطة المينائية لطنجة المتوسط، الثلاثاء، أن رواج الحاويات بالميناء ارتفع بنسبة تسعة في المائة خلال النصف الأول من السنة، مدفوعا بخطوط بحرية جديدة.';
  const title = 'ميناء طنجة المتوسط يرفع رواج الحاويات خلال النصف الأول من السنة';
  const input = [
    'عاجل الأمطار تعود إلى شمال المملكة نهاية الأسبوع والرجاء يفوز على الوداد في الديربي',
    '',
    title,
    '',
    'سعيد المرابط الأربعاء 16 يوليوز 2025 - 10:15',
    '',
    'فيسبوك تويتر واتساب',
    '',
    'ميناء طنجة صورة: أرشيف',
    '',
    paragraph,
    '',
    paragraph.replace('الثلاثاء', 'الأربعاء'),
  ].join('\n');
  test('no ticker: a line dated to the minute is no headline', () => {
    expect(parseTicker(input)).toEqual([]);
  });
  test('control: five headlines in a row, one of them timed, are a ticker', () => {
    const five = [
      'الأمطار تعود إلى شمال المملكة نهاية الأسبوع',
      'الرجاء يفوز على الوداد في ديربي الدار البيضاء',
      'الحكومة تصادق على مشروع قانون المالية الجديد',
      'ارتفاع أسعار المحروقات في محطات الوقود منذ 10:00',
      'افتتاح الدورة الجديدة لمهرجان السينما بطنجة',
    ];
    expect(parseTicker([paragraph, ...five, paragraph].join('\n')).map((i) => i.text)).toEqual(
      five,
    );
  });
});

describe('parseTicker and parseArticle, a table printed one row a line', () => {
  // Chromium's innerText prints a table's cells separated by tabs: rows of a test-results table are no headlines.
  const rows = [
    'Britax Römer Baby-Safe 2 i-Size\t370 €\tja\t1,7',
    'Joie i-Level Kinderschale\t300 €\tja\t1,7',
    'Maxi-Cosi Cabriofix Basis\t140 €\tnein\t2,1',
    'Hauck Comfort Fix Isofix\t220 €\tja\t2,1',
    'Chicco Around U i-Size\t450 €\tja\t3,0',
    'Osann Fox Kindersitz\t189 €\tja\t5,5',
  ];
  const lead =
    'Im aktuellen Test wurden achtzehn Kindersitze in Sicherheit, Bedienung, Ergonomie und Schadstoffgehalt geprüft, und vier fielen durch.';
  const after =
    'Vier Sitzmodelle wurden mit mangelhaft bewertet, weil ihre Bezugsstoffe Schadstoffe enthalten, die in Spielzeug verboten wären.';
  const input = [
    'Kindersitze im Test: vier Modelle fallen durch',
    '',
    lead,
    '',
    ...rows,
    '',
    after,
  ].join('\n');

  test('tab-separated rows are not a latest-news run', () => {
    expect(parseTicker(input)).toEqual([]);
  });
  test('the article keeps its lead and the prose after the table', () => {
    const a = parseArticle(input);
    expect(a.text).toContain('Im aktuellen Test');
    expect(a.text).toContain('Vier Sitzmodelle');
  });
});

describe('parseArticle, a list the text introduces, some items too long for headlines', () => {
  // lynx prints two of a tour's dates on one line where a wrapped item ran on: the run of
  // headline-shaped items below starts after it, yet the list is the article's own.
  const intro = 'The band will play these dates on its anniversary tour next summer:';
  const items = [
    'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
    'June 10 -- Credit Union Amphitheatre, Tampa, FL',
    'June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC    June 23 -- Veterans United Home Loans Amphitheater, Virginia Beach, VA',
    'June 24 -- Jiffy Lube Live, Bristow, VA',
    'June 26 -- PPL Center, Allentown, PA',
    'June 27 -- BB&T Pavilion, Camden, NJ',
    'June 29 -- PNC Bank Arts Center, Holmdel, NJ',
    'June 30 -- Northwell Health at Jones Beach Theater, Wantagh, NY',
    'July 2 -- Mohegan Sun Arena, Uncasville, CT',
    'July 3 -- Xfinity Center, Mansfield, MA',
    'July 19 -- Budweiser Stage, Toronto, ON',
    'July 22 -- Blossom Music Center, Cuyahoga Falls, OH',
  ];
  const lead = [
    'The band announced on Tuesday a thirty-date tour of North America to celebrate fifty years since it was formed in California.',
    'Tickets go on sale on Friday, and the promoter said that more dates could be added in the autumn if demand is as strong as expected.',
  ];
  const closing =
    'The promoter said the band would announce a European leg of the tour early next year, once the North American dates are sold.';
  const input = [
    'Band sets anniversary tour of North America',
    '',
    ...lead.flatMap((p) => [p, '']),
    intro,
    ...items,
    '',
    closing,
    '',
  ].join('\n');

  test('the article keeps the whole list: its items are no latest-news run', () => {
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual([...lead, intro, ...items, closing]);
  });
});
