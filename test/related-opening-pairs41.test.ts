/**
 * Round 41d's leftover: an Arabic related title folded into a body passage ends before a sentence opened by two
 * words (`من جهته،`, `ومن جهتها`, `وفي سياق متصل،`, `وفي هذا الصدد`, `وعلى صعيد آخر`), which no headline holds
 * past its first words; a title holding `في` or `من` as its own words keeps them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const lead =
  'أعلنت وزارة التجهيز، أمس الاثنين، عن إطلاق أشغال توسيع الطريق الرابط بين أكادير وتزنيت على طول 90 كيلومترا، بكلفة تناهز مليار درهم، على أن تنتهي الأشغال في غضون ثلاث سنوات من تاريخ انطلاقها.';
const tail =
  ' المشروع سيخفف الضغط على المقطع الحالي الذي يشهد حوادث متكررة خلال فصل الصيف، ويقلص مدة الرحلة بين المدينتين إلى أقل من ساعة.';
const title = 'جهة سوس ماسة تطلق صفقة لتثنية الطريق الوطنية رقم 1';

describe('an Arabic related title before a sentence opened by two words', () => {
  test.each([
    'من جهته، أكد الوزير أن',
    'ومن جهتها، أوضحت الوزارة أن',
    'وفي سياق متصل، أشار المصدر إلى أن',
    'وفي هذا الصدد، أكد الوزير أن',
    'وعلى صعيد آخر، ذكر البلاغ أن',
  ])('ends before `%s`', (opener) => {
    const a = parseArticle(`${lead} اقرأ أيضا: ${title} ${opener}${tail}`, {});
    expect(a.related.map((r) => r.title)).toEqual([title]);
  });

  test('guard: a title holding `في` and `من` as its own words keeps them', () => {
    const own = 'تراجع حوادث السير في جهة سوس ماسة من جديد خلال الصيف';
    const a = parseArticle(`${lead} اقرأ أيضا: ${own}. وأشار المصدر إلى أن${tail}`, {});
    expect(a.related.map((r) => r.title)).toEqual([`${own}.`]);
  });
});
