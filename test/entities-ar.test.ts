/**
 * extractEntities on Arabic text, following ../shared/corpus/ner/GUIDELINES-ar.md.
 * Every sentence here is written for these tests (synthetic news wording), and
 * every expected span and value was worked out by hand from the guideline.
 */
import { describe, expect, test } from 'vitest';
import type { Entity } from '../src/index.js';
import { extractEntities } from '../src/index.js';

/** All entities of `text`, each checked to slice back to its own text. */
function all(text: string): Entity[] {
  const out = extractEntities(text, { lang: 'ar' });
  for (const e of out) expect(text.slice(e.start, e.end)).toBe(e.text);
  return out;
}

/** `[type, text]` pairs, for readable assertions. */
function pairs(text: string): Array<[string, string]> {
  return all(text).map((e) => [e.type, e.text]);
}

function find(text: string, surface: string): Entity | undefined {
  return all(text).find((e) => e.text === surface);
}

describe('Arabic places', () => {
  test('a country named alone, and countries after the conjunction و', () => {
    expect(all('المغرب')).toEqual([
      { type: 'location', text: 'المغرب', start: 0, end: 6, value: { country: 'MA' } },
    ]);
    expect(pairs('استقبل الوفد ممثلين عن تونس وليبيا والسودان.')).toEqual([
      ['location', 'تونس'],
      ['location', 'ليبيا'],
      ['location', 'السودان'],
    ]);
  });

  test('proclitics outside, the article inside, and لل keeps the article’s ل', () => {
    const text = 'وصل الوزير بالأمس إلى وهران قادما من للمغرب، ثم توجه بالطائرة لقطر.';
    expect(find(text, 'وهران')?.type).toBe('location');
    expect(find(text, 'لمغرب')?.value).toEqual({ country: 'MA' });
    expect(find(text, 'قطر')?.value).toEqual({ country: 'QA' });
  });

  test('administrative classifiers outside, facility heads inside', () => {
    expect(pairs('تم افتتاح المصنع الجديد بولاية سطيف أمس')).toContainEqual(['location', 'سطيف']);
    expect(pairs('جرت المباراة على أرضية ملعب محمد الخامس بالدار البيضاء')).toEqual(
      expect.arrayContaining([
        ['location', 'ملعب محمد الخامس'],
        ['location', 'الدار البيضاء'],
      ]),
    );
  });

  test('matching folds hamza seats, ى/ي and ة/ه without moving offsets', () => {
    const text = 'زار المسؤول الامارات العربيه المتحده ثم مصر';
    const uae = find(text, 'الامارات العربيه المتحده');
    expect(uae?.value).toEqual({ country: 'AE' });
    expect(uae?.start).toBe(text.indexOf('الامارات'));
  });
});

describe('Arabic people and organisations', () => {
  test('a title stays outside, the name with its particles inside', () => {
    expect(pairs('قال الرئيس عمر البشير في الخرطوم إن الاتفاق نهائي')).toEqual([
      ['person', 'عمر البشير'],
      ['location', 'الخرطوم'],
    ]);
    expect(find('أكد السيد عبد الرحمن بن يوسف أن المشروع سينطلق', 'عبد الرحمن بن يوسف')?.type).toBe(
      'person',
    );
  });

  test('people named alone by the press, and a known surname after a given name', () => {
    expect(pairs('وقال الرئيس تبون إن الحوار مفتوح')).toEqual([['person', 'تبون']]);
    expect(pairs('استقبل الرئيس إيمانويل ماكرون الوفد')).toEqual([['person', 'إيمانويل ماكرون']]);
  });

  test('a title, its office and a nisba stay outside an unknown name', () => {
    expect(pairs('وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى عمان')).toContainEqual([
      'person',
      'أنتوني بلينكن',
    ]);
  });

  test('official state names keep their form-of-state word; a dual classifier stays out', () => {
    expect(
      all('استقبل سفير جمهورية الصين الشعبية ثم وفدا من دولتي قطر والكويت').map((e) => [
        e.text,
        e.value,
      ]),
    ).toEqual([
      ['جمهورية الصين الشعبية', { country: 'CN' }],
      ['قطر', { country: 'QA' }],
      ['الكويت', { country: 'KW' }],
    ]);
  });

  test('particles join the next word even when it is a title word (ولد الشيخ)', () => {
    expect(pairs('استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني الوفد')).toEqual([
      ['person', 'محمد ولد الشيخ الغزواني'],
    ]);
  });

  test('plain nouns after office titles and إلى are no names', () => {
    expect(pairs('ووجه المحافظ الشركة المنفذة بضرورة الانتهاء من الأشغال')).toEqual([]);
    expect(pairs('يستمر العمل وإلى غاية افتتاح القاعة')).toEqual([]);
    expect(pairs('أعلنت جامعة ابن زهر نتائج المباراة')).toEqual([
      ['organization', 'جامعة ابن زهر'],
    ]);
  });

  test('a surname found once is carried to later mentions', () => {
    const text = 'صرح المدرب رشيد الهواري بأن الفريق جاهز. وأضاف الهواري أن اللاعبين في حالة جيدة.';
    const people = all(text).filter((e) => e.type === 'person');
    expect(people.map((e) => e.text)).toEqual(['رشيد الهواري', 'الهواري']);
    expect(people[1]?.start).toBe(text.lastIndexOf('الهواري'));
  });

  test('organisation heads take their genitive and adjectives; a nisba after a full name stays out', () => {
    expect(pairs('أصدرت وزارة الفلاحة والصيد البحري بلاغا')).toContainEqual([
      'organization',
      'وزارة الفلاحة والصيد البحري',
    ]);
    expect(pairs('نشرت الهيئة العامة للإحصاء السعودية تقريرها')).toEqual([
      ['organization', 'الهيئة العامة للإحصاء'],
    ]);
    expect(pairs('أبقى البنك المركزي التونسي على سعر الفائدة')).toContainEqual([
      'organization',
      'البنك المركزي التونسي',
    ]);
    // a generic body and a short anaphor are no organisation
    expect(pairs('اجتمع مجلس الوزراء ثم أصدر البنك بيانا')).toEqual([]);
  });

  test('a Latin acronym after its Arabic name is linked to it', () => {
    const text = 'أعلنت مجموعة المكتب الشريف للفوسفاط (OCP) عن نتائجها';
    const ocp = find(text, 'OCP');
    expect(ocp?.type).toBe('organization');
    expect(ocp?.expansion).toBe('المكتب الشريف للفوسفاط');
    expect(find(text, 'المكتب الشريف للفوسفاط')?.type).toBe('organization');
  });

  test('a cup with its genitive and year is one misc', () => {
    expect(pairs('تأهل المنتخب إلى كأس أمم إفريقيا 2027 بعد فوزه')).toEqual([
      ['misc', 'كأس أمم إفريقيا 2027'],
    ]);
  });

  test('a named operation without its classifier, and a nickname only in quotes', () => {
    expect(pairs('انطلقت عملية مرحبا 2025 بميناء طنجة المتوسط')).toEqual([
      ['misc', 'مرحبا 2025'],
      ['location', 'ميناء طنجة المتوسط'],
    ]);
    expect(pairs('ارتفعت أسعار الخضر في الأسواق')).toEqual([]);
    expect(pairs('فاز "الخضر" بهدفين')).toEqual([['organization', 'الخضر']]);
  });

  test('finance laws are one misc span, with no date inside', () => {
    expect(pairs('صادق البرلمان على مشروع قانون المالية للسنة المالية 2026 بالأغلبية')).toEqual([
      ['organization', 'البرلمان'],
      ['misc', 'مشروع قانون المالية للسنة المالية 2026'],
    ]);
  });
});

describe('Arabic values', () => {
  test('money with multipliers, Arabic decimal marks and the currency’s country adjective', () => {
    const text = 'بلغت الإيرادات 12٫5 مليار دينار جزائري و300 مليون دولار';
    expect(find(text, '12٫5 مليار دينار جزائري')?.value).toEqual({
      amount: 12_500_000_000,
      currency: 'DZD',
    });
    expect(find(text, '300 مليون دولار')?.value).toEqual({ amount: 300_000_000, currency: 'USD' });
  });

  test('a bare amount after مقابل takes the currency of its pair', () => {
    const text = 'بلغت المداخيل 45.2 مليار درهم مقابل 41.7 مليارا في السنة الماضية';
    expect(find(text, '41.7 مليارا')?.value).toEqual({ amount: 41_700_000_000, currency: 'MAD' });
  });

  test('a bare دينار takes the country of the text', () => {
    const text = 'قررت الحكومة في تونس رصد 40 مليون دينار لدعم الفلاحين في تونس';
    expect(find(text, '40 مليون دينار')?.value).toEqual({ amount: 40_000_000, currency: 'TND' });
  });

  test('compound numbers: ألف و… is one value', () => {
    const text = 'استقبلت الموانئ 439 ألف و845 مسافرا خلال الصيف';
    expect(find(text, '439 ألف و845 مسافرا')?.value).toEqual({ value: 439_845, unit: 'مسافر' });
  });

  test('percentages: في المائة, بالمائة, % and ٪, a clitic before the number outside', () => {
    const text = 'ارتفع المؤشر بـ3,2 في المائة ثم بنسبة ٪1.5 وتراجع بـ ٤ بالمائة';
    const values = all(text)
      .filter((e) => e.type === 'percent')
      .map((e) => [e.text, e.value]);
    expect(values).toEqual([
      ['3,2 في المائة', { value: 3.2 }],
      ['٪1.5', { value: 1.5 }],
      ['٤ بالمائة', { value: 4 }],
    ]);
  });

  test('durations are no quantity, counted nouns are', () => {
    expect(pairs('صوت 120 نائبا لصالح النص بعد نقاش دام 6 ساعات')).toEqual([
      ['quantity', '120 نائبا'],
    ]);
  });
});

describe('Arabic dates', () => {
  test.each([
    ['عقد الاجتماع يوم 3 فيفري 2025 بالعاصمة', '3 فيفري 2025', { iso: '2025-02-03' }],
    ['تم التوقيع في 14 شتنبر 2023 بالرباط', '14 شتنبر 2023', { iso: '2023-09-14' }],
    ['انخفض التضخم في تشرين الأول الماضي', 'تشرين الأول الماضي', { iso: 'XXXX-10' }],
    ['سجلت الأسعار ارتفاعا في أبريل/ نيسان 2024', 'أبريل/ نيسان 2024', { iso: '2024-04' }],
    ['ستنطلق الأشغال مطلع سنة 2027', 'مطلع سنة 2027', { iso: '2027', mod: 'START' }],
    ['الجمعة ١٢ أبريل ٢٠٢٤', 'الجمعة ١٢ أبريل ٢٠٢٤', { iso: '2024-04-12' }],
  ])('%s', (text, surface, value) => {
    expect(find(text, surface)?.value).toEqual(value);
  });

  test('a leading classifier is left out: شهر ماي 2022 → ماي 2022', () => {
    expect(pairs('خلال شهر ماي 2022 تراجعت الصادرات')).toEqual([['date', 'ماي 2022']]);
  });

  test('Hijri and Gregorian equivalents are two dates; the Hijri one says its calendar', () => {
    const text = 'الرياض 15 رمضان 1446 هـ الموافق 15 مارس 2025 م';
    expect(find(text, '15 رمضان 1446 هـ')?.value).toEqual({ calendar: 'hijri', iso: '1446-09-15' });
    expect(find(text, '15 مارس 2025 م')?.value).toEqual({ iso: '2025-03-15' });
  });

  test('the article before digits stays outside a range (`الـ 5 والـ 12 من مارس`)', () => {
    const text = 'تنعقد الدورة ما بين الـ 5 والـ 12 من مارس المقبل بمراكش';
    expect(find(text, '5 والـ 12 من مارس المقبل')?.value).toEqual({
      start: 'XXXX-03-05',
      end: 'XXXX-03-12',
    });
  });

  test('a Hijri fiscal-year pair is one span with its calendar', () => {
    expect(find('تبدأ السنة المالية 1446 / 1447 هـ قريبا', '1446 / 1447 هـ')?.value).toEqual({
      calendar: 'hijri',
      start: '1446',
      end: '1447',
    });
  });

  test('اليوم meaning "nowadays" is no date; dating the event, it is', () => {
    expect(pairs('لم تتغير الأوضاع إلى اليوم')).toEqual([]);
    expect(pairs('أعلنت الوزارة اليوم عن خطة جديدة')).toEqual([['date', 'اليوم']]);
  });

  test('deictic days and periods are dates whose value is empty without a reference date', () => {
    const text = 'أعلن الوزير مساء أمس الأحد أن العام الماضي كان صعبا';
    const dates = all(text).filter((e) => e.type === 'date');
    // A date the span alone does not fix has the empty value `{}` (see DateValue).
    expect(dates.map((e) => [e.text, e.value])).toEqual([
      ['مساء أمس الأحد', {}],
      ['العام الماضي', {}],
    ]);
  });

  test('a range of two days is one span', () => {
    expect(
      find('ينظم المعرض من 12 إلى 15 أفريل 2024 بتونس', '12 إلى 15 أفريل 2024')?.value,
    ).toEqual({
      start: '2024-04-12',
      end: '2024-04-15',
    });
    expect(find('تنظم الدورة يومي 3 و4 غشت بطنجة', '3 و4 غشت')?.value).toEqual({
      start: 'XXXX-08-03',
      end: 'XXXX-08-04',
    });
    expect(
      find('تقام البطولة من 20 ديسمبر إلى 10 جانفي 2026', '20 ديسمبر إلى 10 جانفي 2026')?.value,
    ).toEqual({ start: 'XXXX-12-20', end: '2026-01-10' });
  });
});
