/**
 * What the fourth blind round (test/fixtures/dumps-blind28/) found, each checked
 * again on a page of its own, with a guard where the fix could misfire: a Hijri
 * and Gregorian date line written with month names, an aggregator's notice under
 * the text, a ranked list's numbers, latest-news blocks whose headlines carry
 * their times (alone over each headline, or opening it) or a short lead and a
 * bar (`مباشر | …`), an agency's name alone under the last paragraph, and a
 * newsletter box with its button over the footer links (blind27's live page).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const LEAD_FR =
  "Le conseil régional a adopté lundi un programme de rénovation des écoles rurales, qui doit toucher quarante établissements d'ici la fin de l'année prochaine.";
const SECOND_FR =
  "Les travaux porteront d'abord sur les toitures et les sanitaires, a précisé le président du conseil, qui promet des chantiers pendant les vacances scolaires.";
const LEAD_AR =
  'أعلنت وزارة التجهيز، أمس الأحد، عن إطلاق أشغال توسيع الطريق الساحلي بين المدينتين، على أن تنتهي الأشغال في غضون ثمانية عشر شهرا بكلفة تفوق مليار درهم.';
const SECOND_AR =
  'وأوضحت الوزارة أن المشروع سيخفف الضغط على الطريق الوطنية ويقلص مدة التنقل إلى النصف، مع إحداث ممرات خاصة بالشاحنات عند مداخل المدن.';

describe('a Hijri date then the Gregorian one, both with month names, on one line', () => {
  const page = (dateLine: string) =>
    [
      'الرئيسية',
      'اقتصاد',
      'انطلاق أشغال توسيع الطريق الساحلي بين المدينتين',
      dateLine,
      'كتب: سمير العلوي',
      LEAD_AR,
      SECOND_AR,
    ].join('\n');
  test('the line is a date line, not the title; the date is the Gregorian one', () => {
    const a = parseArticle(page('الأحد 12 ذو القعدة 1446هـ - 11 مايو 2025م'));
    expect(a.title).toBe('انطلاق أشغال توسيع الطريق الساحلي بين المدينتين');
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-05-11');
    expect(a.authors).toEqual(['سمير العلوي']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_AR, SECOND_AR]);
  });
  test('with a space before the era mark and a comma between the dates too', () => {
    const a = parseArticle(page('الأحد 12 ذو القعدة 1446 هـ، 11 مايو 2025'));
    expect(a.title).toBe('انطلاق أشغال توسيع الطريق الساحلي بين المدينتين');
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-05-11');
  });
});

describe("an aggregator's notice under the text", () => {
  const body = [
    'CAIRO, March 3 — The central bank kept its main lending rate unchanged on Thursday, saying inflation was easing more slowly than it had expected at the start of the year.',
    'Analysts had been split on the decision, with several expecting a small cut after the pound stabilised against the dollar over the past two months.',
  ];
  test('`This article was automatically aggregated from X` is not body', () => {
    const page = [
      'Egypt holds interest rates as inflation eases slowly',
      'Source: Delta Money Wire',
      ...body,
      'This article was automatically aggregated from Delta Money Wire. The site is not responsible for its content.',
      'View original article',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
    expect(a.source?.name).toBe('Delta Money Wire');
  });
  test('a French one too (`Cet article a été agrégé automatiquement depuis X`)', () => {
    const page = [
      'Le conseil régional lance la rénovation des écoles rurales',
      LEAD_FR,
      SECOND_FR,
      'Cet article est automatiquement agrégé depuis Le Courrier du Sud.',
    ].join('\n');
    expect(parseArticle(page).paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR]);
  });
  test('a paragraph that talks about aggregated data stays', () => {
    const own =
      'This article draws on figures aggregated from the reports of twelve regional banks, which the central bank published on Thursday.';
    const a = parseArticle(['Egypt holds interest rates', ...body, own].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...body, own]);
  });
});

describe("a ranked list's numbers", () => {
  const ranked = [
    'Le barrage de la vallée atteint son niveau le plus haut depuis dix ans',
    'Les prix du poisson flambent à la veille des fêtes',
    'Une nouvelle ligne de bus relie les quartiers du sud au centre',
    'Le festival du film court dévoile sa sélection officielle',
  ];
  const teasers = [
    'Les pluies de la semaine ont rempli la retenue à plus de 90 %, selon la direction de l’hydraulique...',
    'Sur les marchés de la ville, la sardine a doublé de prix en quinze jours, au grand dam des familles...',
    'La régie des transports met en service dès lundi une ligne reliant trois quartiers à la gare...',
    'Vingt-quatre films de dix pays seront projetés pendant la semaine du festival au théâtre municipal...',
  ];
  const page = (numbered: (t: string, k: number) => string) =>
    ['Les plus lus', ...ranked.flatMap((t, k) => [numbered(t, k), teasers[k] ?? ''])].join('\n');
  test('`1. <title>`, `2. <title>`…: the rank is not part of the item titles', () => {
    const a = parseArticle(page((t, k) => `${k + 1}. ${t}`));
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(ranked);
  });
  test('numbers that do not run one by one are the titles’ own', () => {
    const own = ['3. ', '7. ', '1. ', '2. '];
    const a = parseArticle(page((t, k) => `${own[k]}${t}`));
    expect(a.items?.map((i) => i.title)).toEqual(ranked.map((t, k) => `${own[k]}${t}`));
  });
});

describe('latest-news blocks whose headlines carry their times', () => {
  const headlines = [
    'Sonatrach signe un nouvel accord gazier avec un groupe européen',
    "Coupe d'Algérie : la finale fixée au 5 juillet à Alger",
    'Météo : alerte canicule sur sept wilayas du Sud',
    'Tizi Ouzou : 500 logements sociaux remis avant la rentrée',
    "Le dinar se stabilise face à l'euro sur le marché officiel",
  ];
  const times = ['14:05', '13:48', '13:30', '13:12', '12:57'];
  const article = [
    'Régions',
    'Le conseil régional lance la rénovation des écoles rurales',
    'Karima Ait Ouali',
    '18 juin 2025',
    LEAD_FR,
    SECOND_FR,
  ];
  test('each time alone over its headline: the headlines are the ticker, the times and the label are not', () => {
    const page = [
      'Accueil',
      'Dernière minute',
      ...headlines.flatMap((h, k) => [times[k] ?? '', h]),
      ...article,
    ].join('\n');
    expect(parseTicker(page).map((i) => i.text)).toEqual(headlines);
    const a = parseArticle(page);
    expect(a.title).toBe('Le conseil régional lance la rénovation des écoles rurales');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR]);
  });
  test('a headline with no time under a run of timed ones ends the run', () => {
    const page = [...headlines.flatMap((h, k) => [times[k] ?? '', h]), ...article.slice(1)].join(
      '\n',
    );
    expect(parseTicker(page).map((i) => i.text)).toEqual(headlines);
    expect(parseArticle(page).title).toBe(
      'Le conseil régional lance la rénovation des écoles rurales',
    );
  });
  test('each headline opening with its time, one of them holding a year: all five', () => {
    const led = headlines.map((h, k) => `${times[k]} ${h}`);
    led[3] = '13:12 Bac 2025 : les résultats de la session de juin attendus jeudi';
    const page = ['Flash', ...led, ...article].join('\n');
    expect(parseTicker(page).map((i) => i.text)).toEqual(led);
  });
  test('a live page (a time alone over each paragraph) has no ticker', () => {
    const page = [
      'EN DIRECT',
      'Le conseil régional lance la rénovation des écoles rurales',
      '10:05',
      LEAD_FR,
      '10:20',
      SECOND_FR,
      '10:42',
      'La séance est levée, le vote final est attendu dans la soirée après une dernière lecture.',
    ].join('\n');
    expect(parseTicker(page)).toEqual([]);
  });
  test('a short lead and a bar (`مباشر | …`) open a headline of the block', () => {
    const block = [
      'مباشر | جلسة الأسئلة الشفوية بمجلس النواب',
      'عاجل: هزة أرضية خفيفة بإقليم الحسيمة دون خسائر',
      'الوداد يتعاقد مع مهاجم دولي لمدة ثلاثة مواسم',
      'أسعار المحروقات تتراجع ابتداء من منتصف الليل',
      'الأرصاد تتوقع زخات رعدية بعدد من مناطق الأطلس',
    ];
    const page = [
      'الرئيسية',
      'عاجل',
      ...block,
      'مجتمع',
      'انطلاق أشغال توسيع الطريق الساحلي بين المدينتين',
      'بواسطة: سمير العلوي',
      LEAD_AR,
      SECOND_AR,
    ].join('\n');
    expect(parseTicker(page).map((i) => i.text)).toEqual(block);
  });
  test("a menu's or a breadcrumb's bars (`Accueil | Régions | …`) are no headline", () => {
    const page = [
      'Accueil | Régions | Le conseil régional lance la rénovation',
      'Accueil | Politique',
      ...headlines.slice(0, 3),
      'Économie | Société | Sport | Culture',
      ...article.slice(1),
    ].join('\n');
    expect(parseTicker(page)).toEqual([]);
  });
});

describe("an agency's name alone under the last paragraph", () => {
  const head = [
    'Oran : le téléphérique fermé deux jours pour maintenance',
    'Le 04/03/2025 à 11:15',
  ];
  test('credits the dispatch: the source, not body', () => {
    const a = parseArticle(
      [...head, LEAD_FR, SECOND_FR, 'APS', 'Dans la même rubrique', 'Partager'].join('\n'),
    );
    expect(a.source?.name).toBe('APS');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR]);
  });
  test("under a gallery's caption with more slides below, it is the photo's credit", () => {
    const caption =
      'Des pêcheurs relèvent leurs filets sur le lac à l’aube, alors qu’une brume épaisse enveloppe les berges.';
    const a = parseArticle(
      [
        ...head,
        LEAD_FR,
        '2/12 Le lac au lever du jour',
        caption,
        'AFP',
        '3/12 Le port',
        SECOND_FR,
      ].join('\n'),
    );
    expect(a.source).toBeUndefined();
  });
  test('a name printed under several captions credits photos', () => {
    const a = parseArticle([...head, LEAD_FR, 'MAP', SECOND_FR, 'MAP'].join('\n'));
    expect(a.source).toBeUndefined();
  });
});

describe('a newsletter box and footer links under the article', () => {
  const page = [
    'Le conseil régional lance la rénovation des écoles rurales',
    'Publié le 14 mars 2025 à 06h30',
    LEAD_FR,
    SECOND_FR,
    'Sur le même sujet',
    'Rentrée scolaire : trois nouveaux collèges ouvriront en septembre',
    'Transport scolaire : la région achète quarante nouveaux bus',
    'Newsletter',
    "Recevez chaque soir l'essentiel de l'actualité régionale",
    'Votre adresse e-mail',
    "Je m'inscris",
    'Mentions légales',
    'Politique de confidentialité',
    'Gérer les cookies',
  ].join('\n');
  test("a button (`Je m'inscris`) is no headline: the box and the links make no ticker", () => {
    expect(parseTicker(page)).toEqual([]);
  });
  test('the related box ends at the newsletter heading', () => {
    const a = parseArticle(page);
    expect(a.related.map((r) => r.title)).toEqual([
      'Rentrée scolaire : trois nouveaux collèges ouvriront en septembre',
      'Transport scolaire : la région achète quarante nouveaux bus',
    ]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD_FR, SECOND_FR]);
  });
});

describe("an opinion column's author box over the text", () => {
  const column = [
    'Home',
    'Politics',
    'Economy',
    'Opinion',
    'Columnists',
    'Opinion',
    'Small ports deserve a national plan of their own',
    'Samir Bennani',
    'Samir Bennani is a professor of maritime economics at a university in Agadir and a former adviser to the fisheries ministry.',
    'Follow @samirbennani',
    'March 27, 2025',
    '5 min read',
    'For twenty years, investment in the sector has gone to the three largest ports, while the small fishing harbours along the coast have waited for dredging that never came.',
    'A national plan for small ports would cost little by comparison, and it would keep thousands of boats working through the winter storms.',
  ];
  test('the name alone over a biography opening with it is the author; the box leaves the body', () => {
    const a = parseArticle(column.join('\n'));
    expect(a.title).toBe('Small ports deserve a national plan of their own');
    expect(a.authors).toEqual(['Samir Bennani']);
    expect(a.standfirst).toBeUndefined();
    expect(a.paragraphs.map((p) => p.text)).toEqual(column.slice(12));
  });
  test('a name over a lede that opens with it and is no biography stays the lede', () => {
    const lede =
      'Samir Bennani was elected mayor of the city on Sunday after a second round marked by a low turnout in the northern districts.';
    const a = parseArticle([...column.slice(0, 8), 'March 27, 2025', lede, column[13]].join('\n'));
    expect(a.paragraphs[0]?.text).toBe(lede);
  });
});
