/**
 * The steps session 33's speed pass gated (output identical): the address's
 * headline search no longer compares the words of lines longer than a
 * headline, and the results-table patterns run only on lines holding a
 * spaced dash. What a user reads from those pages is unchanged: these pass
 * before and after. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const SLUG_URL = 'https://news.example.com/ports/port-traffic-at-tangier-up-nine-percent';

/** A lede of more than 150 characters that spells every word of the slug. */
const LONG_LEDE =
  'Port traffic at Tangier was up nine percent over the first half of the year, the authority said on Tuesday, as new lines to West Africa brought more containers to its quays.';

describe('the headline the address spells, with a long line spelling it too', () => {
  const page = [
    ...MENU,
    'Ports and shipping',
    TITLE,
    'Share this article',
    'TIP!',
    'How to pack a container for a long sea voyage',
    'By Nadia Karimi',
    '',
    LONG_LEDE,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');

  test('the headline wins; the long lede is the body’s first paragraph, never the title', () => {
    expect(LONG_LEDE.length).toBeGreaterThan(150);
    const a = parseArticle(page, { url: SLUG_URL });
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs[0]?.text).toBe(LONG_LEDE);
    expect(a.paragraphs.at(-1)?.text).toBe(PARAGRAPHS[3]);
  });

  test('guard: without the headline, the long lede is still no title', () => {
    const headless = page.replace(`${TITLE}\n`, '');
    expect(parseArticle(headless, { url: SLUG_URL }).title).not.toBe(LONG_LEDE);
  });
});

describe('results rows with an en dash and headlines with a hyphen', () => {
  const report = (rows: string[]) =>
    [
      'Le Courrier du Lac',
      'Accueil',
      'Sport',
      'Handball : Kélibia prend la tête après sa victoire à Nabeul',
      'Par Sami Trabelsi',
      'Dimanche 6 décembre 2026',
      'Kélibia a pris seul la tête du championnat en s’imposant à Nabeul, samedi soir, au terme d’un match serré jusqu’à la dernière minute.',
      'Les visiteurs ont creusé l’écart en seconde période grâce à leur gardien, auteur de quinze arrêts dont deux penalties.',
      ...rows,
      'La prochaine journée opposera Kélibia à Hammamet, son dauphin, dans une salle qui affichera sans doute complet.',
      'Partager',
    ].join('\n');
  const scores = [
    'Résultats de la 9e journée',
    'Nabeul 27 – 29 Kélibia',
    'Hammamet 31 – 25 Korba',
    'Grombalia 24 – 24 Menzel Temime',
    'Soliman 30 – 28 Béni Khalled',
  ];

  test('score rows with an en dash make no ticker and keep the paragraph under them', () => {
    expect(parseTicker(report(scores))).toEqual([]);
    const a = parseArticle(report(scores));
    expect(a.paragraphs[0]?.text.startsWith('Kélibia a pris seul la tête')).toBe(true);
    expect(a.paragraphs.at(-1)?.text.endsWith('sans doute complet.')).toBe(true);
  });

  test('guard: hyphenated words without a spaced dash are no result rows', () => {
    const lines = [
      'Handball-Club de Nabeul',
      'Saint-Louis-du-Lac',
      'Menzel-Temime',
      'Béni-Khalled',
      'Grombalia-Korba',
    ];
    const a = parseArticle(report(lines));
    expect(a.title).toBe('Handball : Kélibia prend la tête après sa victoire à Nabeul');
    expect(a.paragraphs[0]?.text.startsWith('Kélibia a pris seul la tête')).toBe(true);
  });
});
