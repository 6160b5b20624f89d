/**
 * The blind rounds' known failures (test/fixtures/dumps-blind29c/known-failures/),
 * each checked again on a page of its own, with a guard where the fix could
 * misfire: a listing item dated on its title's line (`Title | il y a 2 heures`),
 * an author's archive whose dated headlines stand under a `Latest articles by X`
 * heading, and a picture gallery whose captions are its only text.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('a listing item dated on its title line', () => {
  const heads = [
    'Tlemcen : le marché couvert rouvre après deux ans de travaux',
    'Annaba : les pêcheurs réclament un nouveau quai au port',
    'Béjaïa : la saison estivale se prépare dès le mois de mars',
    'Sétif : un forum régional consacré aux jeunes entrepreneurs',
  ];
  const tails = ['il y a 3 heures', 'il y a 5 heures', 'il y a 1 jour', 'il y a 2 jours'];
  const teasers = [
    'Les commerçants ont retrouvé leurs étals ce lundi dans une halle entièrement réaménagée...',
    'Les professionnels estiment que les installations actuelles ne suffisent plus à la flottille...',
    "Les hôteliers de la corniche misent sur une hausse de la fréquentation pendant l'été...",
    'Près de deux cents porteurs de projets sont attendus pendant les trois jours de rencontres...',
  ];
  const page = (sep: string, dates: readonly string[]) =>
    [
      'Le Quotidien des Régions',
      'Accueil',
      'Régions',
      'Économie',
      'Sport',
      'Régions',
      ...heads.flatMap((h, k) => [`${h}${sep}${dates[k]}`, teasers[k] ?? '']),
      'Voir plus',
    ].join('\n');

  test('the relative time behind ` | ` leaves each title and dates the item', () => {
    const a = parseArticle(page(' | ', tails), { referenceDate: '2025-05-20' });
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(heads);
    expect(a.items?.map((i) => i.publishedAt?.slice(0, 10))).toEqual([
      '2025-05-20',
      '2025-05-20',
      '2025-05-19',
      '2025-05-18',
    ]);
  });
  test('so does a full date behind an en dash, with no reference day', () => {
    const days = ['18/05/2025', '17/05/2025', '16/05/2025', '15/05/2025'];
    const a = parseArticle(page(' – ', days));
    expect(a.items?.map((i) => i.title)).toEqual(heads);
    expect(a.items?.map((i) => i.publishedAt?.slice(0, 10))).toEqual([
      '2025-05-18',
      '2025-05-17',
      '2025-05-16',
      '2025-05-15',
    ]);
  });
  test('a title whose tail behind the dash is no date keeps it', () => {
    const words = ['le chantier', 'les quais', 'la corniche', 'le forum'];
    const a = parseArticle(page(' - ', words));
    expect(a.items?.map((i) => i.title)).toEqual(heads.map((h, k) => `${h} - ${words[k]}`));
  });
});

describe("an author's archive: headlines each dated in full on their line under `Latest articles by X`", () => {
  const heads = [
    'Water board sets out a ten-year plan for the reservoirs',
    'Council agrees to keep the library open on Sundays',
    'New footbridge over the canal opens to walkers and cyclists',
    'Bus fares frozen for a second year in the city region',
    'Allotment waiting list falls as three new sites open',
    'Harbour wall repairs to begin after the winter storms',
  ];
  const days = ['14/04/2025', '07/04/2025', '31/03/2025', '24/03/2025', '17/03/2025', '10/03/2025'];
  const isos = ['2025-04-14', '2025-04-07', '2025-03-31', '2025-03-24', '2025-03-17', '2025-03-10'];
  const bio =
    'Priya Nandakumar covers local government and housing for the Gazette. She joined the paper in 2019 from a regional radio station.';
  const page = (sep: string, lines: readonly string[]) =>
    [
      'The Riverside Gazette',
      'Home',
      'Local',
      'Politics',
      'Weather',
      'Sign in',
      'Writer',
      'Priya Nandakumar',
      bio,
      'Latest articles by Priya Nandakumar',
      ...heads.map((h, k) => `${h}${sep}${lines[k]}`),
      '1',
      '2',
      '3',
      'Older posts',
      'Contact us',
      'Privacy policy',
    ].join('\n');

  test('they are the listing’s items, dated, with no title, author or body', () => {
    const a = parseArticle(page(' – ', days));
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.authors).toEqual([]);
    expect(a.paragraphs).toEqual([]);
    expect(a.items?.map((i) => i.title)).toEqual(heads);
    expect(a.items?.map((i) => i.publishedAt?.slice(0, 10))).toEqual(isos);
  });
  test('so are they behind a bar with the month written out', () => {
    const written = days.map((d) => {
      const [dd, mm, yyyy] = d.split('/');
      return `${Number(dd)} ${mm === '04' ? 'April' : 'March'} ${yyyy}`;
    });
    const a = parseArticle(page(' | ', written));
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(heads);
  });
  test('an article with such a box under its text stays the article', () => {
    const text = [
      'The Riverside Gazette',
      'Home',
      'Local',
      'Politics',
      'Library to open on Sundays after council vote',
      'By Priya Nandakumar',
      '14/04/2025',
      'The central library will open on Sunday afternoons from next month, after councillors voted on Monday to fund two extra posts for the service.',
      'Campaigners had collected more than four thousand signatures asking for weekend hours, saying that families and students had nowhere quiet to work.',
      'The council said the cost would be met from savings in the building’s energy bills, which fell after new windows were fitted last year.',
      'Latest news',
      ...heads.map((h, k) => `${h} – ${days[k]}`),
      'Contact us',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Library to open on Sundays after council vote');
    expect(a.paragraphs.length).toBe(3);
  });
  test('undated headlines under the bio are no listing of this kind', () => {
    const a = parseArticle(page('', ['', '', '', '', '', '']));
    expect(a.kind).not.toBe('listing');
  });
});

describe('a picture gallery whose captions are its only text', () => {
  const captions = [
    'Volunteers plant willow cuttings along the riverbank to slow the spring floods.',
    'A heron waits in the shallows below the new timber weir.',
    'Schoolchildren count dragonflies at the pond dug last autumn beside the footpath.',
    'The restored meadow, cut once a year in late summer, is already full of orchids.',
  ];
  const credits = [
    'Photo: Lena Marsh',
    'Photo: Lena Marsh',
    'Photo: Owen Pike',
    'Photo: Owen Pike',
  ];
  const page = (counter: (k: number) => string) =>
    [
      'Valley Weekly',
      'News',
      'Nature',
      'Photos',
      'Photos',
      'Gallery: a year of work to bring the river back to life',
      'Published 3 June 2025',
      ...captions.flatMap((c, k) => [counter(k + 1), c, credits[k] ?? '']),
      'More galleries',
      'Gallery: the county’s oldest trees, photographed in winter',
      'Gallery: ten years of the harvest fair',
      'Share this gallery',
    ].join('\n');

  test('the captions are the body, the counters and credits are not', () => {
    const a = parseArticle(page((k) => `Image ${k} of 4`));
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Gallery: a year of work to bring the river back to life');
    expect(a.paragraphs.map((p) => p.text)).toEqual(captions);
    expect(a.authors).toEqual([]);
  });
  test('the galleries listed under `More galleries` are related links', () => {
    expect(parseArticle(page((k) => `${k} of 4`)).related.map((r) => r.title)).toEqual([
      'Gallery: the county’s oldest trees, photographed in winter',
      'Gallery: ten years of the harvest fair',
    ]);
  });
  test('so with bare `N of 4` counters', () => {
    const a = parseArticle(page((k) => `${k} of 4`));
    expect(a.paragraphs.map((p) => p.text)).toEqual(captions);
    expect(a.text).not.toContain('Photo:');
  });
  test('slides inside an article still leave its text', () => {
    const prose = [
      'The river trust has spent a year undoing the damage of a century of straightening, and the first results are already visible along the lower valley, where the water now spreads over the fields in winter as it once did.',
      'Its director said the work would go on for at least five more years, paid for by a mix of public grants and donations from the villages along the banks, and that volunteers would be needed every weekend.',
      'A survey of birds and insects will be repeated each summer to measure the change, and the results will be published on the trust’s website for anyone to read.',
    ];
    const text = [
      'Valley Weekly',
      'News',
      'Nature',
      'River trust marks a year of restoration work',
      'Published 3 June 2025',
      prose[0],
      ...captions.slice(0, 2).flatMap((c, k) => [`${k + 1} of 2`, c, credits[k] ?? '']),
      prose[1],
      prose[2],
      'Share this article',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual(prose);
  });
});

describe('a network page cut right after its title line', () => {
  const SEP = '\u00a0'.repeat(4);
  const ticker = [
    'Tanger : le port de plaisance accueille ses premiers voiliers',
    'Météo : un week-end ensoleillé sur tout le littoral',
    'Basket : le FUS de Rabat remporte la coupe du Trône',
  ].join(SEP);
  const head = [
    `${ticker}${SEP}`,
    '',
    '',
    "Merci d'avoir signalé!",
    "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.",
    '',
    '',
  ].join('\n');
  const title = 'Safi : la nouvelle station de dessalement entre en service cet été';

  test('the last line, whole, is the title of an article cut there', () => {
    const a = parseArticle(`${head}${title}\n`);
    expect(a.title).toBe(title);
    expect(a.kind).toBe('article');
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings.some((w) => w.startsWith('truncated'))).toBe(true);
  });
  test('a line cut by the dump’s end (no line break after it) is no title', () => {
    const a = parseArticle(`${head}${title.slice(0, 45)}`);
    expect(a.title ?? null).toBeNull();
  });
  test('a lone headline-shaped line is no cut article', () => {
    expect(parseArticle(`${title}\n`).title ?? null).toBeNull();
  });
});
