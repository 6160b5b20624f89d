/**
 * An archive page's heading (`Étiquette : Front Polisario`, `Search results for: port`)
 * tells a listing with no address given, even when the list holds one long post.
 * Synthetic dumps written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { isArchiveHeading } from '../src/furniture/archive-headings.js';

const POST = [
  '  • Le port de pêche attend toujours ses crédits',
  '',
  '    Le chantier du vieux port, lancé il y a trois ans, attend toujours les crédits promis par la région, et les pêcheurs du quai nord s’impatientent devant les grues immobiles.',
  '',
  '    Par Jeanne Roux',
  '',
  '    Le conseil régional a pourtant voté le budget en mars, mais la convention avec l’État n’a jamais été signée, selon plusieurs élus de la majorité comme de l’opposition.',
  '',
  '    « Nous attendons une réponse depuis l’été », a déclaré le président de la coopérative, qui compte quarante bateaux et cent vingt marins.',
].join('\n');

function tagPage(heading: string): string {
  return `${heading}\n\n${POST}\n`;
}

describe('archive headings make a listing without an address', () => {
  test.each([
    'Étiquette : Port de pêche',
    'Catégorie : Régions',
    'Archives du mot-clé : port',
    'Tag: Fishing ports',
    'Category Archives: Regions',
    'Search results for: port',
    'Résultats de recherche pour « port »',
    'Posts tagged “harbour”',
  ])('%s', (heading) => {
    const a = parseArticle(tagPage(heading));
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });

  test('an article whose tags are listed (plural) keeps its kind', () => {
    const a = parseArticle(
      tagPage('Le port de pêche attend toujours ses crédits').replace(
        '  • Le port de pêche attend toujours ses crédits',
        'Tags : port, pêche, région',
      ),
    );
    expect(a.kind).toBe('article');
  });

  test('the heading counts only above the text: a label inside the article does not', () => {
    const text = `Le port de pêche attend toujours ses crédits\n\n${POST.replace('  • Le port de pêche attend toujours ses crédits', '')}\n\nÉtiquette : port\n`;
    expect(parseArticle(text).kind).toBe('article');
  });

  test('an address naming one article settles the kind', () => {
    const a = parseArticle(tagPage('Catégorie : Régions'), {
      url: 'https://example.ma/regions/2021/03/12/le-port-de-peche-attend-toujours-ses-credits',
    });
    expect(a.kind).toBe('article');
  });
});

describe('isArchiveHeading', () => {
  test.each([
    ['Étiquette : Front Polisario', true],
    ['الوسم: الصحراء', true],
    ['Tagine au poulet et aux olives', false],
    ['Catégorie reine du tournoi', false],
    ['Tag: port, pêche', false],
    ['Tags : port', false],
    ['Category: This is a sentence about the regions that goes on and on for a while.', false],
  ] as const)('%s → %s', (line, expected) => {
    expect(isArchiveHeading(line)).toBe(expected);
  });
});

describe('a single post printed in full under an archive heading', () => {
  const page = [
    'Accueil',
    'Régions',
    'Étiquette : port de pêche',
    '  • Le port de pêche attend toujours ses crédits',
    'Par Jeanne Roux – 12 mars 2021',
    'Le chantier du vieux port, lancé il y a trois ans, attend toujours les crédits promis par la région, et les pêcheurs du quai nord s’impatientent devant les grues immobiles.',
    'Le conseil régional a pourtant voté le budget en mars, mais la convention avec l’État n’a jamais été signée, selon plusieurs élus de la majorité comme de l’opposition.',
    '« Nous attendons une réponse depuis l’été », a déclaré le président de la coopérative, qui compte quarante bateaux et cent vingt marins au quai nord.',
    'Tags : port, pêche',
  ].join('\n');

  test('is the listing’s one item: headline without its bullet, author, date, first paragraph', () => {
    const a = parseArticle(page);
    expect(a.kind).toBe('listing');
    expect(a.items).toHaveLength(1);
    const item = a.items?.[0];
    expect(item?.title).toBe('Le port de pêche attend toujours ses crédits');
    expect(item?.author).toBe('Jeanne Roux');
    expect(item?.publishedAt?.slice(0, 10)).toBe('2021-03-12');
    expect(item?.teaser?.startsWith('Le chantier du vieux port')).toBe(true);
    expect(page.slice(item?.start, item?.end).startsWith('Le port de pêche')).toBe(true);
    expect(page.slice(item?.start, item?.end).endsWith('grues immobiles.')).toBe(true);
  });

  test('an article address keeps it an article', () => {
    const a = parseArticle(page.replace('  • ', ''), {
      url: 'https://example.ma/regions/2021/03/12/le-port-de-peche-attend-toujours-ses-credits',
    });
    expect(a.kind).toBe('article');
    expect(a.title).toBe('• Le port de pêche attend toujours ses crédits'.slice(2));
  });
});

describe('listing items printed behind list bullets', () => {
  const teaser = (title: string, text: string) => `  • ${title}\n\n    ${text}…\n`;
  const page = [
    'Étiquette : ports',
    '',
    teaser(
      'Le port de pêche attend toujours ses crédits',
      'Le chantier du vieux port, lancé il y a trois ans, attend toujours les crédits promis par la région, et les pêcheurs',
    ),
    teaser(
      'La digue nord sera renforcée avant l’hiver',
      'Les travaux de la digue nord commenceront en octobre, après un appel d’offres lancé au printemps par la région, qui',
    ),
    teaser(
      'Les dockers reprennent le travail',
      'Après trois jours de grève, les dockers du port de commerce ont repris le travail mardi matin, à la suite d’un accord',
    ),
  ].join('\n');

  test('the bullet is no part of the headline or its span', () => {
    const a = parseArticle(page, { url: 'https://example.ma/tag/ports' });
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual([
      'Le port de pêche attend toujours ses crédits',
      'La digue nord sera renforcée avant l’hiver',
      'Les dockers reprennent le travail',
    ]);
    for (const i of a.items ?? []) expect(page.startsWith(i.title ?? '?', i.start)).toBe(true);
  });
});
