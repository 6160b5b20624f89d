/**
 * What closes an author's name on a byline besides a date (blind round 41m): a read counter printed
 * after it on the same meta line (`Par X Lu 1 243 fois`, `By X Read 532 times`), and the star of a
 * footnote giving the author's trade at the foot (`Par X*`).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/** A small page: site name, headline, the meta line under test, two paragraphs. */
function page(meta: string, lang: 'fr' | 'en' = 'fr'): string {
  const [headline, p1, p2] =
    lang === 'fr'
      ? [
          'Le barrage de Béni Haroun rempli à 82 % après les pluies de novembre',
          "Le taux de remplissage du barrage a atteint 82 % samedi, son plus haut niveau depuis quatre ans, a annoncé l'agence.",
          'Les précipitations de novembre ont apporté près de 140 millions de mètres cubes supplémentaires, selon le directeur régional.',
        ]
      : [
          'Tangier Med handles record 10 million containers in 2026',
          'Tangier Med port passed the mark of 10 million containers handled in a year for the first time on Thursday.',
          'The volume is up 9 percent on last year, driven by transshipment traffic between Asia, Europe and West Africa.',
        ];
  return `Le Site\n\n${headline}\n\n${meta}\n\n${p1}\n\n${p2}\n`;
}

describe('a read counter after the name on the meta line', () => {
  test.each([
    ['Publié le : 06-12-2026 | 17:45 Par Nadia Ferhat Lu 1 243 fois', 'Nadia Ferhat'],
    ['Par Nadia Ferhat Lu 1 243 fois', 'Nadia Ferhat'],
    ['Par Nadia Ferhat Vu 532 fois', 'Nadia Ferhat'],
    ['Par Nadia Ferhat Consulté 87 fois', 'Nadia Ferhat'],
  ])('%s → %s', (meta, name) => {
    expect(parseArticle(page(meta)).authors).toEqual([name]);
  });

  test('English: `Read 532 times`', () => {
    expect(parseArticle(page('By Youssef Amrani Read 532 times', 'en')).authors).toEqual([
      'Youssef Amrani',
    ]);
  });

  test('the name keeps its span', () => {
    const input = page('Par Nadia Ferhat Lu 1 243 fois');
    const a = parseArticle(input);
    const span = a.spans.authors[0];
    expect(span && input.slice(span.start, span.end)).toBe('Nadia Ferhat');
  });

  test('guard: a name whose last word is short stays whole (`Par Nadia Lu Chen`)', () => {
    expect(parseArticle(page('Par Nadia Lu Chen')).authors).toEqual(['Nadia Lu Chen']);
  });
});

describe("a footnote's star closing the name", () => {
  test('`Par Hédi Mansour*` over the day', () => {
    expect(
      parseArticle(page('Par Hédi Mansour*\n\nPublié le 3 décembre 2026 à 08h15')).authors,
    ).toEqual(['Hédi Mansour']);
  });

  test('English: `By Jane Roe*`', () => {
    expect(parseArticle(page('By Jane Roe*', 'en')).authors).toEqual(['Jane Roe']);
  });
});

describe('a count with its thousands parted by a space', () => {
  test('`06-12-2026 Par X 1 243 vues`', () => {
    expect(parseArticle(page('06-12-2026 Par Nadia Ferhat 1 243 vues')).authors).toEqual([
      'Nadia Ferhat',
    ]);
  });
});
