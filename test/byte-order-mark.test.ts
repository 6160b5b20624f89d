import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkArticle } from './helpers/checks.js';

/** A lynx dump of a blog post (80-column wrap, three-space indent), its first line the feed links' header. */
const LYNX_PAGE = [
  '   #Riverside Notes - Garden Blog RSS Feed Riverside Notes - Garden Blog » How',
  '   We Rebuilt the Old Greenhouse in One Winter Comments Feed alternate',
  '   alternate',
  '',
  '     * About Us',
  '     * Seasons',
  '     * Tools',
  '     * Subscribe',
  '',
  '   Riverside Notes - Garden Blog',
  '',
  '   A garden blog about vegetables, glass houses and patient repairs.',
  '',
  'How We Rebuilt the Old Greenhouse in One Winter',
  '',
  '   by marta on January 12, 2021',
  '',
  '   The greenhouse at the bottom of the garden had stood empty for eleven',
  '   years when we decided to bring it back. Half of the panes were cracked,',
  '   the frame had rusted at every joint, and the door no longer closed at all.',
  '',
  '   We started with the frame. Every bolt was cut, cleaned and replaced with a',
  '   galvanised one, and the two worst uprights were cut out and welded anew by',
  '   a neighbour who used to work at the shipyard down the river.',
  '',
  '   The glass came next. We measured each opening twice, ordered toughened',
  '   panes from a supplier in town, and set them in fresh putty over three cold',
  '   weekends in February, with gloves on and the radio playing.',
  '',
  '   By the first warm week of March the seed trays were out on the benches and',
  '   the tomatoes had their first leaves. The whole repair cost less than a new',
  '   kit would have, and the old house looks as it did when it was built.',
].join('\n');

/** A browser copy of a news page: one line per paragraph. */
const PLAIN_PAGE = [
  'Accueil | Économie | Sport',
  '',
  'Le port de Tanger Med a traité un volume record de conteneurs en 2024',
  '',
  'Par Samira El Idrissi - 14 janvier 2025',
  '',
  "Le port de Tanger Med a traité plus de dix millions de conteneurs l'an dernier, un volume jamais atteint depuis son ouverture, selon les chiffres publiés mardi par l'autorité portuaire.",
  '',
  "La hausse tient surtout au transbordement vers l'Afrique de l'Ouest, qui a progressé de près d'un cinquième, et à l'ouverture de deux nouveaux quais au terminal est.",
  '',
  "L'autorité prévoit d'investir encore dans les grues automatiques au cours des trois prochaines années.",
].join('\n');

/** A news page whose headline stands over a deck, then the byline and the date. */
const DECK_PAGE = [
  'Le port de Tanger étend son terminal à conteneurs',
  '',
  "Le chantier doit doubler la capacité du port et attirer de nouvelles lignes maritimes d'ici trois ans.",
  '',
  'Par Karim Benali',
  '12 mars 2024',
  '',
  "L'autorité portuaire de Tanger a annoncé mardi l'extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port.",
  '',
  "Les travaux commenceront à l'automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction du port.",
].join('\n');

const BOM = '\ufeff';

/** The fields a reader compares, spans moved back by `by`. */
function fields(input: string, by = 0) {
  const a = parseArticle(input);
  const back = (s: { start: number; end: number } | null | undefined) =>
    s ? { start: s.start - by, end: s.end - by } : s;
  return {
    kind: a.kind,
    title: a.title,
    authors: a.authors,
    publishedAt: a.publishedAt,
    paragraphs: a.paragraphs.map((p) => ({ text: p.text, ...back(p) })),
    titleSpan: back(a.spans.title),
    authorSpans: a.spans.authors.map(back),
    dateSpan: back(a.spans.publishedAt),
  };
}

describe('a byte-order mark opening a text dump', () => {
  it('leaves a hard-wrapped page read as without it, every span one further on', () => {
    const without = fields(LYNX_PAGE);
    expect(without.paragraphs.length).toBe(4);
    expect(fields(BOM + LYNX_PAGE, 1)).toEqual(without);
  });

  it('keeps the title a slice of the input that holds the mark', () => {
    const input = BOM + LYNX_PAGE;
    const a = parseArticle(input);
    const t = a.spans.title;
    expect(t).toBeDefined();
    if (t) expect(input.slice(t.start, t.end)).toBe(a.title);
  });

  it('leaves a one-line-per-paragraph page read as without it, its paragraphs exact slices', () => {
    const input = BOM + PLAIN_PAGE;
    const a = parseArticle(input);
    expect(a.title).toBe('Le port de Tanger Med a traité un volume record de conteneurs en 2024');
    expect(a.authors).toEqual(['Samira El Idrissi']);
    expect(a.paragraphs).toHaveLength(3);
    for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
    expect(fields(input, 1)).toEqual(fields(PLAIN_PAGE));
  });

  it('moves the standfirst span with the others: the deck slices back out of the input that holds the mark', () => {
    const input = BOM + DECK_PAGE;
    const a = parseArticle(input);
    expect(a.standfirst).toBe(
      "Le chantier doit doubler la capacité du port et attirer de nouvelles lignes maritimes d'ici trois ans.",
    );
    const s = a.spans.standfirst;
    expect(s).toBeDefined();
    if (s) expect(input.slice(s.start, s.end)).toBe(a.standfirst);
    expect(a.spans.standfirst).toEqual({
      start: (parseArticle(DECK_PAGE).spans.standfirst?.start ?? -2) + 1,
      end: (parseArticle(DECK_PAGE).spans.standfirst?.end ?? -2) + 1,
    });
    checkArticle(input, a);
  });
});
