/**
 * Header shapes of Maghreb news pages found by blind round 38n
 * (test/fixtures/renders-blind38n/), each on other synthetic text: a meta
 * line closed by a view counter (`X السبت 5 ديسمبر 2026 - 18:20 مشاهدة:
 * 2.431`), a menu printed on one line with bars (`Home | Nation | …`) under
 * the site's day, the site's name and day on one line as w3m prints a logo's
 * text beside the date, and a columnist's box (name, academic trade) over the
 * headline.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const arabicLede = [
  'أعلنت الجماعة الحضرية لفاس يوم الجمعة عن إطلاق برنامج لتأهيل الأسواق الشعبية بغلاف مالي يناهز 150 مليون درهم، يشمل ثمانية أسواق بالمدينة.',
  'وأوضح بلاغ للجماعة أن الأشغال ستنطلق مطلع السنة المقبلة وستمتد على ثمانية عشر شهرا، مع الحرص على استمرار نشاط التجار خلال فترة الإنجاز.',
];
const arabicHeadline = 'فاس: برنامج لتأهيل ثمانية أسواق شعبية';

describe('a meta line closed by a view counter', () => {
  test('name, day, date and time, then `مشاهدة: N`: the title is the headline, the author the name', () => {
    const a = parseArticle(
      [
        'الرئيسية اقتصاد مجتمع رياضة',
        'جهات',
        arabicHeadline,
        ' سلمى العلوي الجمعة 4 ديسمبر 2026 - 11:05 مشاهدة: 1.208',
        'حجم الخط + - طباعة',
        '',
        ...arabicLede,
      ].join('\n'),
    );
    expect(a.title).toBe(arabicHeadline);
    expect(a.authors).toEqual(['سلمى العلوي']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-04');
  });

  test('the name printed twice (the photo alt text, then the name), the count first (`1.208 مشاهدة`)', () => {
    const a = parseArticle(
      [
        'الرئيسية اقتصاد مجتمع رياضة',
        arabicHeadline,
        '',
        'سلمى العلوي سلمى العلوي الجمعة 4 ديسمبر 2026 - 11:05 1.208 مشاهدة',
        'حجم الخط + - طباعة',
        '',
        ...arabicLede,
      ].join('\n'),
    );
    expect(a.title).toBe(arabicHeadline);
    expect(a.authors).toEqual(['سلمى العلوي']);
  });

  test('French: `Karim Naciri 3 mars 2025 à 10h12 Vues : 2 340`', () => {
    const a = parseArticle(
      [
        'Accueil Politique Économie Société Sport',
        'Fès : huit marchés populaires seront réhabilités',
        'Karim Naciri mardi 3 mars 2025 à 10h12 Vues : 2 340',
        'Partager Imprimer',
        '',
        "La commune de Fès a lancé vendredi un programme de réhabilitation de huit marchés populaires, pour une enveloppe d'environ 150 millions de dirhams.",
        "Les travaux doivent commencer au début de l'année prochaine et durer dix-huit mois, sans interrompre l'activité des commerçants.",
      ].join('\n'),
    );
    expect(a.title).toBe('Fès : huit marchés populaires seront réhabilités');
    expect(a.authors).toEqual(['Karim Naciri']);
  });

  test('guard: a headline ending on a count, with no date before it, stays the title', () => {
    const a = parseArticle(
      [
        'Accueil Politique Économie Société Sport',
        'Musique : le clip du rappeur casablancais cumule 500 000 vues',
        'Par Karim Naciri | 3 mars 2025',
        '',
        'Mis en ligne il y a une semaine, le clip a franchi la barre du demi-million de vues, un record pour un artiste de la nouvelle scène.',
        'Le titre figure déjà en tête des écoutes sur les plateformes de streaming au Maroc et en Algérie.',
      ].join('\n'),
    );
    expect(a.title).toBe('Musique : le clip du rappeur casablancais cumule 500 000 vues');
  });
});

const englishLede = [
  "ORAN – Algeria's railway company on Tuesday opened a new line linking Oran to the port of Arzew, cutting the journey for freight trains to under an hour.",
  'The 40-kilometre line was built over four years and is expected to carry two million tonnes of goods a year, the company said in a statement.',
];

describe('a menu printed on one line with bars', () => {
  const page = [
    ' Tuesday, December 1, 2026',
    'Home | Nation | Business | Africa | Sport | Culture',
    'Latest News',
    'Airport Terminal Expansion Approved in Annaba 12:40',
    'Dinar Steady Against Euro in Official Market 11:15',
    'National Team Squad Named for January Friendlies 09:02',
    'Snow Closes Mountain Roads in Kabylie 08:30',
    'New Rail Line Links Oran to Port of Arzew',
    '',
    'By Lina Mansouri | Published: December 1, 2026 at 09:40',
    '',
    ...englishLede,
  ].join('\n');

  test('`Home | Nation | …` under the site day is never the title', () => {
    const a = parseArticle(page);
    expect(a.title).toBe('New Rail Line Links Oran to Port of Arzew');
    expect(a.authors).toEqual(['Lina Mansouri']);
  });

  test("with the address, the headline under the sidebar's latest headlines is the title", () => {
    const url = 'https://www.oranherald.example/business/new-rail-line-links-oran-to-port-of-arzew';
    expect(parseArticle(page, { url }).title).toBe('New Rail Line Links Oran to Port of Arzew');
  });

  test('guard: a breadcrumb parted by slashes still gives no bar-menu reading (`Home / Essays / …` unchanged)', () => {
    const text = [
      'Home / Essays / 2017 / January / Notes From the Harbour',
      '',
      'Notes From the Harbour',
      '',
      'The harbour wakes before the town does. Fishing boats come in at five, and by six the auction hall is already loud with bids and gulls.',
      'By noon the quays are empty again, the nets dried and folded, and the cafés take over the waterfront until the evening boats leave.',
    ].join('\n');
    expect(parseArticle(text).title).toBe('Notes From the Harbour');
  });
});

describe("the site's name and day on one line", () => {
  test('`Oran Herald Tuesday, December 1, 2026 Home | …` (w3m) names no author', () => {
    const a = parseArticle(
      [
        'Oran Herald Tuesday, December 1, 2026 Home | Nation | Business | Africa | Sport',
        '',
        'Latest News',
        '',
        '  • Dinar Steady Against Euro in Official Market 11:15',
        '  • Snow Closes Mountain Roads in Kabylie 08:30',
        '',
        'New Rail Line Links Oran to Port of Arzew',
        '',
        'By Lina Mansouri | Published: December 1, 2026 at 09:40',
        '',
        ...englishLede,
      ].join('\n'),
      { url: 'https://www.oranherald.example/business/new-rail-line-links-oran-to-port-of-arzew' },
    );
    expect(a.authors).toEqual(['Lina Mansouri']);
    expect(a.publishedAt).toBe('2026-12-01T09:40');
  });
});

describe("a columnist's box over the headline", () => {
  const column = (trade: string) =>
    parseArticle(
      [
        'Accueil Actualités Opinions Culture',
        'Tribune',
        '',
        'Leïla Gharbi',
        '',
        trade,
        '',
        "Réformer l'université sans l'affaiblir",
        'Publié le 28/11/2026',
        '',
        "Chaque gouvernement promet sa réforme de l'université, et chacune s'arrête au milieu du gué, faute de moyens ou de constance politique.",
        "Il faudrait d'abord écouter les enseignants, qui connaissent mieux que quiconque l'état réel des laboratoires et des amphithéâtres.",
      ].join('\n'),
    );

  test('an academic trade (`Universitaire, spécialiste de …`) under the name: the name is the author', () => {
    expect(column('Universitaire, spécialiste des politiques éducatives').authors).toEqual([
      'Leïla Gharbi',
    ]);
  });

  test('a lawyer (`Avocate au barreau de Tunis`)', () => {
    expect(column('Avocate au barreau de Tunis').authors).toEqual(['Leïla Gharbi']);
  });
});

describe("the site's name and menu on one line over a headline with no stop (round 38r)", () => {
  const text = [
    'Sud InfoAccueil Régions Éducation Santé Sport',
    '',
    'Avis : fermeture temporaire de la route régionale entre Tafraout et Tiznit',
    '',
    'Rédigé par Lahcen Amzil le Jeudi 3 Décembre 2026 à 10:20 | Lu 845 fois',
    '',
    "La direction provinciale de l'équipement informe les usagers que la route régionale reliant Tafraout à Tiznit sera fermée à la circulation du 7 au 11 décembre pour des travaux de confortement.",
    'Une déviation sera mise en place par la route de Tizourgane, et des panneaux guideront les automobilistes à partir des deux entrées de la zone des travaux.',
  ].join('\n');

  test("with the address, the masthead's line is no headline over a deck", () => {
    const a = parseArticle(text, {
      url: 'https://www.sudinfo.example/Avis-fermeture-temporaire_a4321.html',
    });
    expect(a.title).toBe(
      'Avis : fermeture temporaire de la route régionale entre Tafraout et Tiznit',
    );
    expect(a.authors).toEqual(['Lahcen Amzil']);
  });
});
