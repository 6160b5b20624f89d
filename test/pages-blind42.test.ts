/**
 * Round 42d's fixes (test/fixtures/dumps-blind42d/): a columnist's box over
 * the title whose bio opens with a guest's trade (`أستاذ`, `باحثة`) signs
 * the column; the columnist's other columns head related links; a listing's
 * headlines past its pager are the footer's; a video's dated page with no
 * text is an article; a day's archive dates its headlines timed by the
 * clock alone, which are no latest-news ticker.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const columnText = [
  'يعرف الجميع أن الأسواق الأسبوعية في القرى لم تعد كما كانت، فقد تراجع عدد الباعة وتغيرت السلع، وصار الشباب يفضلون الشراء عبر الهاتف بدل قطع الكيلومترات كل خميس.',
  'لكن السوق لم يكن مكانا للبيع وحده، بل كان موعدا يلتقي فيه الناس ويتبادلون الأخبار ويعقدون الصفقات والزيجات، ولا شيء في الشاشات الصغيرة يعوض ذلك.',
  'ربما حان الوقت لأن تفكر البلديات في السوق الأسبوعي بوصفه مرفقا اجتماعيا لا مجرد ساحة تؤجر للتجار.',
];

describe("a columnist's box over the title", () => {
  const page = (bio: string) =>
    [
      'المساء الجديد',
      'الرئيسية',
      'رأي',
      'أعمدة',
      'نادية الزين',
      bio,
      'السوق الأسبوعي.. أكثر من تجارة',
      'الخميس 3 ديسمبر 2026',
      ...columnText,
      'مقالات أخرى للكاتبة',
      'حين تغلق المكتبة الأخيرة في الحي',
      'المدرسة القروية وسؤال النقل',
    ].join('\n');

  test("a bio opening with a guest's trade (`أستاذة`) signs the column and leaves the body", () => {
    const a = parseArticle(
      page('أستاذة علم الاجتماع بجامعة تونس، تكتب عمودا نصف شهري عن التحولات الريفية.'),
      {},
    );
    expect(a.title).toBe('السوق الأسبوعي.. أكثر من تجارة');
    expect(a.authors).toEqual(['نادية الزين']);
    expect(a.paragraphs[0]?.text.startsWith('يعرف الجميع')).toBe(true);
    expect(a.text).not.toContain('علم الاجتماع');
  });

  test('so does one opening with `باحثة`', () => {
    const a = parseArticle(
      page('باحثة في الأنثروبولوجيا الريفية، صدر لها كتابان عن الأسواق التقليدية.'),
      {},
    );
    expect(a.authors).toEqual(['نادية الزين']);
  });

  test("the columnist's other columns are related links", () => {
    const a = parseArticle(
      page('أستاذة علم الاجتماع بجامعة تونس، تكتب عمودا نصف شهري عن التحولات الريفية.'),
      {},
    );
    expect(a.related.map((r) => r.title)).toEqual([
      'حين تغلق المكتبة الأخيرة في الحي',
      'المدرسة القروية وسؤال النقل',
    ]);
  });

  test("`Autres articles de l'auteur` heads related links too", () => {
    const a = parseArticle(
      [
        'Le Quotidien du Littoral',
        'Opinions',
        'Les ports de pêche ont besoin de chambres froides',
        'Par Karim Ouali | 3 décembre 2026',
        "Chaque hiver, une partie des prises de sardine est bradée faute de pouvoir être conservée plus de quelques heures sur les quais, alors que la demande des conserveries reste forte toute l'année.",
        'Les coopératives le savent, les autorités aussi : quelques chambres froides bien placées suffiraient à stabiliser les prix payés aux marins et à réduire le gaspillage.',
        "Autres articles de l'auteur",
        'Le littoral face à la montée des eaux',
        'Pêche artisanale : le temps des quotas',
      ].join('\n'),
      {},
    );
    expect(a.related.map((r) => r.title)).toEqual([
      'Le littoral face à la montée des eaux',
      'Pêche artisanale : le temps des quotas',
    ]);
  });
});

describe("a listing's pager", () => {
  const units = [
    [
      'Handball : le GS Pétroliers remporte la Supercoupe face au MC Saïda',
      '05/12/2026 à 20:10',
      'Les Pétroliers ont dominé la finale de bout en bout et décroché leur quatrième trophée de la saison devant…',
    ],
    [
      'Volley-ball : la sélection féminine en stage à Tikjda',
      '05/12/2026 à 16:45',
      "Dix-huit joueuses ont été retenues par le staff technique pour ce regroupement d'une semaine en altitude…",
    ],
    [
      'Athlétisme : le cross national de Tipasa réunit 900 coureurs',
      '04/12/2026 à 11:30',
      'Les meilleurs crossmen du pays se sont donné rendez-vous sur le parcours de la forêt de Sidi Rached…',
    ],
  ];
  const page = (tail: string[]) =>
    [
      'Algérie Sports Plus',
      '',
      'Accueil',
      'Handball',
      'Volley-ball',
      '',
      'Autres sports',
      '',
      ...units.flatMap((u) => [...u.flatMap((l) => [l, '']), '']),
      ...tail,
    ].join('\n');

  test.each(['Charger plus', '1 2 3 … 40 Suivant »'])(
    'a bar of footer links past `%s` is no item',
    (pager) => {
      const a = parseArticle(
        page([pager, '', 'Qui sommes-nous ? | Contact', '', '© 2026 Algérie Sports Plus']),
        { url: 'https://www.algeriesportsplus.example/autres-sports/' },
      );
      expect(a.kind).toBe('listing');
      expect(a.items?.map((i) => i.title)).toEqual(units.map((u) => u[0]));
    },
  );

  test('guard: a headline cut off from its excerpt at the end of the dump stays an item', () => {
    const a = parseArticle(page(['Boxe : trois Algériens en finale du tournoi de Dakar']), {
      url: 'https://www.algeriesportsplus.example/autres-sports/',
    });
    expect(a.items?.map((i) => i.title)).toEqual([
      ...units.map((u) => u[0]),
      'Boxe : trois Algériens en finale du tournoi de Dakar',
    ]);
  });
});

describe("a video's page with no text", () => {
  test('its dated headline over the running time is an article with no body', () => {
    const a = parseArticle(
      [
        'Maroc Vidéo Express',
        '',
        'Accueil',
        'Vidéos',
        '',
        'Vidéo : les premières neiges sur la route d’Ifrane',
        '',
        'Dimanche 6 décembre 2026 - 08:15',
        '',
        '01:25',
        '',
        '2 450 vues',
        '',
        'Vidéos similaires',
        '',
        'Chefchaouen sous la pluie',
        '',
        'Les cascades d’Ouzoud en crue',
      ].join('\n'),
      { url: 'https://www.marocvideoexpress.example/videos/2026/12/06/neige-ifrane' },
    );
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Vidéo : les premières neiges sur la route d’Ifrane');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-06');
    expect(a.paragraphs).toEqual([]);
    expect(a.related.map((r) => r.title)).toEqual([
      'Chefchaouen sous la pluie',
      'Les cascades d’Ouzoud en crue',
    ]);
  });

  test('guard: a video index, each headline over its running time, stays a listing', () => {
    const a = parseArticle(
      [
        'Maroc Vidéo Express',
        'Vidéos',
        'Chefchaouen sous la pluie',
        '02:10',
        'Les cascades d’Ouzoud en crue',
        '03:45',
        'Ifrane sous la neige',
        '01:25',
        'La corniche de Tanger au coucher du soleil',
        '04:02',
      ].join('\n'),
      {},
    );
    expect(a.kind).toBe('listing');
    expect(a.items?.length).toBe(4);
  });
});

describe("a day's archive of headlines timed by the clock", () => {
  const heads = [
    ['22:40', 'Kasserine : la route de Thala rouverte après les chutes de neige'],
    ['20:05', 'Basket : la JS Kairouan qualifiée pour le Final Four'],
    ['18:30', 'Gafsa : reprise de la production de phosphate à Métlaoui'],
    ['15:50', 'Santé : une nouvelle unité de dialyse à Jendouba'],
    ['11:15', 'Bizerte : le pont mobile fermé deux nuits pour travaux'],
  ];
  const page = (heading: string) =>
    ['Le Journal du Centre', 'Accueil', 'Régions', heading, ...heads.flat(), '© 2026'].join('\n');

  test.each([
    'Archives du samedi 5 décembre 2026',
    'Archive for Saturday, December 5, 2026',
    'أرشيف يوم 5 ديسمبر 2026',
  ])('under `%s`: the items, dated that day at their time, and no ticker', (heading) => {
    const input = page(heading);
    const a = parseArticle(input, {});
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(heads.map((h) => h[1]));
    expect(a.items?.map((i) => i.publishedAt)).toEqual(heads.map((h) => `2026-12-05T${h[0]}`));
    expect(parseTicker(input)).toEqual([]);
  });

  test('guard: the same timed headlines over an article (no archive heading) stay a latest-news ticker', () => {
    const input = [
      'Le Journal du Centre',
      'Dernières infos',
      ...heads.flat(),
      'Sidi Bouzid : les agriculteurs réclament un report des échéances',
      'Samedi 5 décembre 2026',
      "Les agriculteurs de Sidi Bouzid ont manifesté samedi devant le siège du gouvernorat pour demander un report de six mois des échéances de leurs crédits saisonniers, après une récolte d'olives inférieure aux prévisions.",
      "Le gouverneur a promis de transmettre leurs demandes au ministère, qui doit se prononcer avant la fin du mois sur un dispositif d'aide aux petits exploitants.",
    ].join('\n');
    expect(parseTicker(input).map((i) => i.text)).toEqual(heads.map((h) => h[1]));
  });
});
