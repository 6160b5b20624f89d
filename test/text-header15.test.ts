/**
 * The header of crawler text (issue 10, point 4): a standfirst and a photo's
 * caption between the headline and the byline, in Arabic as renderers print
 * it. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS } from './helpers/port-page.js';

const HEADLINE = 'ميناء طنجة يوسع محطة الحاويات لاستقبال خطوط جديدة';
const DECK =
  'ورش يمتد ثلاث سنوات يهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.';
const CAPTION = 'محطة الحاويات بميناء طنجة (أرشيف)';
const P = [
  'أعلنت سلطة ميناء طنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.',
  'وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل قرابة ألفي عامل حسب إدارة الميناء التي تعد بانعكاسات إيجابية على الجهة كلها.',
  'ورحب الناقلون بالمشروع، وإن ذكر عدد منهم أن الاكتظاظ عند بوابات المحطة ما زال يكلفهم ساعات كل يوم.',
];
const arPage = (header: string[]): string =>
  `${['الرئيسية سياسة اقتصاد رياضة', HEADLINE, ...header, ...P, '© 2024 جميع الحقوق محفوظة'].join('\n\n')}\n`;

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

describe('a caption between the headline and the date line, as lynx prints it', () => {
  test('the name under the date is the author and the caption is neither title nor author', () => {
    const input = [
      '   الرئيسية سياسة اقتصاد رياضة',
      '',
      HEADLINE,
      '',
      `   محطة الحاويات ${CAPTION}`,
      '',
      '   نشر في 12 مارس 2024 على الساعة 10:15',
      '',
      '   أمينة السعيدي',
      '',
      ...P.map((p) => `   ${p}\n`),
    ].join('\n');
    const a = parseArticle(input);
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
