/**
 * Arabic and bilingual listing pages (blind round 40d): a search page's count
 * of its results (`تم العثور على 14 نتيجة`) is a pager's line, no item; a
 * footer's link past the pager (`من نحن`) signs no item; `بقلم X | date`
 * signs a section front's lead; a listing's link to more of it (`عرض كل
 * المقالات`) signs nothing; a newsletter box's pitch and a tag list under the
 * units are no items; an unlabelled name beside the date signs when its first
 * name is known or the page prints it alone on a line (an author's archive).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const headlines = [
  'سوناطراك توقع اتفاقية لتوريد الغاز إلى ألمانيا لمدة عشر سنوات',
  'حاسي مسعود: سوناطراك تدشن وحدة جديدة لمعالجة النفط الخام',
  'مسابقة توظيف لفائدة خريجي المدارس العليا في سوناطراك',
];
const excerpts = [
  'وقعت الشركة الوطنية اتفاقية مع مجموعة ألمانية لتوريد ملياري متر مكعب من الغاز سنويا عبر خط الأنابيب العابر للمتوسط...',
  'دشن الرئيس المدير العام للشركة وحدة لمعالجة النفط الخام بطاقة 12 ألف طن يوميا، في إطار خطة رفع الإنتاج...',
  'أعلنت الشركة عن فتح مسابقة توظيف لفائدة 300 مهندس من خريجي المدارس العليا في تخصصات البتروكيمياء والجيولوجيا...',
];
const days = ['3 ديسمبر 2026', '25 نوفمبر 2026', '18 نوفمبر 2026'];
const isoDays = ['2026-12-03', '2026-11-25', '2026-11-18'];

/** Units of headline ⏎ `meta(i)` ⏎ excerpt, blank lines between blocks (innerText). */
function units(meta: (i: number) => string): string[] {
  return headlines.flatMap((h, i) => [h, meta(i), excerpts[i] ?? '']);
}

const inner = (lines: string[]): string => lines.join('\n\n');

describe('a search page', () => {
  const page = (count: string, footer: string[]) =>
    inner([
      'صدى الجزائر',
      'الرئيسية',
      'وطني',
      'اقتصاد',
      'بحث',
      'نتائج البحث عن: سوناطراك',
      count,
      ...units((i) => `${i === 2 ? 'مجتمع' : 'اقتصاد'} | ${days[i]}`),
      'الصفحة 1 من 5',
      'التالي',
      ...footer,
      '© صدى الجزائر 2026 - جميع الحقوق محفوظة',
    ]);
  test('the count of results is no item, the section before the bar no headline', () => {
    const a = parseArticle(page('تم العثور على 14 نتيجة', []), {
      url: 'https://www.sada.example/?s=sonatrach',
    });
    expect(a.kind).toBe('listing');
    expect(a.items?.map((it) => it.title)).toEqual(headlines);
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(isoDays);
  });
  for (const count of ['27 résultats', 'About 1,230 results', 'عدد النتائج: 14'])
    test(`the count: ${count}`, () => {
      const a = parseArticle(page(count, []), { url: 'https://www.sada.example/?s=sonatrach' });
      expect(a.items?.map((it) => it.title)).toEqual(headlines);
    });
  test('the footer’s links past the pager sign no item', () => {
    const a = parseArticle(page('27 résultats', ['من نحن', 'اتصل بنا']), {
      url: 'https://www.sada.example/?s=sonatrach',
    });
    expect(a.items?.map((it) => it.author ?? null)).toEqual([null, null, null]);
  });
  test('guard: a headline naming results with a figure stays an item', () => {
    const results = 'Bac 2026 : les résultats publiés le 12 juillet dans toutes les wilayas';
    const a = parseArticle(
      [
        'Écho d’Alger',
        'Recherche : bac',
        results,
        '3 décembre 2026',
        'Le ministère de l’Éducation a fixé la date de publication des résultats du baccalauréat, attendus par plus de 800 000 candidats…',
        'Bac 2026 : le calendrier des épreuves dévoilé par le ministère',
        '25 novembre 2026',
        'Les épreuves écrites se tiendront du 8 au 12 juin, a annoncé le ministère dans un communiqué publié mardi soir à Alger…',
        'Bac 2026 : les candidats libres appelés à s’inscrire avant janvier',
        '18 novembre 2026',
        'Les inscriptions des candidats libres sont ouvertes sur la plateforme numérique de l’Office national des examens…',
      ].join('\n'),
      { url: 'https://www.echo.example/recherche?q=bac' },
    );
    expect(a.items?.[0]?.title).toBe(results);
  });
});

describe('a bilingual section front', () => {
  const lead = 'ميناء الناظور غرب المتوسط يستقبل أول سفينة حاويات قبل نهاية الشهر';
  const page = inner([
    'Casablanca Éco',
    'FR',
    'AR',
    'الرئيسية',
    'اقتصاد',
    'مقاولات',
    'اقتصاد',
    lead,
    'يدخل الميناء الجديد مرحلة الاستغلال التجريبي بطاقة أولية تبلغ مليون حاوية سنويا، في انتظار استكمال الربط السككي.',
    'بقلم يوسف الإدريسي | 6 دجنبر 2026',
    headlines[0] ?? '',
    '5 دجنبر 2026',
    headlines[1] ?? '',
    '4 دجنبر 2026',
    headlines[2] ?? '',
    '3 دجنبر 2026',
    'عرض كل المقالات',
    'Newsletter',
    'Recevez chaque matin l’essentiel de l’économie marocaine.',
    'S’inscrire',
    '© 2026 Casablanca Éco. Tous droits réservés.',
  ]);
  test('the lead signed by `بقلم X | date`, the link to more and the newsletter’s pitch no part of the items', () => {
    const a = parseArticle(page, { url: 'https://www.casaeco.example/ar/economie/' });
    expect(a.items?.map((it) => it.title)).toEqual([lead, ...headlines]);
    expect(a.items?.map((it) => it.author ?? null)).toEqual(['يوسف الإدريسي', null, null, null]);
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual([
      '2026-12-06',
      '2026-12-05',
      '2026-12-04',
      '2026-12-03',
    ]);
  });
});

describe('a section front printed one line a block (w3m)', () => {
  const lead = 'ميناء الناظور غرب المتوسط يستقبل أول سفينة حاويات قبل نهاية الشهر';
  const standfirst =
    'يدخل الميناء الجديد مرحلة الاستغلال التجريبي بطاقة أولية تبلغ مليون حاوية سنويا، في انتظار استكمال الربط السككي مع شبكة المكتب الوطني للسكك الحديدية.';
  const bare = [
    'بورصة الدار البيضاء تنهي الأسبوع على ارتفاع بنسبة 1,4 في المائة',
    'صادرات الحوامض تتجاوز 700 ألف طن رغم المنافسة المصرية',
    'الحكومة ترفع منحة الاستثمار للمقاولات الصغيرة جدا في العالم القروي',
  ];
  test('headlines of like length over their date lines are no wrapped paragraph', () => {
    const a = parseArticle(
      [
        'الدار البيضاء إيكو',
        'الرئيسية',
        'اقتصاد',
        'مقاولات',
        'اقتصاد',
        lead,
        standfirst,
        'بقلم يوسف الإدريسي | 6 دجنبر 2026',
        bare[0],
        '5 دجنبر 2026',
        bare[1],
        '4 دجنبر 2026',
        bare[2],
        '3 دجنبر 2026',
        'Newsletter',
        'Recevez chaque matin l’essentiel de l’économie marocaine.',
        'S’inscrire',
        '© 2026 Casablanca Éco. Tous droits réservés.',
      ].join('\n'),
      { url: 'https://www.casaeco.example/ar/economie/' },
    );
    expect(a.items?.map((it) => it.title)).toEqual([lead, ...bare]);
  });
  test('guard: Arabic prose hard-wrapped with blank lines between paragraphs is still joined', () => {
    const p1 = [
      'قرر مجلس بنك المغرب، خلال اجتماعه الفصلي الأخير لهذه السنة المنعقد يوم',
      'الجمعة بالرباط، الإبقاء على سعر الفائدة الرئيسي دون تغيير عند 2,25 في',
      'المائة، معتبرا أن المستوى الحالي يظل ملائما لدعم النشاط الاقتصادي.',
    ];
    const p2 = [
      'وأوضح المجلس في بلاغ صدر عقب الاجتماع أن معدل التضخم بلغ 1,8 في المائة',
      'في المتوسط خلال الأشهر العشرة الأولى من السنة، ويرتقب أن يتراجع إلى 1,6',
      'في المائة سنة 2027، مدفوعا أساسا بانخفاض أسعار المواد الغذائية المستوردة.',
    ];
    const a = parseArticle(
      [
        'صوت الرباط',
        'بنك المغرب يبقي سعر الفائدة الرئيسي دون تغيير',
        'الرباط - نادية العلوي',
        '4 دجنبر 2026',
        p1.join('\n'),
        p2.join('\n'),
      ].join('\n\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([p1.join(' '), p2.join(' ')]);
  });
});

describe('a tag page', () => {
  const page = (tags: string) =>
    [
      'مغرب الغد',
      'الرئيسية | سياسة | اقتصاد | مجتمع',
      'وسم: سوناطراك',
      ...headlines.flatMap((h, i) => [h, days[i] ?? '', excerpts[i] ?? '']),
      '1 | 2 | 3 | التالي »',
      tags,
      'جميع الحقوق محفوظة © 2026 مغرب الغد',
    ].join('\n');
  for (const tags of [
    'الوسوم الأكثر تداولا: الجفاف، السدود، الموسم الفلاحي',
    'Tags populaires : Sécheresse, Barrages, Saison agricole',
  ])
    test(`the tag list under the units is no item: ${tags}`, () => {
      const a = parseArticle(page(tags), { url: 'https://www.maghribghad.example/tag/sonatrach/' });
      expect(a.items?.map((it) => it.title)).toEqual(headlines);
    });
});

describe('an author’s archive', () => {
  const page = (name: string, heading: string) =>
    [
      'الصباح التونسي',
      'تونس | جهات | اقتصاد | عالم | رياضة',
      heading,
      'صحفية مختصة في الشأن الاقتصادي والاجتماعي',
      'مقالات الكاتب',
      ...headlines.flatMap((h, i) => [h, `${name} · ${days[i]}`, excerpts[i] ?? '']),
      'تحميل المزيد',
      'جميع الحقوق محفوظة © 2026',
    ].join('\n');
  test('the name printed alone over the list signs each unit', () => {
    const a = parseArticle(page('هادية الغربي', 'هادية الغربي'), {
      url: 'https://www.assabah.example/author/hadia-gharbi/',
    });
    expect(a.items?.map((it) => it.author ?? null)).toEqual([
      'هادية الغربي',
      'هادية الغربي',
      'هادية الغربي',
    ]);
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(isoDays);
  });
  test('an Arabic name with a known first name signs with no heading', () => {
    const a = parseArticle(page('يوسف الإدريسي', 'أرشيف المقالات'), {
      url: 'https://www.assabah.example/author/youssef-idrissi/',
    });
    expect(a.items?.map((it) => it.author ?? null)).toEqual([
      'يوسف الإدريسي',
      'يوسف الإدريسي',
      'يوسف الإدريسي',
    ]);
  });
  test('guard: a section’s name from a menu printed one entry a line signs nothing', () => {
    const text = [
      'الصباح التونسي',
      'الرئيسية',
      'فن وثقافة',
      'رياضة',
      'وسم: مهرجانات',
      ...headlines.flatMap((h, i) => [h, `فن وثقافة · ${days[i]}`, excerpts[i] ?? '']),
      'جميع الحقوق محفوظة © 2026',
    ].join('\n');
    const a = parseArticle(text, { url: 'https://www.assabah.example/tag/festivals/' });
    expect(a.items?.map((it) => it.author ?? null)).toEqual([null, null, null]);
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(isoDays);
  });
});
