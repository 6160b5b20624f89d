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

describe('a breaking label alone on its line over each headline', () => {
  test('Arabic: the headlines under a repeated `عاجل` are the ticker, the labels are no items', () => {
    const heads = [
      'الحماية المدنية تحذر من موجة حر تصل إلى 46 درجة بالجنوب',
      'تأجيل مباراة الكأس بين فريقي المدينة والواحة إلى الأربعاء',
      'افتتاح معبر حدودي جديد أمام حركة الشاحنات ابتداء من الغد',
    ];
    const page = [
      'صدى الواحات',
      'الرئيسية',
      'وطني',
      'رياضة',
      ...heads.flatMap((h) => ['عاجل', h]),
      'وطني',
      'توزيع ألف وحدة سكنية ريفية على مستحقيها في ولاية الوادي',
      'رضا بوعلام',
      '5 أوت 2025',
      'شرعت مصالح ولاية الوادي في توزيع ألف وحدة سكنية ريفية على المستفيدين منها، بعد استكمال أشغال الربط بشبكات الماء والكهرباء.',
      'وأكد مسؤولو القطاع أن حصة ثانية ستوزع قبل نهاية السنة الجارية في البلديات الحدودية.',
      'شارك',
    ].join('\n');
    expect(parseTicker(page).map((i) => i.text)).toEqual(heads);
    const a = parseArticle(page);
    expect(a.title).toBe('توزيع ألف وحدة سكنية ريفية على مستحقيها في ولاية الوادي');
    expect(a.paragraphs[0]?.text.startsWith('شرعت مصالح ولاية الوادي')).toBe(true);
  });

  test('French: `Urgent` over each of three headlines', () => {
    const heads = [
      'Coupure d’eau prévue mardi dans quatre quartiers de Monastir',
      'Le festival international de Hammamet dévoile sa programmation',
      'Grève des transports régionaux reportée à la semaine prochaine',
    ];
    const page = [
      'Sahel Actu',
      'Accueil',
      'Régions',
      ...heads.flatMap((h) => ['Urgent', h]),
      'Régions',
      'Sousse : le port de plaisance agrandi de deux cents anneaux',
      'Le port de plaisance de Sousse comptera deux cents anneaux de plus à partir de l’été prochain, selon l’office chargé des ports.',
      'Les travaux, lancés en février, portent aussi sur une nouvelle capitainerie et un parking.',
    ].join('\n');
    expect(parseTicker(page).map((i) => i.text)).toEqual(heads);
  });

  test('a label with its colon (`عاجل:`) over each headline', () => {
    const heads = [
      'وزارة الداخلية تعلن نتائج الانتخابات الجزئية في ثلاث دوائر',
      'الأرصاد الجوية تحذر من رياح قوية على السواحل الشمالية',
      'إغلاق مؤقت للطريق الوطني رقم 2 بسبب انجراف التربة',
    ];
    const page = [
      'الشرق اليوم',
      'الرئيسية',
      'وطني',
      ...heads.flatMap((h) => ['عاجل:', h]),
      'وطني',
      'إقبال على الأدوات المدرسية في أسواق وجدة مع اقتراب الدخول المدرسي',
      'شهدت أسواق المدينة خلال الأسبوع الجاري إقبالا كبيرا على اقتناء الأدوات المدرسية، مع اقتراب موعد الدخول المدرسي.',
      'ودعت جمعية حماية المستهلك إلى مراقبة الأسعار وإشهارها في المحلات التجارية طيلة فترة الدخول المدرسي.',
    ].join('\n');
    expect(parseTicker(page).map((i) => i.text)).toEqual(heads);
  });

  test('a label printed twice is no ticker', () => {
    const page = [
      'Sahel Actu',
      'Urgent',
      'Coupure d’eau prévue mardi dans quatre quartiers de Monastir',
      'Urgent',
      'Le festival international de Hammamet dévoile sa programmation',
      'Sousse : le port de plaisance agrandi de deux cents anneaux',
      'Le port de plaisance de Sousse comptera deux cents anneaux de plus à partir de l’été prochain, selon l’office chargé des ports.',
    ].join('\n');
    expect(parseTicker(page)).toEqual([]);
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

describe('a byline naming a desk in lower case (`Par la rédaction`, `By our correspondent`)', () => {
  const page = (byline: string, date: string[]) =>
    [
      'Le Courrier de l’Oriental',
      'Accueil',
      'Région',
      'Sport',
      'Région',
      'Berkane : la station d’épuration entre en service après trois ans de travaux',
      byline,
      ...date,
      'La nouvelle station d’épuration de Berkane a été mise en service lundi, après trois années de travaux et un investissement de plusieurs centaines de millions de dirhams.',
      'Elle doit traiter les eaux usées de près de deux cent mille habitants et fournir de l’eau réutilisable pour l’arrosage des espaces verts.',
      'Partager',
    ].join('\n');

  test.each([
    'Par la rédaction',
    'Par notre correspondant',
    'Par la Rédaction de Tanger',
    'Par notre envoyée spéciale',
  ])('`%s` under the headline is no title and no body', (byline) => {
    for (const date of [[], ['Publié le 10/02/2025']]) {
      const a = parseArticle(page(byline, date));
      expect(a.title).toBe(
        'Berkane : la station d’épuration entre en service après trois ans de travaux',
      );
      expect(a.text).not.toContain(byline);
      expect(a.paragraphs[0]?.text.startsWith('La nouvelle station')).toBe(true);
    }
  });

  test('English: `By the editorial team`', () => {
    const a = parseArticle(
      [
        'Maghreb Wire',
        'Home',
        'Business',
        'Business',
        'Moroccan phosphate group opens a fertiliser plant in Ethiopia',
        'By the editorial team',
        'The Moroccan phosphate group has opened a fertiliser blending plant in Ethiopia, its fourth on the continent, with a capacity of a quarter of a million tonnes a year.',
        'The plant will supply local cooperatives with blends suited to the country’s soils, the group said in a statement.',
      ].join('\n'),
    );
    expect(a.title).toBe('Moroccan phosphate group opens a fertiliser plant in Ethiopia');
  });

  test('a paragraph opening like a desk stays in the body', () => {
    const lines = page('Par la rédaction', ['Publié le 10/02/2025']).split('\n');
    lines.splice(
      -2,
      0,
      'Par la rédaction de ce rapport, les experts ont dressé un état des lieux.',
    );
    const a = parseArticle(lines.join('\n'));
    expect(a.text).toContain('Par la rédaction de ce rapport');
  });
});

describe('an Arabic breadcrumb ending with the headline, the headline not printed again', () => {
  const title = 'الحكومة تصادق على مشروع قانون جديد لحماية المستهلك';
  const page = (sep: string) =>
    [
      'نبض الجزائر',
      'الرئيسية',
      'وطني',
      'اقتصاد',
      `الرئيسية${sep}وطني${sep}${title}`,
      'الأحد 12 أكتوبر 2025',
      'صادق مجلس الحكومة، أمس، على مشروع قانون جديد يتعلق بحماية المستهلك وقمع الغش، يتضمن عقوبات مشددة على المخالفين.',
      'وينص المشروع على إنشاء منصة رقمية لتلقي شكاوى المواطنين ومتابعتها، مع إلزام التجار بإشهار الأسعار.',
    ].join('\n');

  test.each([' » ', ' | ', ' > ', ' / '])('the title is the trail`s last part (`%s`)', (sep) => {
    expect(parseArticle(page(sep)).title).toBe(title);
  });
});
