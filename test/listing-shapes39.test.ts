/**
 * Listing pages of shapes blind round 39d's probes found misread: a tag page
 * whose menu on one line (`Accueil | Politique | Sport`) was taken for the
 * first item's title and its headline for the excerpt; a search page of
 * headline ⏎ date units (no excerpt), whose second headline was read as the
 * first one's excerpt and whose `Rechercher : X` box was an item; an author's
 * page whose bio (two sentences and more) was an item.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const heads = [
  'Béni Mellal : la récolte de betterave sucrière dépasse les prévisions',
  'Khouribga : un nouveau centre de formation aux métiers des mines',
  'Azilal : la route des cascades d’Ouzoud élargie avant l’été',
];
const dates = ['14/11/2026', '07/11/2026', '30/10/2026'];

describe('listing shapes', () => {
  test('a tag page under a menu on one line, whole excerpts over `Lire la suite`', () => {
    const input = [
      'Tadla Info',
      'Accueil | Politique | Économie | Sport',
      'Tag : Régions',
      ...heads.flatMap((h) => [
        h,
        'Les responsables régionaux ont présenté le projet lors d’une réunion tenue au siège de la wilaya.',
        'Lire la suite',
      ]),
      '© 2026 Tadla Info',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('listing');
    expect(a.items?.map((it) => it.title)).toEqual(heads);
  });
  test('a search page of headline ⏎ date units under `Rechercher : X`', () => {
    const input = [
      'Tunis Matin',
      'تونس صباح',
      'Rechercher : port de Radès',
      '3 articles trouvés',
      'Port de Radès : le trafic de conteneurs en hausse',
      '12/11/2026',
      'Port de Radès : un nouveau scanner pour accélérer les contrôles douaniers',
      '05/11/2026',
      'Grève au port de Radès : les dockers suspendent leur mouvement',
      '28/10/2026',
      '© Tunis Matin 2026',
    ].join('\n\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('listing');
    expect(a.items?.map((it) => it.title)).toEqual([
      'Port de Radès : le trafic de conteneurs en hausse',
      'Port de Radès : un nouveau scanner pour accélérer les contrôles douaniers',
      'Grève au port de Radès : les dockers suspendent leur mouvement',
    ]);
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual([
      '2026-11-12',
      '2026-11-05',
      '2026-10-28',
    ]);
  });
  test('an author’s page, the bio of three sentences over headline ⏎ date units', () => {
    const input = [
      "Le Courrier d'Alger",
      'Accueil',
      'Auteurs',
      'Samira Belkacem',
      "Samira Belkacem est journaliste au service Société depuis 2015. Elle couvre l'éducation, la santé et les questions urbaines. Elle a reçu en 2022 le prix de la meilleure enquête décerné par la presse nationale.",
      'Articles de Samira Belkacem',
      'Bac 2026 : le ministère dévoile le calendrier des examens',
      '19 novembre 2026',
      'Hôpitaux : le plan de recrutement de 5 000 infirmiers lancé',
      '12 novembre 2026',
      "Alger : le tramway prolongé jusqu'à Baraki",
      '4 novembre 2026',
      "© 2026 Le Courrier d'Alger",
    ].join('\n\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.items?.map((it) => it.title)).toEqual([
      'Bac 2026 : le ministère dévoile le calendrier des examens',
      'Hôpitaux : le plan de recrutement de 5 000 infirmiers lancé',
      "Alger : le tramway prolongé jusqu'à Baraki",
    ]);
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual([
      '2026-11-19',
      '2026-11-12',
      '2026-11-04',
    ]);
  });
});

describe('guards', () => {
  test('a headline with an abbreviation’s stop and a slide’s title with bars and figures stay items', () => {
    const titles = [
      'Rabat : M. Benali nommé à la tête de l’agence urbaine',
      'Maroc Telecom | Achat | Objectif : 120 DH',
      'Casablanca : le prix du mètre carré recule de 3 % en un an',
    ];
    const input = [
      'Bourse Info',
      'Tag : Nominations',
      ...titles.flatMap((h, i) => [h, dates[i]]),
      '© 2026 Bourse Info',
    ].join('\n\n');
    expect(parseArticle(input).items?.map((it) => it.title)).toEqual(titles);
  });
  test('a headline opening with `Recherche :` stays an article’s title', () => {
    const title = 'Recherche : l’université de Settat lance un laboratoire sur les sols';
    const input = [
      'Chaouia Info',
      'Accueil',
      title,
      'Par Ilyas Benjelloun',
      '12/11/2026',
      'L’université Hassan Ier de Settat a inauguré mardi un laboratoire consacré à l’étude des sols agricoles de la région, financé par un programme de coopération avec plusieurs universités européennes.',
      'Le laboratoire accueillera une vingtaine de chercheurs et de doctorants, qui travailleront notamment sur la salinité des terres irriguées et sur les effets de la sécheresse.',
      '© 2026 Chaouia Info',
    ].join('\n\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.title).toBe(title);
  });
});
