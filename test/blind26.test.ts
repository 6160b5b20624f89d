/**
 * What the blind synthetic dumps of session 26 (test/fixtures/dumps-blind26/)
 * found, each checked again on a page of its own: a broadcast's air date and a
 * question headline set in French spacing, a search box's label over an
 * untitled article, Arabic paragraphs of like length that are no hard wrap, a
 * footer's description of the site, a page of quotations that is no ticker nor
 * listing, a consent wall with no article, a network footer in Arabic, an
 * Arabic labelled byline, listing items' bylines beside their dates, and
 * Arabic archive headings.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

describe('a broadcast page', () => {
  const page = [
    'Radio Atlas',
    'Podcasts',
    'Faut-il interdire les téléphones au collège ?',
    'Diffusé le 05/02/2024',
    "ANIMATRICE : Bonjour, nous recevons aujourd'hui deux enseignants pour parler d'une mesure très discutée : faut-il interdire les téléphones au collège ?",
    'ENSEIGNANT : Dans mon établissement, la règle existe depuis deux ans et les élèves se parlent davantage pendant les récréations, selon les surveillants.',
    'ENSEIGNANTE : Je reste prudente, car beaucoup de familles comptent sur le téléphone pour joindre leurs enfants après les cours, surtout en zone rurale.',
    'ANIMATRICE : Merci à tous les deux pour cet échange.',
  ].join('\n');
  const a = parseArticle(page);
  test('the air date line dates it and names nobody', () => {
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-02-05');
    expect(a.authors).toEqual([]);
  });
  test('a question headline in French spacing is the title, not a standfirst', () => {
    expect(a.title).toBe('Faut-il interdire les téléphones au collège ?');
    expect(a.paragraphs[0]?.text.startsWith('ANIMATRICE : Bonjour')).toBe(true);
  });
});

test("an English broadcast's `Broadcast on` line dates the transcript under the headline", () => {
  const page = [
    'Evening Bulletin transcript',
    'The drought and the harvest',
    'Broadcast on 12 March 2024',
    '[00:00] PRESENTER: Good evening. Farmers across the plains are counting the cost of a third dry winter in a row.',
    '[00:15] REPORTER: In the fields near Settat, the wheat is barely knee-high, and many growers say they will not harvest at all this year.',
    '[00:40] FARMER: We planted in November, and it has rained twice since. The seed money is gone.',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.title).toBe('The drought and the harvest');
  expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  expect(a.authors).toEqual([]);
});

test("a search box's label over an untitled article is no title", () => {
  const page = [
    'Rechercher',
    'Publié le 08/05/2024 à 16h45',
    'Par Karim Idrissi',
    "Les pêcheurs de Larache ont demandé aux autorités de draguer l'entrée du port, où des bancs de sable ont fait échouer trois chalutiers depuis le début de l'année.",
    "L'agence portuaire a indiqué qu'une drague serait envoyée en juin, après les grandes marées, et qu'une étude de l'embouchure du fleuve était en cours.",
    "D'ici là, les bateaux sont invités à n'entrer et sortir du port qu'à marée haute.",
  ].join('\n');
  const a = parseArticle(page);
  expect(a.title).toBeUndefined();
  expect(a.authors).toEqual(['Karim Idrissi']);
  expect(a.paragraphs[0]?.text.startsWith('Les pêcheurs de Larache')).toBe(true);
});

describe('Arabic paragraphs of like length, one a line', () => {
  const paragraphs = [
    'أطلقت جماعة مكناس برنامجا لإعادة تأهيل الحدائق العمومية في المدينة القديمة، يشمل غرس الأشجار وتجديد شبكة السقي بالتنقيط.',
    'وأوضح نائب رئيس الجماعة أن الأشغال ستنطلق في الأسبوع المقبل، وأنها ستستمر ستة أشهر بكلفة تناهز خمسة ملايين درهم.',
    'ويرتقب أن يستفيد من البرنامج أزيد من عشرين فضاء أخضر، أغلبها يوجد بالقرب من المؤسسات التعليمية والأحياء الشعبية.',
    'وطالبت جمعيات المجتمع المدني بإشراك الساكنة في صيانة هذه الفضاءات، حتى لا تتعرض للإهمال بعد انتهاء الأشغال المبرمجة.',
  ];
  const page = [
    'مجتمع',
    'مكناس تطلق برنامجا لإعادة تأهيل الحدائق العمومية',
    'الخميس 14 مارس 2024',
    ...paragraphs,
    'عن الكاتب',
    'صحافي مهتم بالشأن المحلي، اشتغل مراسلا لعدد من الجرائد الوطنية قبل أن يلتحق بهيئة التحرير.',
  ].join('\n');
  const a = parseArticle(page);
  test('each line is a paragraph of its own, not a hard wrap', () => {
    expect(a.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });
  test('the author box under them is left out', () => {
    expect(a.text).not.toContain('عن الكاتب');
    expect(a.text).not.toContain('صحافي مهتم بالشأن المحلي');
  });
});

test("a footer's description of the site under its heading is not body", () => {
  const page = [
    'Coastal Times',
    'Safi port reopens its sardine canning line',
    'By Leila Amrani',
    'June 3, 2024',
    'The canning line at the port of Safi, closed for two years after a fire, resumed work on Monday with 240 employees, most of them women from nearby villages.',
    'The owners said the rebuilt plant could process 90 tonnes of sardines a day, and that new cold rooms would let it work through the winter.',
    'Local officials hope the reopening will slow the departure of young people from the coast towards Casablanca.',
    'About us',
    'Coastal Times is an independent news site founded in 2015. It covers the economy, the environment and daily life in the towns of the Atlantic coast.',
    'Contact',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.paragraphs.at(-1)?.text.endsWith('towards Casablanca.')).toBe(true);
  expect(a.text).not.toContain('independent news site');
});

describe('a page of quotations, one a line', () => {
  const quotes = [
    "« Nous finirons le chantier avant l'été. » – Le maire de Kénitra, devant le futur pont qui doit relier les deux rives du Sebou",
    '« Les prix du poisson ne baisseront pas cette année. » – Un mareyeur du port de Larache, au lendemain de la hausse du gasoil',
    '« La saison touristique sera la meilleure depuis dix ans. » – Un hôtelier de Tanger, après un printemps de réservations record',
    "« Nos élèves méritent des classes chauffées. » – Une directrice d'école d'Ifrane, où il a neigé pendant toute la semaine",
    '« Le train rapide a changé ma vie de famille. » – Un ingénieur qui vit à Kénitra et travaille à Rabat',
  ];
  const page = [
    'Ils ont dit',
    'Les phrases de la semaine : chantiers, poisson et tourisme',
    '6 avril 2024',
    ...quotes,
  ].join('\n');
  test('is no ticker', () => {
    expect(parseTicker(page)).toEqual([]);
    // Straight quotes and a hyphen before the speaker, as English pages print them.
    const english = [
      '"The new line will cut the journey to the capital by half." - A transport official, at the opening of the station',
      '"We have never seen so many storks nesting on the old walls." - A guide in the kasbah of Oudayas',
      '"Our orders from Europe doubled in the first quarter." - The manager of a textile plant in Fez',
      '"The reservoir is full for the first time in six years." - An engineer at the dam near Beni Mellal',
      '"Young people want jobs here, not a ticket abroad." - A student union leader in Oujda',
    ].join('\n');
    expect(parseTicker(english)).toEqual([]);
  });
  test('is an article whose body is the quotations', () => {
    const a = parseArticle(page);
    expect(a.kind).toBe('article');
    expect(a.paragraphs[0]?.text).toBe(quotes[0]);
    expect(a.paragraphs.at(-1)?.text).toBe(quotes[4]);
  });
});

test('a consent wall with no article gives no title, no body, and its language', () => {
  const page = [
    'We value your privacy',
    'We and our partners use cookies and similar technologies to store and access information on your device, to measure audiences and to show relevant adverts.',
    'You can accept, reject or manage your choices at any time through the settings link at the bottom of every page.',
    'Accept all',
    'Reject all',
    'Please enable JavaScript to use all the features of this site.',
    'Your browser is out of date and cannot display this page. Please update it or use another browser to continue.',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.title).toBeUndefined();
  expect(a.kind).toBe('unknown');
  expect(a.paragraphs).toEqual([]);
  expect(a.lang).toBe('en');
});

test('an Arabic "click here" footer is not body', () => {
  const sep = '\u00a0'.repeat(4);
  const ticker = [
    'الحكومة تصادق على مشروع قانون المالية التعديلي',
    'ارتفاع أسعار المحروقات في محطات الوقود',
    'المنتخب يواجه نظيره الغاني وديا الشهر المقبل',
    'توقعات بأمطار غزيرة على المرتفعات الشمالية',
  ].join(sep);
  const page = `${ticker}${sep}\n\n\nتدشين محطة جديدة لمعالجة المياه العادمة بمدينة بورتسودان\nنشر في السوداني يوم 04 - 09 - 2024\n\nدشن والي البحر الأحمر محطة جديدة لمعالجة المياه العادمة بطاقة عشرة آلاف متر مكعب يوميا، في إطار برنامج لتحسين البيئة الحضرية.\nوأكد الوالي أن المياه المعالجة ستستعمل في سقي المساحات الخضراء، مما سيخفف الضغط على شبكة الماء الصالح للشرب.\n\n\nانقر هنا لقراءة الخبر من مصدره.\n`;
  const a = parseArticle(page, { url: 'https://www.sudaress.com/alsudani/2233445' });
  expect(a.title).toBe('تدشين محطة جديدة لمعالجة المياه العادمة بمدينة بورتسودان');
  expect(a.paragraphs.at(-1)?.text.endsWith('الماء الصالح للشرب.')).toBe(true);
  expect(a.text).not.toContain('انقر هنا');
});

test('an Arabic labelled byline (`الكاتب: X`) names the author of an article, no author page', () => {
  const page = [
    'اقتصاد',
    'ميناء طنجة المتوسط يسجل رقما قياسيا في عدد الحاويات',
    'الكاتب: سعيد الفاسي',
    'تاريخ النشر: 2024-01-09 18:05',
    'سجل ميناء طنجة المتوسط خلال السنة الماضية رقما قياسيا في عدد الحاويات المعالجة، متجاوزا عتبة ثمانية ملايين حاوية لأول مرة منذ افتتاحه.',
    'وعزت الإدارة هذا الأداء إلى توسعة الأرصفة وإلى تحويل عدد من الخطوط البحرية مسارها نحو الميناء بسبب الاضطرابات في البحر الأحمر.',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.kind).toBe('article');
  expect(a.title).toBe('ميناء طنجة المتوسط يسجل رقما قياسيا في عدد الحاويات');
  expect(a.authors).toEqual(['سعيد الفاسي']);
  expect(a.publishedAt?.slice(0, 16)).toBe('2024-01-09T18:05');
});

test("a listing item's byline beside its date gives the item's author", () => {
  const page = [
    'Category: Energy',
    'Green hydrogen plant planned near Guelmim',
    'By Nora Haddad - April 2, 2024',
    'The consortium behind the project says the first electrolysers could be installed in 2027, powered by a wind farm on the plateau […]',
    'Solar water pumps spread among small farmers',
    'By Adil Mansouri - March 25, 2024',
    'Subsidies introduced last year have already paid for more than 4,000 pumps, mostly in the Souss and the Haouz regions […]',
    'Grid operator tests a new interconnection with Spain',
    'By Nora Haddad - March 18, 2024',
    'The third cable under the Strait of Gibraltar would double the capacity of the link and let Morocco export more renewable power […]',
  ].join('\n');
  const a = parseArticle(page);
  expect(a.kind).toBe('listing');
  expect(a.items?.map((i) => i.author)).toEqual(['Nora Haddad', 'Adil Mansouri', 'Nora Haddad']);
});

test('an Arabic tag archive (`أرشيف الوسوم: X`) of titles with no teaser is a listing', () => {
  const tags = [
    'أرشيف الوسوم: كأس إفريقيا',
    'المنتخب الوطني يفتتح تحضيراته بمعسكر مغلق في المعمورة',
    'منذ ساعتين',
    'الجامعة تعلن لائحة الملاعب المستضيفة لمباريات الدور الأول',
    'منذ 6 ساعات',
    'بيع أزيد من مائة ألف تذكرة في اليوم الأول من فتح الشبابيك',
    'منذ يوم واحد',
  ].join('\n');
  const t = parseArticle(tags);
  expect(t.kind).toBe('listing');
  expect(t.items?.length).toBe(3);
  expect(t.title).toBeUndefined();
});
