/**
 * The end of a text page's article (issue 10, point 2): agency credits under
 * the body and a browser's copy that ends with no line break. Pages are
 * synthetic, written here, laid out as Chromium's `innerText`, w3m and lynx
 * print the probe pages of docs/text-dumps.md.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { AR_PARAGRAPHS, arPageWith, MENU, PARAGRAPHS, TITLE, wrap } from './helpers/port-page.js';

/** A page as Chromium copies it: blocks a blank line apart, `body` (the four paragraphs by default) under a byline, then `after`, no line break after the last. */
const copied = (after: string[], body: readonly string[] = PARAGRAPHS): string =>
  [...MENU, TITLE, 'By Amina Saidi', ...body, ...after].join('\n\n');

const AR = AR_PARAGRAPHS;
const arPage = (after: string[]): string => arPageWith([], after);

describe('an agency credited on a line of its own under the body', () => {
  test.each([
    ['Avec AFP', 'AFP'],
    ['With AFP', 'AFP'],
    ['(With MAP)', 'MAP'],
    ['(Avec MAP).', 'MAP'],
    ["D'après l'APS", 'APS'],
    ['Avec AFP et Reuters', 'AFP'],
  ])('`%s` is the source, not a paragraph, even with a box after it', (line, name) => {
    const input = `${copied([line, 'Amina Saidi', 'Amina Saidi is a reporter on the business desk.', 'See all her articles'])}\n`;
    const a = parseArticle(input);
    expect(a.source?.name).toBe(name);
    expect(a.text).not.toContain(line);
    expect(a.paragraphs.length).toBe(PARAGRAPHS.length);
    const span = a.spans.source;
    expect(span && input.slice(span.start, span.end)).toBe(name === 'AFP' ? 'AFP' : name);
  });

  test.each([
    ['(و.م.ع)', 'ومع', 'و.م.ع'],
    ['عن وكالة فرانس برس', 'فرانس برس', 'فرانس برس'],
    ['عن الأناضول', 'الأناضول', 'الأناضول'],
  ])('Arabic `%s` is the source', (line, name, written) => {
    const input = arPage([line]);
    const a = parseArticle(input);
    expect(a.source?.name).toBe(name);
    expect(a.text).not.toContain(line);
    expect(a.paragraphs.length).toBe(AR.length);
    const span = a.spans.source;
    expect(span && input.slice(span.start, span.end)).toBe(written);
  });

  test('a line naming an agency the table does not hold, or a sentence, is no credit', () => {
    for (const line of ['Avec Karim', 'With the AFP team in Rabat, he said.']) {
      const a = parseArticle(`${copied([line])}\n`);
      expect(a.source).toBeUndefined();
    }
  });
});

describe('a browser’s copy ends with no line break', () => {
  test('a credit line last is whole: no truncation warning', () => {
    const a = parseArticle(copied(['Source : MAP']));
    expect(a.source?.name).toBe('MAP');
    expect(a.warnings.filter((w) => w.startsWith('truncated'))).toEqual([]);
  });

  test('an agency credit last is whole and no paragraph', () => {
    const a = parseArticle(copied(['Avec AFP']));
    expect(a.paragraphs.length).toBe(PARAGRAPHS.length);
    expect(a.warnings.filter((w) => w.startsWith('truncated'))).toEqual([]);
  });

  test('a paragraph the input stops inside still warns', () => {
    const a = parseArticle(copied(['The authority said it would publish the figures']));
    expect(a.warnings).toContain('truncated: the input stops mid-sentence');
  });
});

describe('a short dispatch with no header: a line under its paragraphs closes no header', () => {
  test('an agency’s credit under three Arabic paragraphs leaves them the body', () => {
    const a = parseArticle(arPage(['(ومع)']));
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual(AR);
    expect(a.source?.name).toBe('ومع');
  });

  test('a date line under the paragraphs leaves them the body', () => {
    const input = `${[...MENU, TITLE, ...PARAGRAPHS.slice(0, 3), 'Published on March 12, 2024', 'About us', 'Contact'].join('\n\n')}\n`;
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS.slice(0, 3));
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });
});

describe('a photo’s caption closed by a credit written with initials', () => {
  const MORE = [
    'وأوضحت الإدارة أن الشطر الأول من الأشغال سيخصص لتوسيع الأرصفة وتعميق الحوض، على أن يشمل الشطر الثاني تجهيز المحطة برافعات جديدة ونظام رقمي لتدبير الحاويات.',
    'ويرتقب أن تساهم هذه المشاريع في تقليص مدة انتظار السفن، التي بلغت في بعض الأيام أكثر من ثلاثين ساعة خلال فصل الصيف الماضي، حسب أرقام المهنيين.',
  ];
  const arBody = (inside: string): string =>
    arPageWith([], [], [...AR.slice(0, 2), inside, ...AR.slice(2), ...MORE]);

  test.each([
    'ورش محطة تحلية مياه البحر جنوب الدار البيضاء، فبراير 2024. © و.م.ع / يوسف العلمي',
    'Le chantier de la station de dessalement en février 2024. © M.A.P.',
    'Le chantier de la station de dessalement en février 2024. © E.B',
  ])('`%s` inside the body is left out', (caption) => {
    const a = parseArticle(arBody(caption));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...AR, ...MORE]);
  });

  test('a sentence ending before the name is no credit’s initial: the paragraph stays', () => {
    const line = 'Le chantier a commencé en février. © Fadel Senna. AFP';
    const a = parseArticle(arBody(line));
    expect(a.paragraphs.map((p) => p.text)).toContain(line);
  });
});

describe('lynx prints a box right under a paragraph, with no blank line', () => {
  /** A last paragraph whose last line reaches near the width: a short line under it looks like its wrap. */
  const LAST =
    'The authority said it would publish a detailed report on waiting times before the end of the month, and would meet the main carriers in September to discuss what else could be done at the gates of the port.';
  const paragraphs = [...PARAGRAPHS.slice(0, 3), LAST];
  /** The page as lynx dumps it: 3-space margin, paragraphs wrapped at 76 columns, `under` flush below the last. */
  const lynxPage = (under: string[]): string => {
    const body = paragraphs.flatMap((p, i) => [
      ...wrap(p, 76, '   '),
      ...(i === paragraphs.length - 1 ? under : ['']),
    ]);
    return `${['   The Strait', '', TITLE, '', '   By Amina Saidi', '', ...body, '', '   © 2024 The Strait'].join('\n')}\n`;
  };

  test.each([
    [['   Advertisement']],
    [['   Partager cet article', '     * Facebook', '     * WhatsApp']],
    [['   إشهار']],
    [
      [
        '   Previous article Casablanca bourse: Masi ends the week up 1.2% in heavy trading',
        '   Next article Tourism: Agadir welcomes record visitors in February',
      ],
    ],
  ])('%j under the last paragraph stays out of it', (under) => {
    // The precondition: the last paragraph's last line leaves no room for the line under it.
    expect(wrap(LAST, 76, '   ').at(-1)?.length).toBeGreaterThan(70);
    const a = parseArticle(lynxPage(under));
    expect(a.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  test.each(['Credit: MAP', '(MAP/Karim Tazi)'])(
    'a photo’s credit `%s` under its caption stays with the caption',
    (credit) => {
      const caption =
        'The container terminal at Tanger Med, where two new cranes will enter service in the autumn after three years of delays and a long dispute.';
      // The precondition: the caption's last line leaves no room for the credit, which lynx prints flush under it.
      expect(wrap(caption, 76, '   ').at(-1)?.length).toBeGreaterThan(70);
      const input = `${[
        '   The Strait',
        '',
        TITLE,
        '',
        ...wrap(PARAGRAPHS[0] ?? '', 76, '   '),
        '',
        ...wrap(caption, 76, '   '),
        `   ${credit}`,
        '',
        ...PARAGRAPHS.slice(1).flatMap((p) => [...wrap(p, 76, '   '), '']),
      ].join('\n')}\n`;
      const a = parseArticle(input);
      // Never the caption cut from its credit and kept as the article's paragraph.
      expect(a.paragraphs.map((p) => p.text)).not.toContain(caption);
      expect(a.paragraphs.map((p) => p.text)).toEqual(
        expect.arrayContaining([PARAGRAPHS[0], ...PARAGRAPHS.slice(1)]),
      );
    },
  );
});

describe('a photo’s caption closing with its credit, right under the lead', () => {
  const CAPTION =
    'The container terminal at Tanger Med, where two new cranes will enter service in the autumn after three years of delays.';
  const withCaption = (caption: string): string =>
    `${copied([], [PARAGRAPHS[0] ?? '', caption, ...PARAGRAPHS.slice(1)])}\n`;

  test.each([`${CAPTION} Credit: MAP`, `${CAPTION} (AFP/Fadel Senna)`, `${CAPTION} (Photo: MAP)`])(
    'the lead above `%s` stays the article’s, the caption does not',
    (caption) => {
      const a = parseArticle(withCaption(caption));
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    },
  );

  test('a line the caption prints again above it is the picture’s alt text, not a paragraph', () => {
    const alt = 'The container terminal at Tanger Med, where two new cranes will enter service.';
    const body = [
      ...PARAGRAPHS.slice(0, 2),
      alt,
      `${alt} (Image credit: MAP)`,
      ...PARAGRAPHS.slice(2),
    ];
    const input = `${copied([], body)}\n`;
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('a note on where the article first appeared, in its short form', () => {
  test.each([
    'Originally published on Live Science.',
    'First published in The Conversation.',
    'Publié initialement sur Le Desk.',
    'Cet article a été publié initialement sur Le Monde.',
  ])('`%s` between the paragraphs is left out', (note) => {
    const body = [...PARAGRAPHS.slice(0, 2), note, ...PARAGRAPHS.slice(2)];
    const a = parseArticle(`${copied(['About us'], body)}\n`);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('a pull quote: a sentence of the article set again between two paragraphs', () => {
  const QUOTE = 'Nous avons gagné quatre mois sur le calendrier initial';
  const P = [
    "L'office national de l'eau a annoncé mardi que la station de dessalement de Casablanca livrera ses premiers mètres cubes dès l'été 2026, après la réunion du comité de suivi tenue à Rabat.",
    'Avec une capacité finale de 300 millions de mètres cubes par an, la station sera la plus grande d’Afrique et doit sécuriser l’approvisionnement de 7,5 millions d’habitants.',
    `« ${QUOTE} », a assuré le directeur général de l’office, précisant que le génie civil était achevé à 68 % et que les membranes arriveraient en juin.`,
    'Sur le chantier, à une quarantaine de kilomètres au sud de Casablanca, près de 3 000 ouvriers se relaient jour et nuit pour tenir les délais annoncés.',
  ];
  const page = (inside: string): string =>
    `${[...MENU, 'Dessalement : la station de Casablanca livrera ses premiers mètres cubes dès l’été 2026', 'Par Amina Saidi', ...P.slice(0, 2), inside, ...P.slice(2), 'À propos'].join('\n\n')}\n`;

  test.each([`« ${QUOTE} »`, `“${QUOTE}”`, `"${QUOTE}".`])(
    '`%s` printed again by the body is left out',
    (pull) => {
      const a = parseArticle(page(pull));
      expect(a.paragraphs.map((p) => p.text)).toEqual(P);
    },
  );

  test('a quoted subheading of a few words stays, though the body quotes it', () => {
    const heading = '« Quatre mois gagnés »';
    const body = [
      ...P.slice(0, 2),
      heading,
      P[2],
      'Le directeur a résumé : « quatre mois gagnés » sur le chantier, sans rien céder sur la sécurité des ouvriers.',
      P[3],
    ];
    const input = `${[...MENU, 'Dessalement : la station de Casablanca livrera ses premiers mètres cubes', 'Par Amina Saidi', ...body].join('\n\n')}\n`;
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toContain(heading);
  });

  test('a quotation no paragraph repeats is the article’s and stays', () => {
    const own = '« La ressource reste fragile et chaque goutte compte pour la région »';
    const a = parseArticle(page(own));
    expect(a.paragraphs.map((p) => p.text)).toContain(own);
  });
});

describe('a short last paragraph under a captioned photo', () => {
  test('the paragraph after the photo is the article’s, however short', () => {
    const caption =
      'ورش محطة تحلية مياه البحر جنوب الدار البيضاء، فبراير 2024. © و.م.ع / يوسف العلمي';
    const body = [...AR.slice(0, 2), caption, ...AR.slice(2)];
    const a = parseArticle(arPageWith([], [], body));
    expect(a.paragraphs.map((p) => p.text)).toEqual(AR);
  });
});
