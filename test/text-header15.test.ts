/**
 * The header of crawler text (issue 10, point 4): a standfirst and a photo's
 * caption between the headline and the byline, in Arabic as renderers print
 * it. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import {
  AR_MENU,
  AR_PARAGRAPHS,
  AR_TITLE,
  arPageWith,
  FOOTER,
  MENU,
  PARAGRAPHS,
  wrap,
} from './helpers/port-page.js';

const DECK =
  'ورش يمتد ثلاث سنوات يهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.';
const CAPTION = 'محطة الحاويات بميناء طنجة (أرشيف)';
const HEADLINE = AR_TITLE;
const P = AR_PARAGRAPHS;
const arPage = (header: string[]): string => arPageWith(header);

describe('an Arabic standfirst between the headline and the byline', () => {
  test('over a caption closed by `(أرشيف)` and a name glued to its date, the headline is the title', () => {
    const a = parseArticle(arPage([DECK, CAPTION, 'أمينة السعيدي12 مارس 2024']));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['أمينة السعيدي']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });

  test('over the author’s name and the city it wrote from, the headline is the title', () => {
    const a = parseArticle(arPage([DECK, 'أمينة السعيدي - الرباط', 'الثلاثاء 12 مارس 2024']));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['أمينة السعيدي']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });
});

/** The Arabic page as lynx prints it: a 3-space margin, `above` between the headline and the date line, the paragraphs wrapped at 76 columns (or not). */
const lynxArPage = (above: string[], wrapped: boolean): string =>
  [
    `   ${AR_MENU}`,
    '',
    HEADLINE,
    '',
    ...above,
    '',
    '   نشر في 12 مارس 2024 على الساعة 10:15',
    '',
    '   أمينة السعيدي',
    '',
    ...P.flatMap((p) => (wrapped ? [...wrap(p, 76, '   '), ''] : [`   ${p}`, ''])),
  ].join('\n');

describe('a caption between the headline and the date line, as lynx prints it', () => {
  test('the name under the date is the author and the caption is neither title nor author', () => {
    const a = parseArticle(lynxArPage([`   محطة الحاويات ${CAPTION}`], false));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['أمينة السعيدي']);
  });
});

describe('a standfirst over a caption and the date line, as lynx prints it', () => {
  test('the name under the date is the author: the standfirst and the caption are no body yet', () => {
    const standfirst = [
      '   ورش يمتد ثلاث سنوات يهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة',
      '   نحو غرب إفريقيا.',
      `   محطة الحاويات ${CAPTION}`,
    ];
    const a = parseArticle(lynxArPage(standfirst, true));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['أمينة السعيدي']);
  });
});

describe('a short sentence over name-shaped lines is the headline, not a standfirst', () => {
  test('an exclamation of a few words over the previous and next links stays the title', () => {
    const HEAD = 'Tangier port reopens at last!';
    const header = [HEAD, 'Older Article', 'Newer Article', 'on March 12, 2024 by Amina Saidi'];
    const input = `${[...MENU, ...header, ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;
    const a = parseArticle(input);
    expect(a.title).toBe(HEAD);
  });
});

describe('a headline lynx centres and wraps', () => {
  const HEAD =
    'Casablanca : la station de dessalement livrera ses premiers mètres cubes dès l’été 2026';
  const BODY = [
    'La future station de dessalement du Grand Casablanca produira ses premiers mètres cubes d’eau potable dès l’été 2026, a annoncé mardi l’Office national de l’électricité et de l’eau potable à l’issue d’un comité de suivi.',
    'D’une capacité finale de 300 millions de mètres cubes par an, elle sera la plus grande d’Afrique et doit sécuriser l’approvisionnement de 7,5 millions d’habitants alors que les barrages sont remplis à moins de 25 %.',
    'Sur le chantier, à une quarantaine de kilomètres au sud de Casablanca, près de 3 000 ouvriers se relaient jour et nuit, et les conduites d’amenée doivent relier l’usine au réseau de la région de Settat.',
  ];
  const lynxPage = (head: string[]): string =>
    `${[
      '   Accueil › Économie › Eau',
      '',
      ...head,
      '',
      '   Par Amina Saidi',
      '   Publié le 12 mars 2024 à 10h15',
      '',
      ...BODY.flatMap((p) => [...wrap(p, 76, '   '), '']),
    ].join('\n')}\n`;

  test('its wrapped end, set on the same axis deeper in, is joined to it', () => {
    const first = ' Casablanca : la station de dessalement livrera ses premiers mètres cubes dès';
    const rest = 'l’été 2026';
    const centred = ' '.repeat(Math.round((first.length + 1 - rest.length) / 2)) + rest;
    const a = parseArticle(lynxPage([first, centred]));
    expect(a.title).toBe(HEAD);
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  test('a short line deeper in but off the axis is no wrapped end', () => {
    const first = ' Casablanca : la station de dessalement livrera ses premiers mètres cubes dès';
    const a = parseArticle(lynxPage([first, `${' '.repeat(60)}Photo`]));
    expect(a.title).toBe(first.trim());
  });
});
