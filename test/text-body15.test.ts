/**
 * The end of a text page's article (issue 10, point 2): agency credits under
 * the body and a browser's copy that ends with no line break. Pages are
 * synthetic, written here, laid out as Chromium's `innerText`, w3m and lynx
 * print the probe pages of docs/text-dumps.md.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

/** A page as Chromium copies it: blocks a blank line apart, no line break after the last. */
const copied = (after: string[]): string =>
  [...MENU, TITLE, 'By Amina Saidi', ...PARAGRAPHS, ...after].join('\n\n');

const AR_TITLE = 'ميناء طنجة يوسع محطة الحاويات لاستقبال خطوط جديدة';
const AR = [
  'أعلنت سلطة ميناء طنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.',
  'وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل قرابة ألفي عامل حسب إدارة الميناء التي تعد بانعكاسات إيجابية على الجهة كلها.',
  'ورحب الناقلون بالمشروع، وإن ذكر عدد منهم أن الاكتظاظ عند بوابات المحطة ما زال يكلفهم ساعات كل يوم.',
];
const arPage = (after: string[]): string =>
  `${['الرئيسية سياسة اقتصاد رياضة', AR_TITLE, ...AR, ...after, '© 2024 جميع الحقوق محفوظة'].join('\n\n')}\n`;

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
    `${['الرئيسية سياسة اقتصاد رياضة', AR_TITLE, ...AR.slice(0, 2), inside, ...AR.slice(2), ...MORE, '© 2024 جميع الحقوق محفوظة'].join('\n\n')}\n`;

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
