/**
 * Two authors on one Arabic byline joined by `و` (and), spaced (`X و Y`) or
 * glued to the second name as Arabic writes it (`X وY`): one author each
 * (blind round 37d's variants).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const headline = 'انهيار جزئي لبناية قديمة بالمدينة العتيقة لسلا وفتح تحقيق';
const text = [
  'أعلنت السلطات المحلية يوم الخميس عن فتح تحقيق بعد انهيار جزئي لبناية قديمة بالمدينة العتيقة، دون تسجيل أي إصابات حسب الوقاية المدنية.',
  'وتم إيواء سكان البنايات المجاورة مؤقتا في فندق بالمدينة في انتظار خبرة المصالح التقنية للجماعة.',
];

function authors(byline: string): string[] {
  return parseArticle(
    ['الجريدة', 'الرئيسية', 'مجتمع', headline, byline, '12 مارس 2024', ...text].join('\n'),
  ).authors;
}

describe('Arabic co-authors joined by `و`', () => {
  test('glued to the second name: `بقلم: عمر لحلو وسلمى الإدريسي`', () => {
    expect(authors('بقلم: عمر لحلو وسلمى الإدريسي')).toEqual(['عمر لحلو', 'سلمى الإدريسي']);
  });

  test('spaced: `بقلم: عمر لحلو و سلمى الإدريسي`', () => {
    expect(authors('بقلم: عمر لحلو و سلمى الإدريسي')).toEqual(['عمر لحلو', 'سلمى الإدريسي']);
  });

  test('guard: a compound name whose second word opens with the letter (`محمد وليد …`) is one author', () => {
    expect(authors('بقلم: محمد وليد الصغير')).toEqual(['محمد وليد الصغير']);
  });

  test('guard: a family name opening with the letter and no first name after it stays whole', () => {
    expect(authors('بقلم: عمر الودغيري')).toEqual(['عمر الودغيري']);
  });
});
