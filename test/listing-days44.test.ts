/**
 * Days of a listing's items (blind round 44k), on other synthetic pages: a
 * search page whose results open their excerpt with their day (`12/11/2026 -
 * …`), read by the dump reader but lost when the teaser units were chosen; a
 * day's archive of units of a clock time over a headline over an excerpt; a tag
 * page of headlines alone under their date lines, the page's heading right over
 * the first date line telling the dates head their units, and the site's name
 * on top, dated by the page's day under it, no item.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const items = (text: string, url?: string) =>
  (parseArticle(text, url ? { url } : {}).items ?? []).map((i) => [i.title, i.publishedAt]);

describe('search results whose excerpt opens with the day', () => {
  const RESULTS = [
    [
      'Économie',
      'Tramway de Casablanca : la ligne 4 mise en service en juin',
      '12/11/2026',
      "Les rames, livrées par un constructeur français, rouleront d'abord entre Mers Sultan et Sidi Moumen...",
    ],
    [
      'Régions',
      'Marrakech : le nouveau terminal de bus accueille ses premiers voyageurs',
      '30/10/2026',
      'La gare routière, reliée au centre par trois lignes urbaines, remplace celle de Bab Doukkala...',
    ],
    [
      'Société',
      'Transport scolaire : 400 nouveaux bus pour les communes rurales',
      '21/10/2026',
      "Le ministère de l'Intérieur finance la moitié des véhicules, le reste étant à la charge des régions...",
    ],
  ] as const;
  const page = [
    'Le Journal du Centre',
    'Accueil',
    'Politique',
    'Économie',
    'Résultats de recherche pour : transport',
    '31 résultats',
    ...RESULTS.flatMap(([rubric, title, day, excerpt]) => [rubric, title, `${day} - ${excerpt}`]),
    '« Précédent',
    '1',
    '2',
    '…',
    '4',
    'Suivant »',
    'Page 1 sur 4',
    'Newsletter',
    "Recevez chaque soir l'essentiel de la journée dans votre boîte",
    "S'inscrire",
    '© Le Journal du Centre 2026',
  ].join('\n');

  test("each result is an item dated by its excerpt's day", () => {
    expect(items(page)).toEqual(
      RESULTS.map(([, title, day]) => [
        title,
        `${day.slice(6)}-${day.slice(3, 5)}-${day.slice(0, 2)}`,
      ]),
    );
  });
});

describe("a day's archive of timed units with their excerpt", () => {
  const UNITS = [
    [
      '20:15',
      'Basket : le Stade Nabeulien domine la JS Kairouan en ouverture',
      'Les Nabeuliens ont mené de bout en bout devant un public venu en nombre.',
    ],
    [
      '16:40',
      'Agrumes : la saison des maltaises démarre avec une semaine de retard',
      'Les producteurs du Cap Bon attribuent ce retard aux fortes chaleurs de novembre.',
    ],
    [
      '11:05',
      "Éducation : trois nouveaux lycées ouverts dans le gouvernorat de l'Ariana",
      'Les établissements accueilleront 2 400 élèves dès le deuxième trimestre.',
    ],
  ] as const;
  const page = [
    'Le Temps du Cap Bon',
    'Accueil',
    'National',
    'Sport',
    'Archives du samedi 5 décembre 2026',
    '« Jour précédent | Jour suivant »',
    ...UNITS.flat(),
    '© 2026 Le Temps du Cap Bon',
  ].join('\n');

  test('each unit is an item dated that day at its time', () => {
    expect(items(page)).toEqual(UNITS.map(([time, title]) => [title, `2026-12-05T${time}`]));
  });
});

describe("a tag page of headlines alone under their date lines, the site's name on top", () => {
  const UNITS = [
    ['14/11/2026', 'Port de Béjaïa : un nouveau quai pour les céréaliers'],
    ['12/11/2026', 'Béjaïa : la pénétrante autoroutière ouverte à la circulation'],
    ['09/11/2026', 'Université de Béjaïa : 3 000 places pédagogiques supplémentaires'],
    ['02/11/2026', "Tourisme : la saison d'hiver lancée sur la côte de Béjaïa"],
  ] as const;
  const page = [
    "L'Écho de la Soummam",
    'Accueil',
    'Régions',
    'Sports',
    'Tag : Béjaïa',
    ...UNITS.flat(),
    'Articles plus anciens',
    "© 2026 L'Écho de la Soummam",
  ].join('\n');

  const iso = (day: string) => `${day.slice(6)}-${day.slice(3, 5)}-${day.slice(0, 2)}`;

  test('each date line opens its unit', () => {
    expect(items(page, 'https://www.echo-soummam.example/tag/bejaia/')).toEqual(
      UNITS.map(([day, title]) => [title, iso(day)]),
    );
  });

  test("the site's name over the day's date is no item", () => {
    const dated = [
      "L'Écho de la Soummam",
      'Samedi 14 novembre 2026',
      'Accueil',
      'Régions',
      'Tag : Béjaïa',
      ...UNITS.flat(),
      'Articles plus anciens',
      "© 2026 L'Écho de la Soummam – Tous droits réservés",
      'Mentions légales | Contact',
    ].join('\n');
    const a = parseArticle(dated, { url: 'https://www.echo-soummam.example/tag/bejaia/' });
    expect((a.items ?? []).map((i) => [i.title, i.publishedAt, i.teaser])).toEqual(
      UNITS.map(([day, title]) => [title, iso(day), undefined]),
    );
    for (const i of a.items ?? [])
      expect(dated.slice(i.start, i.end)).toMatch(/^\d\d\/11\/2026\n.+$/);
  });
});
