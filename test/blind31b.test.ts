/**
 * Fixes found by the seventh blind round's Arabic and regional dumps
 * (test/fixtures/dumps-blind31b/), each checked on a page of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

describe('a clock time after the date behind `على الساعة` (at the hour)', () => {
  const page = (dateLine: string) =>
    [
      'بوابة سوس',
      'الرئيسية',
      'محلي',
      'رياضة',
      'محلي',
      'انطلاق أشغال توسيع الطريق الساحلي بين أكادير وتغازوت',
      'بقلم: هشام أيت علي',
      dateLine,
      'انطلقت أشغال توسيع الطريق الساحلي الرابط بين أكادير وتغازوت على طول اثني عشر كيلومترا، بهدف تخفيف حركة السير التي تعرفها المنطقة خلال فصل الصيف.',
      'ويرتقب أن تستمر الأشغال ثمانية عشر شهرا، مع الإبقاء على حركة المرور في اتجاه واحد في بعض المقاطع.',
      'شارك',
    ].join('\n');

  test('after a date written with the month`s name', () => {
    const a = parseArticle(page('نشر بتاريخ: 2 أكتوبر 2025 على الساعة 16:45'));
    expect(a.publishedAt?.slice(0, 16)).toBe('2025-10-02T16:45');
  });

  test('after a numeric date', () => {
    const a = parseArticle(page('02/10/2025 على الساعة 08:05'));
    expect(a.publishedAt?.slice(0, 16)).toBe('2025-10-02T08:05');
  });
});

describe('`مواضيع مشابهة` (similar topics) heads a related box', () => {
  test('the titles under it are related links, not body', () => {
    const page = [
      'المغرب الكبير اليوم',
      'الرئيسية',
      'اقتصاد',
      'اقتصاد',
      'ارتفاع عدد السياح الوافدين على جزيرة جربة خلال الربيع',
      'الإثنين 5 ماي 2025',
      'سجلت جزيرة جربة خلال فصل الربيع ارتفاعا في عدد السياح الوافدين بنسبة خمسة عشر في المائة مقارنة بالسنة الماضية، حسب معطيات المندوبية الجهوية للسياحة.',
      'وعزت المندوبية هذا الارتفاع إلى الرحلات الجوية الجديدة التي تربط الجزيرة بعدد من المدن الأوروبية.',
      'مواضيع مشابهة',
      'افتتاح فندق بيئي جديد في واحة توزر',
      'موسم سياحي واعد في المدن الساحلية',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.related.map((r) => r.title)).toEqual([
      'افتتاح فندق بيئي جديد في واحة توزر',
      'موسم سياحي واعد في المدن الساحلية',
    ]);
    expect(a.text).not.toContain('فندق بيئي');
  });
});
