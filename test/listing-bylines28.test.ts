/**
 * A section front's units signed by a labelled byline between the headline and
 * the excerpt (`<headline>` ⏎ `بقلم: X` ⏎ `<excerpt> ...` ⏎ `<date>`): the
 * byline is the item's author, never an item's headline. The menu's last
 * entry over the page's own date line (dated like the units) is no unit, and a
 * box of headlines under the last unit (`الأكثر قراءة`) gives no item.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const UNITS = [
  [
    'السياحة الداخلية بين الأسعار المرتفعة وضعف العرض',
    'سليم بن عمر',
    'يشتكي المصطافون كل صيف من ارتفاع أسعار الإقامة في المدن الساحلية، بينما تبقى مبادرات تنويع العرض السياحي محدودة ومتفرقة ...',
    '12 يونيو 2025',
  ],
  [
    'المدرسة والرقمنة: إصلاح مؤجل منذ عقد',
    'نوال حداد',
    'تتكرر الوعود بتجهيز المؤسسات التعليمية بالوسائل الرقمية، غير أن الواقع في كثير من الولايات الداخلية ما زال بعيدا عن الخطاب الرسمي ...',
    '10 يونيو 2025',
  ],
  [
    'الفلاحة الصحراوية ورهان الأمن الغذائي',
    'مراد قاسمي',
    'حققت الزراعة في الجنوب نتائج لافتة خلال السنوات الأخيرة، لكن استدامتها مرهونة بحسن تسيير المياه الجوفية وتكاليف الطاقة ...',
    '8 يونيو 2025',
  ],
  [
    'النقل الحضري في المدن الكبرى: إلى أين؟',
    'هدى بلقاسم',
    'الاختناق المروري صار جزءا من الحياة اليومية لسكان العاصمة، ولم تعد الحلول الترقيعية كافية لمواجهة تزايد عدد السيارات ...',
    '5 يونيو 2025',
  ],
  [
    'الجامعة الجزائرية وسوق الشغل',
    'ياسين بوعلام',
    'يتخرج كل سنة آلاف الطلبة في تخصصات لا يطلبها سوق العمل، وهو ما يطرح سؤال الملاءمة بين التكوين وحاجات المؤسسات الاقتصادية ...',
    '3 يونيو 2025',
  ],
] as const;
const TITLES = UNITS.map((u) => u[0]);

function page(signed: boolean, box: readonly string[] = []): string {
  return [
    'الرئيسية',
    'الوطني',
    'آراء',
    'رياضة',
    'البحث',
    'الأحد 15 يونيو 2025',
    'آراء',
    'مقالات وتحليلات من كتاب الموقع',
    ...UNITS.flatMap(([title, name, teaser, day]) =>
      signed ? [title, `بقلم: ${name}`, teaser, day] : [title, teaser, day],
    ),
    '1',
    '2',
    'التالي',
    ...box,
    'من نحن',
    'اتصل بنا',
    'سياسة الخصوصية',
    'جميع الحقوق محفوظة © 2025',
  ].join('\n');
}

describe('a section front of signed units', () => {
  test('each `بقلم: X` line is its unit’s author; the items are the units', () => {
    const a = parseArticle(page(true));
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(TITLES);
    expect(a.items?.map((i) => i.author)).toEqual(UNITS.map((u) => u[1]));
  });

  test('the menu’s last entry over the page’s date line is no unit', () => {
    const a = parseArticle(page(false));
    expect(a.items?.map((i) => i.title)).toEqual(TITLES);
  });

  test('a most-read box under the units gives no item', () => {
    const a = parseArticle(
      page(true, [
        'الأكثر قراءة',
        'ارتفاع أسعار اللحوم الحمراء في الأسواق قبيل العيد',
        'المنتخب الوطني يواجه نظيره التونسي',
      ]),
    );
    expect(a.items?.map((i) => i.title)).toEqual(TITLES);
  });
});

describe('guards', () => {
  test('units with no byline get no author', () => {
    const a = parseArticle(page(false));
    expect(a.items?.every((i) => i.author === undefined)).toBe(true);
  });
});
