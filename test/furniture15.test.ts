import { describe, expect, test } from 'vitest';
import { HEADING_WORDS, isNewsletterHeading, SIGN_UP_STARTS } from '../src/furniture/newsletter.js';
import { parseArticle } from '../src/index.js';

/**
 * Synthetic news pages as crawlers print them (one block a line, a blank line
 * between blocks): a headline, a byline, five paragraphs, and furniture in the
 * body or after it. A user checks that every paragraph is kept and that no
 * line of the furniture is in the article's text.
 */
interface Story {
  title: string;
  byline: string;
  paragraphs: readonly string[];
}

const FR: Story = {
  title: 'Lyon : le nouveau tramway des Pentes ouvrira ses portes au printemps prochain',
  byline: 'Par Claire Dumont',
  paragraphs: [
    'La métropole de Lyon a confirmé jeudi que la ligne de tramway reliant la gare Part-Dieu aux Pentes de la Croix-Rousse sera mise en service au mois d’avril, avec trois semaines d’avance sur le calendrier fixé lors du lancement des travaux.',
    'Le chantier, qui a mobilisé près de 800 ouvriers pendant deux ans, a coûté 310 millions d’euros, financés à parts égales par la métropole, la région et l’État dans le cadre du plan de relance.',
    'Les élus de l’opposition dénoncent toutefois un dépassement de budget de près de 15 % et demandent un audit indépendant des marchés passés avec les entreprises de génie civil retenues en 2022.',
    'Selon le syndicat des transports, la nouvelle ligne devrait accueillir 45 000 voyageurs par jour dès la première année, ce qui soulagerait nettement les bus du quartier, saturés aux heures de pointe.',
    'Les commerçants de la montée, eux, restent partagés : certains espèrent une hausse de la fréquentation, d’autres redoutent la disparition de places de stationnement qu’ils jugent indispensables à leur activité.',
  ],
};

const EN: Story = {
  title: 'Leeds: the new tram line to Headingley will open next spring, council says',
  byline: 'By Claire Dumont',
  paragraphs: [
    'Leeds city council confirmed on Thursday that the tram line linking the railway station to Headingley will open in April, three weeks ahead of the schedule set when the works began.',
    'The project, which employed nearly 800 workers for two years, cost 310 million pounds, shared equally between the council, the combined authority and the government under the recovery plan.',
    'Opposition councillors nevertheless point to a budget overrun of almost 15 percent and are calling for an independent audit of the contracts awarded to the civil engineering firms chosen in 2022.',
    'According to the transport authority, the new line should carry 45,000 passengers a day from its first year, which would relieve the buses of the area, packed at rush hour, by a wide margin.',
    'Shopkeepers along the hill remain divided: some hope for more customers, while others fear the loss of parking spaces they consider essential to their trade and have started a petition.',
  ],
};

const AR: Story = {
  title: 'فاس: خط الترامواي الجديد سيدخل الخدمة في فصل الربيع المقبل حسب مجلس المدينة',
  byline: 'بقلم سلمى بناني',
  paragraphs: [
    'أكد مجلس مدينة فاس يوم الخميس أن خط الترامواي الذي يربط محطة القطار بالمدينة العتيقة سيدخل الخدمة في شهر أبريل، أي قبل ثلاثة أسابيع من الموعد الذي حدد عند انطلاق الأشغال.',
    'وقد شغل المشروع قرابة 800 عامل طيلة سنتين، وبلغت كلفته 310 ملايين درهم، موزعة بالتساوي بين الجماعة والجهة والدولة في إطار مخطط الإنعاش الاقتصادي.',
    'غير أن منتخبي المعارضة ينتقدون تجاوز الميزانية بنحو 15 في المائة، ويطالبون بافتحاص مستقل للصفقات المبرمة مع شركات الهندسة المدنية التي تم اختيارها سنة 2022.',
    'وحسب هيئة النقل، من المنتظر أن ينقل الخط الجديد 45 ألف مسافر يوميا منذ سنته الأولى، وهو ما سيخفف الضغط بشكل كبير على الحافلات المكتظة في ساعات الذروة.',
    'أما تجار الحي فيبقون منقسمين، إذ يأمل بعضهم في ارتفاع عدد الزبائن، بينما يخشى آخرون اختفاء أماكن ركن السيارات التي يعتبرونها ضرورية لنشاطهم التجاري.',
  ],
};

/** The page: menu, headline, byline, paragraphs; `inside` between the second and third paragraphs, `after` after the fifth. */
function page(s: Story, inside: readonly string[] = [], after: readonly string[] = []): string {
  const p = s.paragraphs;
  return [
    'Accueil',
    'Économie',
    'Politique',
    'Sport',
    '',
    s.title,
    '',
    s.byline,
    '',
    p[0],
    '',
    p[1],
    '',
    ...inside.flatMap((l) => [l, '']),
    p[2],
    '',
    p[3],
    '',
    p[4],
    '',
    ...after.flatMap((l) => [l, '']),
    '© 2026 Le Journal de Test. Tous droits réservés.',
    '',
  ].join('\n');
}

/** Every paragraph kept, no line of `furniture` in the text. */
function clean(s: Story, text: string, furniture: readonly string[]): void {
  const a = parseArticle(text);
  expect(a.kind).toBe('article');
  for (const p of s.paragraphs) expect(a.text).toContain(p);
  for (const f of furniture) if (f.trim().length > 0) expect(a.text).not.toContain(f.trim());
}

const FR_BOX = [
  'Recevez notre newsletter',
  'Chaque matin, le meilleur de l’actualité de la région et de ses entreprises directement dans votre boîte mail.',
  '[                    ] Je m’inscris',
];
const EN_BOX = [
  'Get our newsletter',
  'Every morning, the best of the news from the region and its businesses delivered straight to your inbox.',
  '[                    ] Sign up',
];
const AR_BOX = [
  'اشترك في نشرتنا البريدية',
  'كل صباح، أهم أخبار الجهة ومقاولاتها وأسواقها ورياضتها وثقافتها مباشرة في بريدك الإلكتروني دون أي تأخير.',
  '[                    ] اشترك',
];

describe('previous/next article navigation (group 2)', () => {
  const cases: [Story, string[], string[]][] = [
    [
      FR,
      [
        'Article précédent Bordeaux : la rocade fermée deux nuits pour travaux',
        'Article suivant Marseille : le port affiche un trafic record en mars',
      ],
      FR_BOX,
    ],
    [
      EN,
      [
        'Previous article York: the city walls reopen after repairs',
        'Next article Hull: the port reports record traffic in March',
      ],
      EN_BOX,
    ],
    [
      AR,
      [
        'المقال السابق مكناس: إغلاق الطريق الدائري ليلتين بسبب الأشغال',
        'المقال التالي طنجة: الميناء يسجل حركة قياسية في شهر مارس',
      ],
      AR_BOX,
    ],
    [
      EN,
      [
        '← Older post Hull: the port reports record traffic in March',
        'Newer post → York: walls reopen',
      ],
      EN_BOX,
    ],
    [
      FR,
      [
        'Précédent Marseille : le port affiche un trafic record',
        'Suivant Bordeaux : la rocade fermée',
      ],
      FR_BOX,
    ],
  ];
  test.each(cases)('navigation lines before a newsletter box (%#)', (s, nav, box) => {
    clean(s, page(s, [], [...nav, ...box]), nav);
  });

  test('a navigation line inside the body goes too (German)', () => {
    const line = 'Vorheriger Artikel Köln: Der Dom bekommt ein neues Dach';
    clean(EN, page(EN, [line]), [line]);
  });

  test('a sentence opening with the same words stays', () => {
    const s =
      'Suivant les recommandations du ministère, les écoles du quartier resteront ouvertes pendant toute la durée des travaux du tramway.';
    const a = parseArticle(page(FR, [s]));
    expect(a.text).toContain(s);
  });
});

describe('a newsletter box inside the body (group 7)', () => {
  const cases: [Story, string[]][] = [
    [
      FR,
      [
        'Recevez notre newsletter',
        'Chaque soir, le résumé de l’actualité lyonnaise directement dans votre boîte mail.',
        '[                    ] Je m’inscris',
      ],
    ],
    [
      EN,
      [
        'Get our newsletter',
        'Every evening, the best of the local news delivered straight to your inbox.',
        ' Sign up',
      ],
    ],
    [
      AR,
      [
        'اشترك في نشرتنا البريدية',
        'كل مساء، أهم الأخبار المحلية مباشرة في بريدك الإلكتروني.',
        '____________________ (BUTTON) اشترك',
      ],
    ],
    [
      EN,
      [
        'Sign up for our morning briefing',
        'The five stories you need to know about, every weekday before 7am.',
        'Enter your email address [                    ] Subscribe',
      ],
    ],
  ];
  test.each(cases)('the box goes whole (%#)', (s, box) => {
    clean(s, page(s, box), box);
  });
  test('after the body, a box whose form line falls past the body goes whole too', () => {
    const box = [
      'Sign up for The Leeds Daily',
      'Our best local stories from the city and the region, in your inbox every weekday morning. It is free.',
      '[                    ] Subscribe',
    ];
    clean(EN, page(EN, [], box), box);
  });
  test('every newsletter word and sign-up verb passes the heading gate', () => {
    for (const w of [...HEADING_WORDS, ...SIGN_UP_STARTS])
      expect(isNewsletterHeading(w)).toBe(true);
  });
});

describe('a video caption inside the body (group 8)', () => {
  const cases: [Story, string][] = [
    [FR, 'VIDÉO. Le tramway des Pentes en essai de nuit'],
    [EN, 'VIDEO: The Headingley tram line on its first night test'],
    [AR, 'فيديو. الترامواي الجديد خلال تجربته الليلية الأولى'],
    [FR, 'Vidéo : les premiers essais du tramway'],
  ];
  test.each(cases)('under a player line (%#)', (s, caption) => {
    clean(s, page(s, ['▶00:00 / 01:47', caption]), [caption]);
  });
  test.each(cases)('with no player line (%#)', (s, caption) => {
    clean(s, page(s, [caption]), [caption]);
  });
  test('a sentence opening with the word stays', () => {
    const a =
      'Video games set in the city have helped the council promote the new line among younger residents.';
    const article = parseArticle(page(EN, [a]));
    expect(article.text).toContain(a);
  });
});

describe('an author bio with no copula after the body (group 11)', () => {
  test('English: has covered …, then a link to her articles', () => {
    const bio =
      'Claire Dumont has covered transport and urban planning for the regional desk since 2016. She studied history in Durham.';
    clean(EN, page(EN, [], [bio, 'See all her articles']), [bio, 'See all her articles']);
  });
  test('English: writes about …', () => {
    const bio =
      'Claire Dumont writes about cities, housing and public transport for the regional desk.';
    clean(EN, page(EN, [], [bio]), [bio]);
  });
  test('French: couvre …', () => {
    const bio =
      'Claire Dumont couvre les transports et l’urbanisme pour la rubrique régionale depuis 2016.';
    clean(FR, page(FR, [], [bio, 'Voir tous ses articles']), [bio, 'Voir tous ses articles']);
  });
  test('Arabic: a nominal sentence, name then trade', () => {
    const bio =
      'سلمى بناني صحافية بالقسم الجهوي منذ سنة 2016، تغطي قضايا النقل والتعمير، وتخرجت من المعهد العالي للإعلام والاتصال.';
    clean(AR, page(AR, [], [bio]), [bio]);
  });
});

describe('teaser heading "More on this story" (group 12)', () => {
  test('a teaser card under it inside the body goes', () => {
    const card = [
      'More on this story',
      'Sheffield: the tram-train extension approved',
      'The transport authority confirmed that the extension will serve more than 20,000 residents by the end of next year…',
    ];
    clean(EN, page(EN, card), card);
  });
});

describe('navigation: more forms, and look-alikes that stay (group 2)', () => {
  test('labels alone over their headlines, a previous/next pair (French)', () => {
    const nav = [
      'Précédent',
      'Marseille : le port affiche un trafic record en mars',
      'Suivant',
      'Bordeaux : la rocade fermée deux nuits pour travaux',
    ];
    clean(FR, page(FR, [], [...nav, ...FR_BOX]), nav);
  });
  test('a bare direction word alone over a subheading inside the body stays', () => {
    const sub = 'Les commerçants de la montée restent partagés';
    const a = parseArticle(page(FR, ['Suivant', sub]));
    expect(a.text).toContain(sub);
  });
});

describe('bios: more forms, and look-alikes that stay (group 11)', () => {
  test('a bio opening with the byline’s name and a verb, no trade, no desk (French)', () => {
    const bio = 'Claire Dumont vit à Lyon, où elle suit les questions de mobilité et de logement.';
    clean(FR, page(FR, [], [bio]), [bio]);
  });
  test('a paragraph naming the author in the first half stays', () => {
    const s =
      'Claire Dumont a assisté jeudi à la présentation du projet, au cours de laquelle le président de la métropole a détaillé le calendrier.';
    const a = parseArticle(page(FR, [s]));
    for (const p of FR.paragraphs) expect(a.text).toContain(p);
    expect(a.text).toContain(s);
  });
  test('an Arabic sentence reporting what a journalist said stays', () => {
    const s =
      'وأكد مصدر صحفي حضر الاجتماع أن المجلس سيعقد دورة استثنائية الشهر المقبل للمصادقة على الكلفة النهائية للمشروع وتحديد أسعار التذاكر.';
    const a = parseArticle(page(AR, [], [s]));
    expect(a.text).toContain(s);
  });
  test('a beat sentence about someone else, with no desk, stays', () => {
    const s =
      'Jean Martin writes about the history of the city in a new book that traces the first tram lines back to 1891, when horses still pulled them.';
    const a = parseArticle(page(EN, [], [s]));
    expect(a.text).toContain(s);
  });
});
