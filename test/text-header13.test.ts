/**
 * The header of crawler text (issue 10, point 4): the headline over its
 * photo's credit and the date line. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { notTitle } from '../src/article/text/page-title.js';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS } from './helpers/port-page.js';
import { docOf } from './helpers/text-doc.js';

const page = (header: string[]): string =>
  `${[...MENU, ...header, ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;

describe('a headline over its photo’s credit, the date under the credit', () => {
  const HEADLINE = 'Hafenbehörde erhöht die Gebühren für Containerschiffe';

  test('the headline is the title, the credit lines are not', () => {
    const a = parseArticle(
      page([
        'Hafenpolitik',
        HEADLINE,
        'Bild: AdobeStock/Hafenfoto',
        'Bild: AdobeStock/Hafenfoto',
        '20.12.2022',
      ]),
    );
    expect(a.title).toBe(HEADLINE);
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-12-20');
  });

  test('a photo’s caption between the headline and the credit is still no title', () => {
    const a = parseArticle(
      page([
        HEADLINE,
        'Containerkräne im Hafen von Tanger am Morgen',
        '© Foto: Getty Images',
        '20.12.2022',
      ]),
    );
    expect(a.title).toBe(HEADLINE);
  });
});

describe('a table’s row above the body, as w3m pads its columns', () => {
  const ROWS = [
    'Raja Casablanca              18       12      4      2     40',
    'Wydad Athletic Club          18       11      5      2     38',
    'AS FAR Rabat                 18       10      4      4     34',
  ];
  const HEADLINE = 'Le Raja conforte sa place de leader après sa victoire à Fès';

  test('the row is never the title; the headline over the table is', () => {
    const input = `${[...MENU, HEADLINE, 'Classement', ROWS.join('\n'), ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;
    const a = parseArticle(input);
    expect(a.title).toBe(HEADLINE);
  });

  test('with no headline, no title rather than a row', () => {
    const input = `${[...MENU, ROWS.join('\n'), ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;
    const a = parseArticle(input);
    for (const row of ROWS) expect(a.title).not.toBe(row);
  });
});

describe('the masthead printed as a line of its own', () => {
  const URL = 'https://www.lequotidiendoran.com/politique/2024/03/12/reforme-port.html';
  const MASTHEAD = 'Le Quotidien d’Oran';

  test('the site’s name, as its address spells it, is no title', () => {
    const input = `${[MASTHEAD, 'Mardi 12 mars 2024', ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;
    const a = parseArticle(input, { url: URL });
    expect(a.title).not.toBe(MASTHEAD);
  });

  test('a headline that shares a word with the address stays the title', () => {
    const HEADLINE = 'Oran : le quotidien des dockers bouleversé par la réforme du port';
    const input = `${[MASTHEAD, HEADLINE, 'Mardi 12 mars 2024', ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;
    expect(parseArticle(input, { url: URL }).title).toBe(HEADLINE);
  });
});

describe('a search box’s prompt over the headline', () => {
  test('is interface text in the languages of the corpus', async () => {
    const { isInterfaceLine } = await import('../src/furniture/interface.js');
    for (const prompt of [
      'Was möchtest du suchen?',
      'Que recherchez-vous ?',
      'What are you looking for?',
      '¿Qué estás buscando?',
    ])
      expect(isInterfaceLine(prompt)).toBe(true);
    expect(isInterfaceLine('Que recherchent les électeurs de Casablanca ?')).toBe(false);
  });
});

describe('a sidebar of teasers printed before the article (w3m and lynx print the left column first)', () => {
  const TEASERS = [
    [
      'Casablanca : la nouvelle ligne de tramway ouvre en juin',
      'Les premiers essais ont eu lieu la semaine dernière entre la gare et le quartier des affaires, et la mise en service est prévue…',
    ],
    [
      'Rabat accueille le salon de l’agriculture',
      'Plus de mille exposants sont attendus au parc des expositions pour cette édition consacrée à l’eau et à l’irrigation…',
    ],
    [
      'Fès : le festival des musiques sacrées dévoile son programme',
      'Vingt concerts sont prévus dans la médina et au jardin Jnan Sbil, avec des artistes venus de quinze pays…',
    ],
    [
      'Marrakech : le tourisme retrouve son niveau d’avant-crise',
      'Les hôtels affichent complet pour les vacances de printemps et les compagnies aériennes ajoutent des vols…',
    ],
  ];
  const HEADLINE = 'Le port de Tanger étend son terminal à conteneurs';
  const page = (header: string[]): string =>
    `${[
      'Accueil Politique Économie',
      'Les plus lus',
      ...TEASERS.flatMap(([t, e]) => [t, e, '12 mars 2024']),
      HEADLINE,
      ...header,
      ...PARAGRAPHS.slice(0, 3),
      '© 2024 Le Détroit. Tous droits réservés.',
    ].join('\n\n')}\n`;

  test('with a byline: the headline over it is the title, the teasers stay out of the body', () => {
    const a = parseArticle(page(['Par Amina Saidi | 12 mars 2024']));
    expect(a.kind).toBe('article');
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.text).not.toContain('Casablanca');
    for (const p of PARAGRAPHS.slice(0, 3)) expect(a.text).toContain(p);
  });

  test('without one: a headline over a cut excerpt is a teaser’s, not the title', () => {
    const a = parseArticle(page([]));
    expect(a.title).toBe(HEADLINE);
    expect(a.text).not.toContain('Casablanca');
  });
});

describe('a header whose inline elements were printed with no space between them', () => {
  const HEADLINE = 'Le port de Tanger étend son terminal à conteneurs';

  test('a name glued to a date that opens with its month (`Amina SaidiMarch 12, 2024`)', () => {
    const a = parseArticle(page([HEADLINE, 'Amina SaidiMarch 12, 2024']));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });

  test('a name with a capital inside (`Ray McDonald`) is not cut there', () => {
    const a = parseArticle(page([HEADLINE, 'Ray McDonald March 12, 2024']));
    expect(a.authors).toEqual(['Ray McDonald']);
  });

  test('a name glued to its date (`Amina Saidi12 mars 2024`) is the byline and the date', () => {
    const a = parseArticle(page([HEADLINE, 'Amina Saidi12 mars 2024']));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });
});

describe('a picture between the headline and the byline', () => {
  const HEADLINE = 'Le port de Tanger étend son terminal à conteneurs';

  test('with no byline at all, the headline over the credited caption is still the title', () => {
    const a = parseArticle(
      page([
        'Accueil Économie Sport Culture',
        HEADLINE,
        'Le terminal à conteneurs de Tanger. Photo : MAP',
      ]),
    );
    expect(a.title).toBe(HEADLINE);
  });

  test('a tag list (`Mots-clés : …`, `Topics: …`) is never a headline', () => {
    for (const line of [
      'Mots-clés : port, Tanger, logistique',
      'Topics: uber, libertarians, Sydney',
      'الوسوم: ميناء، طنجة',
    ]) {
      const doc = docOf([line, 'Le terminal à conteneurs de Tanger. Photo : MAP']);
      const block = doc.blocks[0];
      expect(block && notTitle(doc, block)).toBe(true);
    }
  });

  test('its alt text and its caption closed by a credit are no title', () => {
    const a = parseArticle(
      page([
        'Accueil Économie Sport Culture',
        HEADLINE,
        'Le terminal à conteneurs\nLe terminal à conteneurs de Tanger. Photo : MAP',
        'Par Amina Saidi le 12/03/2024 à 10h15',
      ]),
    );
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Amina Saidi']);
  });
});

describe('Arabic headers', () => {
  const HEADLINE = 'ميناء طنجة يوسع محطة الحاويات لاستقبال خطوط جديدة';
  const P = [
    'أعلنت سلطة ميناء طنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.',
    'وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل قرابة ألفي عامل حسب إدارة الميناء التي تعد بانعكاسات إيجابية على الجهة كلها.',
  ];
  const arPage = (header: string[]): string =>
    `${['الرئيسية سياسة اقتصاد رياضة', HEADLINE, ...header, ...P, '© 2024 جميع الحقوق محفوظة'].join('\n\n')}\n`;

  test('a name glued to its date (`أمينة السعيدي12 مارس 2024`) is the byline and the date', () => {
    const a = parseArticle(arPage(['أمينة السعيدي12 مارس 2024']));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['أمينة السعيدي']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });

  test('a picture’s caption closed by `(أرشيف)` under the headline is no author', () => {
    const a = parseArticle(
      arPage([
        'محطة الحاويات بميناء طنجة (أرشيف)',
        'نشر في 12 مارس 2024 على الساعة 10:15',
        'أمينة السعيدي',
      ]),
    );
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).not.toContain('محطة الحاويات بميناء طنجة (أرشيف)');
    expect(a.authors.some((n) => n.includes('أرشيف'))).toBe(false);
  });

  test('a name and the city it wrote from over the date line is the byline, not the title', () => {
    const a = parseArticle(arPage(['أمينة السعيدي - الرباط', 'الثلاثاء 12 مارس 2024']));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['أمينة السعيدي']);
  });
});
