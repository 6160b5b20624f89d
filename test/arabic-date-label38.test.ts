/**
 * An Arabic publication label with its colon (`نشر في: الأربعاء 20 نوفمبر 2026 -
 * 18:40`, `تاريخ النشر: …`) opens a date line as `نشر في` does with none: the
 * line under the headline dates the article (not the site's day over the rubric),
 * and anchors the title (blind round 38e).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const text = [
  'أعلنت وزارة النقل عن إطلاق خط جديد للحافلات الكهربائية يربط وسط المدينة بالمطار، في إطار برنامج لتحديث النقل العمومي وتقليص الانبعاثات.',
  'وأوضحت الوزارة أن الخط سيشتغل ابتداء من الشهر المقبل بأسطول من عشرين حافلة، على أن يتم توسيعه تدريجيا ليشمل أحياء أخرى خلال السنة المقبلة.',
];
const HEADLINE = 'خط جديد للحافلات الكهربائية يربط وسط المدينة بالمطار';

/** A w3m-style page: the site's name, its menu on one line, the day's date, the rubric, `headline`, then `header`. */
function page(header: string[], headline = HEADLINE): string {
  return [
    'أخبار المدينة',
    'الرئيسية سياسة اقتصاد مجتمع جهات رياضة فن وثقافة',
    'الخميس 21 نوفمبر 2026',
    'مجتمع',
    headline,
    ...header,
    ...text,
    'جميع الحقوق محفوظة © أخبار المدينة 2026',
  ].join('\n');
}

describe('an Arabic publication label with its colon', () => {
  test('under a byline: the article’s date and time, not the day over the rubric', () => {
    const a = parseArticle(page(['كتب: سعيد الإدريسي', 'نشر في: الأربعاء 20 نوفمبر 2026 - 18:40']));
    expect(a.publishedAt?.slice(0, 16)).toBe('2026-11-20T18:40');
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['سعيد الإدريسي']);
  });

  test('with no byline: the headline over it is the title, not the menu', () => {
    const a = parseArticle(page(['نشر في: الأربعاء 20 نوفمبر 2026 - 18:40']));
    expect(a.title).toBe(HEADLINE);
    expect(a.publishedAt?.slice(0, 16)).toBe('2026-11-20T18:40');
  });

  test('`تاريخ النشر:` with the date in figures', () => {
    const a = parseArticle(page(['تاريخ النشر: 20/11/2026 - 18:40']));
    expect(a.title).toBe(HEADLINE);
    expect(a.publishedAt?.slice(0, 16)).toBe('2026-11-20T18:40');
  });

  test('an update stamp after a bar on the same line: the publication’s date', () => {
    const a = parseArticle(
      page([
        'كتب: سعيد الإدريسي',
        'نشر في: الأربعاء 20 نوفمبر 2026 - 18:40 | آخر تحديث: الخميس 21 نوفمبر 2026 - 09:20',
      ]),
    );
    expect(a.publishedAt?.slice(0, 16)).toBe('2026-11-20T18:40');
  });

  test('guard: other words after a bar keep a long line no date line', () => {
    const a = parseArticle(
      page([
        'كتب: سعيد الإدريسي',
        'السبت 23 نوفمبر 2026 | انطلاق الدورة الثانية من المعرض الدولي للكتاب بالمدينة',
        'نشر في 20 نوفمبر 2026',
      ]),
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-11-20');
  });

  test('guard: other words before the colon make a headline, no date line', () => {
    const headline = 'الامتحانات الوطنية: الأربعاء 20 نوفمبر 2026';
    const a = parseArticle(page(['كتب: سعيد الإدريسي'], headline));
    expect(a.title).toBe(headline);
  });
});
