/**
 * `حرر بتاريخ` (written on), a Moroccan stamp's label, opens a date line as
 * `نشر في` does: over the byline it is the article's date, no headline (blind
 * round 37d's variants).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const headline = 'انهيار جزئي لبناية قديمة بالمدينة العتيقة لسلا وفتح تحقيق';
const text = [
  'أعلنت السلطات المحلية يوم الخميس عن فتح تحقيق بعد انهيار جزئي لبناية قديمة بالمدينة العتيقة، دون تسجيل أي إصابات حسب الوقاية المدنية.',
  'وتم إيواء سكان البنايات المجاورة مؤقتا في فندق بالمدينة في انتظار خبرة المصالح التقنية للجماعة.',
];

function page(header: string[]): string {
  return ['الجريدة', 'الرئيسية', 'مجتمع', headline, ...header, ...text].join('\n');
}

describe('`حرر بتاريخ` opens a date line', () => {
  test('over `بقلم: X`: the date, the headline above it the title', () => {
    const a = parseArticle(page(['حرر بتاريخ 12 مارس 2024 - 18:40', 'بقلم: عمر لحلو']));
    expect(a.title).toBe(headline);
    expect(a.publishedAt?.slice(0, 16)).toBe('2024-03-12T18:40');
    expect(a.authors).toEqual(['عمر لحلو']);
    expect(a.paragraphs[0]?.text).toBe(text[0]);
  });

  test('`حرر في` as well', () => {
    const a = parseArticle(page(['حرر في 12 مارس 2024', 'بقلم: عمر لحلو']));
    expect(a.title).toBe(headline);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });

  test('guard: under the byline, as before', () => {
    const a = parseArticle(page(['بقلم: عمر لحلو', 'حرر بتاريخ 12 مارس 2024 - 18:40']));
    expect(a.title).toBe(headline);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
    expect(a.text).not.toContain('حرر بتاريخ');
  });
});
