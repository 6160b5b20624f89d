/**
 * Round 43ar's header fixes (test/fixtures/renders-blind43ar/): Arabic pages
 * of the Mashreq and the Gulf. A byline whose date and time are printed in
 * Arabic-Indic digits (`كتب: X الأحد، ٠٦ ديسمبر ٢٠٢٦ ٠٤:٣٠ م`) names its
 * author as one in ASCII digits does; `حرر بواسطة:` (written by) labels a
 * byline; a share row of the networks' Arabic names (`تويتر فيسبوك واتساب`)
 * is the site's interface, no author's name; a writer's box whose trade line
 * runs past six words (`كاتب وأكاديمي سعودي متخصص في …`) still signs the
 * column under it; a picture's caption closed by an agency's name alone in
 * parentheses (`… (رويترز)`, no stop before it) is a caption with its credit;
 * a kicker line under a section's breadcrumb gives way to the headline under
 * it that the byline signs.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const body = [
  'قرر المجلس البلدي إغلاق ثلاثة مواقف عشوائية للحافلات الصغيرة في وسط المدينة، ونقل خطوط السير إلى موقف جديد يقام على أطرافها بعد شكاوى متكررة من السكان.',
  'وأوضح رئيس المجلس أن الموقف الجديد سيضم مظلات لانتظار الركاب ومنافذ لبيع التذاكر، على أن يبدأ العمل فيه مطلع الربيع المقبل بعد انتهاء أعمال الرصف.',
  'وأشار إلى أن البلدية ستخصص خطا ساخنا لتلقي شكاوى المواطنين بشأن الالتزام بالتعريفة الجديدة التي ستعلن قبل افتتاح الموقف بأسبوعين على الأقل.',
];

const page = (...header: string[]) =>
  ['الرئيسية', 'محليات', 'اقتصاد', 'رياضة', ...header, ...body, 'الأكثر قراءة'].join('\n');

describe('a byline over a date in Arabic-Indic digits', () => {
  test('`كتب: X` with the date and time in Arabic-Indic digits and an update stamp on the line', () => {
    const a = parseArticle(
      page(
        'المجلس البلدي يغلق ٣ مواقف عشوائية وسط المدينة',
        'كتب: محمود عبد الرازق الأحد، ٠٦ ديسمبر ٢٠٢٦ ٠٤:٣٠ م آخر تحديث: الأحد، ٠٦ ديسمبر ٢٠٢٦ ٠٦:١٥ م',
      ),
    );
    expect(a.authors).toEqual(['محمود عبد الرازق']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-06');
  });

  test('`بقلم: X` over a long stamp in Arabic-Indic digits', () => {
    const a = parseArticle(
      page(
        'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة',
        'بقلم: سلمى حداد نشر في ١٤:٢٠ السبت ٠٥ ديسمبر ٢٠٢٦ آخر تحديث ١٦:٠٥ السبت ٠٥ ديسمبر ٢٠٢٦',
      ),
    );
    expect(a.authors).toEqual(['سلمى حداد']);
  });
});

describe('`حرر بواسطة:` labels a byline', () => {
  test('with the stamps after the name', () => {
    const a = parseArticle(
      page(
        'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة',
        'حرر بواسطة: سارة منصور نشرت في: 06/12/2026 - 14:32 آخر تحديث: 06/12/2026 - 16:05',
      ),
    );
    expect(a.authors).toEqual(['سارة منصور']);
  });

  test('alone on its line', () => {
    const a = parseArticle(
      page(
        'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة',
        'حرر بواسطة: سارة منصور',
        '06/12/2026',
      ),
    );
    expect(a.authors).toEqual(['سارة منصور']);
  });

  test('`حرر في` stays a date label', () => {
    const a = parseArticle(
      page('المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة', 'حرر في: 06/12/2026'),
    );
    expect(a.authors).toEqual([]);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-06');
  });
});

describe("a share row of the networks' Arabic names", () => {
  test('is no author under the date line, and leaves the body', () => {
    const a = parseArticle(
      page(
        'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة',
        'الأربعاء 02 ديسمبر 2026 | قراءة 4 دقائق',
        'تويتر فيسبوك واتساب طباعة',
      ),
    );
    expect(a.authors).toEqual([]);
    expect(a.text).not.toContain('واتساب');
  });

  test('`شارك` and four networks, the link copier', () => {
    const a = parseArticle(
      page(
        'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة',
        'كتب: محمود عبد الرازق',
        'الأحد 06 ديسمبر 2026',
        'شارك فيسبوك تويتر واتساب تليجرام نسخ الرابط',
      ),
    );
    expect(a.authors).toEqual(['محمود عبد الرازق']);
    expect(a.text).not.toContain('تليجرام');
  });

  test('a sentence naming the networks stays text', () => {
    const a = parseArticle(
      page(
        'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة',
        'الأحد 06 ديسمبر 2026',
        'وأعلنت البلدية أنها ستنشر مواعيد الخطوط الجديدة على صفحاتها في فيسبوك وتويتر وواتساب قبل افتتاح الموقف.',
      ),
    );
    expect(a.text).toContain('على صفحاتها في فيسبوك وتويتر وواتساب');
  });
});

describe("a writer's box over the column", () => {
  const column = (trade: string) =>
    [
      'الرئيسية',
      'الرأي',
      'كتاب',
      'فهد العتيبي',
      trade,
      'جميع مقالات الكاتب',
      'حين تصبح الأحياء القديمة سؤالا اجتماعيا',
      'الأربعاء 02 ديسمبر 2026 | قراءة 4 دقائق',
      ...body,
    ].join('\n');

  test('a trade line of seven words with no stop signs it', () => {
    const a = parseArticle(column('كاتب وأكاديمي سعودي متخصص في التخطيط العمراني'));
    expect(a.title).toBe('حين تصبح الأحياء القديمة سؤالا اجتماعيا');
    expect(a.authors).toEqual(['فهد العتيبي']);
  });

  test('a kicker over the headline is no trade', () => {
    const a = parseArticle(column('ملف الأسبوع').replace('فهد العتيبي\n', ''));
    expect(a.authors).toEqual([]);
  });
});

describe("a caption closed by an agency's name alone in parentheses", () => {
  const head = [
    'الأفق العربي',
    'الرئيسية العالم العربي الخليج الاقتصاد',
    'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة',
  ];
  const paragraphs = ['', body[0] ?? '', '', body[1] ?? ''];

  test('under a day printed Hijri first: the title and the day are read, the caption leaves the body', () => {
    const a = parseArticle(
      [
        ...head,
        'الأحد - 26 جمادى الآخرة 1448 هـ - 06 ديسمبر 2026 م',
        'جانب من الموقف الجديد قرب وسط المدينة (رويترز)',
        ...paragraphs,
      ].join('\n'),
    );
    expect(a.title).toBe('المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-06');
    expect(a.text).not.toContain('جانب من الموقف الجديد');
  });

  test('`(أ ف ب)` too, under a Gregorian day', () => {
    const a = parseArticle(
      [
        ...head,
        'الأحد 06 ديسمبر 2026',
        'جانب من الموقف الجديد قرب وسط المدينة (أ ف ب)',
        ...paragraphs,
      ].join('\n'),
    );
    expect(a.text).not.toContain('جانب من الموقف الجديد');
  });

  test("a dispatch's paragraph closed by its stop and the agency stays", () => {
    const a = parseArticle(
      [
        ...head,
        'الأحد 06 ديسمبر 2026',
        ...paragraphs,
        '',
        'وأكد المجلس أن الخطوط الجديدة ستعلن قبل الافتتاح. (رويترز)',
      ].join('\n'),
    );
    expect(a.text).toContain('وأكد المجلس أن الخطوط الجديدة ستعلن قبل الافتتاح.');
  });
});

describe("a kicker under a section's breadcrumb", () => {
  test('is passed over for the headline its byline signs', () => {
    const a = parseArticle(
      [
        'الرئيسية',
        'أخبار مصر',
        'محافظات',
        'الرئيسية » أخبار مصر » محافظات',
        'بعد شكاوى السكان',
        'المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة وينشئ موقفا جديدا',
        'كتب: محمود عبد الرازق الأحد، ٠٦ ديسمبر ٢٠٢٦ ٠٤:٣٠ م',
        ...body,
      ].join('\n'),
    );
    expect(a.title).toBe('المجلس البلدي يغلق ثلاثة مواقف عشوائية وسط المدينة وينشئ موقفا جديدا');
    expect(a.authors).toEqual(['محمود عبد الرازق']);
  });

  test('in French too', () => {
    const a = parseArticle(
      [
        'Accueil > Régions > Oriental',
        'Après les plaintes',
        'Oujda ferme trois gares routières sauvages et ouvre une gare moderne',
        'Par Karim Alaoui, le 6 décembre 2026',
        "La commune d'Oujda a fermé trois gares routières sauvages du centre-ville et transféré les lignes vers une nouvelle gare construite en périphérie, après des plaintes répétées des habitants.",
        'Le président du conseil a précisé que la nouvelle gare comptera des abris pour les voyageurs et des guichets, et ouvrira au printemps prochain après la fin des travaux de voirie.',
      ].join('\n'),
    );
    expect(a.title).toBe('Oujda ferme trois gares routières sauvages et ouvre une gare moderne');
  });

  test('a headline of three words under the breadcrumb, a longer line under it with no byline, stays the title', () => {
    const a = parseArticle(
      [
        'Home / Packs & Bags / Daypacks',
        'Larkfield Trail 40',
        'Lightweight hiking backpack with a rain cover and two side pockets',
        '12 March 2026',
        'The Larkfield Trail 40 is a lightweight hiking backpack built for long day hikes, with a ventilated back panel and a rain cover stored in the lid.',
        'Two side pockets hold water bottles within reach, and the hip belt carries a phone pocket on each side.',
      ].join('\n'),
    );
    expect(a.title).toBe('Larkfield Trail 40');
  });
});
