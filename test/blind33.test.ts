/**
 * Fixes found by the ninth blind round of synthetic dumps
 * (test/fixtures/dumps-blind33/), each checked on a page of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

describe('a market table of quote rows (`Name +N,NN %`) inside a stock report', () => {
  const report = [
    'Le Courrier de la Bourse',
    'Accueil',
    'Marchés',
    'Actions',
    'Casablanca : le MASI termine la semaine en hausse grâce aux valeurs bancaires',
    'Par Nadia Ouazzani',
    'Vendredi 20 novembre 2026',
    'La Bourse de Casablanca a clôturé la semaine sur une note positive, son indice principal gagnant un peu plus d’un point en cinq séances dans des volumes en nette reprise.',
    'Les banques ont porté la hausse, portées par des résultats trimestriels supérieurs aux attentes des analystes et par la perspective d’un dividende en hausse.',
    'Plus fortes hausses',
    'Banque du Littoral +5,20 %',
    'Ciments de l’Atlas +3,85 %',
    'Sucrerie du Gharb +2,10 %',
    'Plus fortes baisses',
    'Mines du Sud -2,75 %',
    'Transports Réunis -1,40 %',
    'Les opérateurs restent prudents pour les prochaines séances, dans l’attente des chiffres de l’inflation et de la décision de la banque centrale sur son taux directeur.',
    'Partager',
  ].join('\n');

  test('its rows are no latest-news headlines', () => {
    expect(parseTicker(report)).toEqual([]);
  });

  test('the paragraph under the table is still the body', () => {
    const a = parseArticle(report);
    expect(a.paragraphs[0]?.text.startsWith('La Bourse de Casablanca a clôturé')).toBe(true);
    expect(a.paragraphs.at(-1)?.text.endsWith('sur son taux directeur.')).toBe(true);
  });

  test('guard: a latest-news run of headlines, one ending in a figure, is still read', () => {
    const page = [
      'Le Courrier de la Bourse',
      'Dernières infos',
      'Le dirham se stabilise face à l’euro sur le marché interbancaire',
      'Les importations de blé reculent pour la deuxième année',
      'Tourisme : les arrivées progressent de 12 % à fin octobre',
      'Le port de Tanger Med bat son record mensuel de conteneurs',
      'Immobilier : les prix des logements neufs en hausse de 3 %',
      'Bourse : le MASI termine à +1,2 %',
      'Les exportations automobiles franchissent un nouveau cap',
    ].join('\n');
    const texts = parseTicker(page).map((i) => i.text);
    expect(texts).toContain('Tourisme : les arrivées progressent de 12 % à fin octobre');
    expect(texts).toContain('Immobilier : les prix des logements neufs en hausse de 3 %');
    expect(texts).toContain('Les exportations automobiles franchissent un nouveau cap');
  });
});

describe('a short closing paragraph under a results table', () => {
  const report = (tail: string[]) =>
    [
      'Le Messager de Kairouan',
      'Accueil',
      'Sports',
      'Volley-ball',
      'Volley : l’Étoile du Centre bat le leader et relance le championnat',
      'Par Walid Jaziri',
      'Dimanche 22 novembre 2026',
      'L’Étoile du Centre a dominé le leader invaincu en trois sets secs, dimanche, dans une salle omnisports comble qui n’avait plus connu pareille ambiance depuis des années.',
      'Solides au service et efficaces au filet, les joueurs locaux n’ont jamais laissé leurs adversaires revenir dans la partie, même dans un troisième set longtemps serré.',
      'Résultats de la 7e journée',
      'ECK 3 - 0 ASR',
      'OLK 3 - 2 CSM',
      'USH 1 - 3 ESM',
      'Classement',
      '1. ASR 18 pts',
      '2. ECK 17 pts',
      '3. ESM 15 pts',
      ...tail,
      'Partager',
      'Imprimer',
    ].join('\n');

  test('stays in the body after the table', () => {
    const a = parseArticle(
      report(['Le match retour aura lieu dans un mois, à Radès, devant un public acquis.']),
    );
    expect(a.paragraphs[0]?.text.startsWith('L’Étoile du Centre a dominé')).toBe(true);
    expect(a.paragraphs.at(-1)?.text).toBe(
      'Le match retour aura lieu dans un mois, à Radès, devant un public acquis.',
    );
    expect(a.text).not.toContain('Imprimer');
  });

  test('guard: a table closing the page, no paragraph under it, stays out of the body', () => {
    const a = parseArticle(report([]));
    expect(a.paragraphs.at(-1)?.text.endsWith('un troisième set longtemps serré.')).toBe(true);
    expect(a.text).not.toContain('ECK 3 - 0 ASR');
  });

  test('guard: a short line that is no sentence under the table stays out', () => {
    const a = parseArticle(report(['Voir tous les résultats']));
    expect(a.text).not.toContain('Voir tous les résultats');
  });
});

describe('an error page (`Page introuvable`, `Page not found`, `الصفحة غير موجودة`)', () => {
  const page = (heading: string, notice: string) =>
    [
      'La Gazette du Rif',
      'Accueil',
      'Politique',
      'Économie',
      'Sport',
      heading,
      notice,
      'Rechercher sur le site',
      'Revenir à la page d’accueil',
      '© 2026 La Gazette du Rif',
    ].join('\n');

  test('has no title, no body and no kind', () => {
    for (const [heading, notice] of [
      [
        'Page introuvable',
        'Désolé, l’article que vous demandez a été supprimé ou son adresse a changé.',
      ],
      [
        'Page not found',
        'Sorry, the page you requested has moved or no longer exists on this site.',
      ],
      ['الصفحة غير موجودة', 'عذرا، الرابط الذي اتبعته غير صحيح أو أن الصفحة حذفت من الموقع.'],
    ] as const) {
      const a = parseArticle(page(heading, notice));
      expect(a.title).toBeUndefined();
      expect(a.paragraphs).toEqual([]);
      expect(a.kind).toBe('unknown');
    }
  });

  test('guard: a headline that opens with the figure 404, a view counter of 404: still an article', () => {
    const a = parseArticle(
      [
        'La Gazette du Rif',
        'Accueil',
        'Société',
        '404 migrants secourus au large d’Al Hoceima en une semaine',
        'Par Rachid Amrani',
        'Lundi 30 novembre 2026',
        '404',
        'Les unités de la Marine royale ont porté secours à 404 migrants au cours de la semaine écoulée, au large des côtes d’Al Hoceima et de Nador, selon un bilan officiel.',
        'La plupart avaient pris la mer à bord d’embarcations pneumatiques surchargées, par une mer agitée, et ont été remis aux autorités compétentes après avoir reçu les premiers soins.',
      ].join('\n'),
    );
    expect(a.title).toBe('404 migrants secourus au large d’Al Hoceima en une semaine');
    expect(a.paragraphs).toHaveLength(2);
  });
});

// `INITIALS_ONLY` in article/text/header.ts: a line of two or three initials between the title and the body,
// dated like a lone name, signs the article (built in the blind round, merged once the size budget rose).
describe('a byline of initials alone on its line, over the date line (`م.ر`, `K.B.`)', () => {
  test('names the author in Arabic', () => {
    const a = parseArticle(
      [
        'صدى الجنوب',
        'الرئيسية',
        'جهات',
        'افتتاح مركز صحي جديد بجماعة تمكروت لفائدة ساكنة الواحات',
        'م.ر',
        'السبت 28 نونبر 2026 - 16:40',
        'افتتح صباح اليوم السبت مركز صحي جديد بجماعة تمكروت بإقليم زاكورة، بطاقة استيعابية تهم أزيد من عشرة آلاف نسمة من ساكنة الدواوير المجاورة.',
        'ويضم المركز قاعة للولادة ومختبرا للتحاليل وجناحا للمستعجلات، وسيشتغل به طاقم من ثلاثة أطباء وعشرة ممرضين.',
      ].join('\n'),
    );
    expect(a.authors).toEqual(['م.ر']);
    expect(a.title).toBe('افتتاح مركز صحي جديد بجماعة تمكروت لفائدة ساكنة الواحات');
  });

  test('names the author in French', () => {
    const a = parseArticle(
      [
        'Le Réveil de Béni Mellal',
        'Accueil',
        'Régions',
        'Béni Mellal : le marché couvert rouvre après deux ans de travaux',
        'K.B.',
        'Mardi 1 décembre 2026',
        'Le marché couvert du centre-ville a rouvert ses portes mardi matin, après deux années de travaux de rénovation qui ont coûté près de quinze millions de dirhams.',
        'Les commerçants, relogés pendant le chantier dans des baraques provisoires, ont retrouvé des étals neufs, une chambre froide commune et un parking de cent places.',
      ].join('\n'),
    );
    expect(a.authors).toEqual(['K.B.']);
  });

  test('guard: a menu’s `F.A.Q.` over the title is no author', () => {
    const a = parseArticle(
      [
        'Le Réveil de Béni Mellal',
        'Accueil',
        'F.A.Q.',
        'Mardi 1 décembre 2026',
        'Béni Mellal : le marché couvert rouvre après deux ans de travaux',
        'Le marché couvert du centre-ville a rouvert ses portes mardi matin, après deux années de travaux de rénovation qui ont coûté près de quinze millions de dirhams.',
        'Les commerçants, relogés pendant le chantier dans des baraques provisoires, ont retrouvé des étals neufs, une chambre froide commune et un parking de cent places.',
      ].join('\n'),
    );
    expect(a.authors).toEqual([]);
  });
});

// Read since by `withGroupDates` (article/text/item-dates.ts): with no blank line to tell, a date line over every
// item's title and none under the last item's lines head their items.
describe('a month’s archive whose items print their date over the title', () => {
  const items = [
    [
      'Nador : la corniche accueille un marché de Noël solidaire',
      'Une quarantaine d’exposants, artisans et associations, vendront leurs produits au profit d’une école rurale de la province...',
    ],
    [
      'Berkane : les agrumiculteurs inquiets pour la récolte de clémentines',
      'La sécheresse de l’été a réduit le calibre des fruits, et les exportateurs craignent une baisse des prix à l’export...',
    ],
    [
      'Oujda : une nouvelle ligne de bus relie la gare au campus',
      'La ligne, exploitée par la société délégataire, circulera toutes les vingt minutes de six heures à vingt-deux heures...',
    ],
  ];
  const head = ['L’Oriental Hebdo', 'Accueil', 'Archives', 'Archives : octobre 2026'];
  const foot = ['Page 1 sur 3', 'Suivant »'];

  test('each item takes the date over its title', () => {
    const days = ['30 octobre 2026', '22 octobre 2026', '9 octobre 2026'];
    const page = [
      ...head,
      ...items.flatMap(([t, x], k) => [days[k] ?? '', t ?? '', x ?? '']),
      ...foot,
    ];
    const a = parseArticle(page.join('\n'));
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(items.map(([t]) => t));
    expect(a.items?.map((i) => i.publishedAt)).toEqual(['2026-10-30', '2026-10-22', '2026-10-09']);
  });

  test('in Arabic too', () => {
    const page = [
      'صوت الشرق',
      'الرئيسية',
      'الأرشيف',
      'أرشيف أكتوبر 2026',
      '29 أكتوبر 2026',
      'الناظور: انطلاق أشغال توسيع الميناء الترفيهي بمارتشيكا',
      'تشمل الأشغال بناء رصيف جديد يتسع لمئة وخمسين قاربا، إلى جانب فضاءات تجارية ومطاعم تطل على البحيرة...',
      '17 أكتوبر 2026',
      'بركان: تعاونيات نسائية تعرض منتجاتها في معرض جهوي',
      'شاركت في المعرض أزيد من ثلاثين تعاونية من مختلف أقاليم الجهة، وعرضت منتجات محلية من الزيوت والأعشاب...',
      '5 أكتوبر 2026',
      'وجدة: حملة تشجير واسعة بمحيط الحزام الأخضر للمدينة',
      'غرس المتطوعون أزيد من خمسة آلاف شجيرة في يوم واحد، بمشاركة تلاميذ المؤسسات التعليمية وجمعيات البيئة...',
      'الصفحة التالية',
    ].join('\n');
    const a = parseArticle(page);
    expect(a.items?.map((i) => i.publishedAt)).toEqual(['2026-10-29', '2026-10-17', '2026-10-05']);
  });

  test('guard: dates printed under the teasers stay with their own items', () => {
    const days = ['30 octobre 2026', '22 octobre 2026', '9 octobre 2026'];
    const page = [
      ...head,
      ...items.flatMap(([t, x], k) => [t ?? '', x ?? '', days[k] ?? '']),
      ...foot,
    ];
    const a = parseArticle(page.join('\n'));
    const dates = a.items?.map((i) => i.publishedAt) ?? [];
    expect(dates.slice(1).some((d) => d === '2026-10-30')).toBe(false);
    expect(dates[1]).not.toBe('2026-10-30');
  });
});
