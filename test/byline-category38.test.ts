/**
 * A post's category after its author's name on the stamp line, in French and
 * Spanish (issue 10, session 38, blind round 38's `fr-association`:
 * `Publié le … par X dans Actions` gave no author, while `… by X in News`
 * did). `dans` and `en` before a capitalised category end the name as ` in `
 * does (`IN_CATEGORY`, `article/text/header.ts`); `par X dans le cadre de …`
 * is prose and names no author.
 *
 * Pages are synthetic, written for these tests in test/fixtures/known38/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known38/${name}`] ?? '';

describe('`Publié le … par X dans <category>` (French, w3m)', () => {
  const a = parseArticle(read('byline-dans.w3m.txt'), {
    url: 'https://jardins-plateau.example/actualites/la-grainotheque-ouvre-ses-portes/',
  });

  test('the author is the name before `dans`', () => {
    expect(a.title).toBe('La grainothèque ouvre ses portes au printemps');
    expect(a.authors).toEqual(['Mathilde Roussel']);
    expect(a.publishedAt).toBe('2025-03-14');
    expect(a.paragraphs).toHaveLength(3);
  });
});

describe('`Publicado el … por X en <category>` (Spanish, w3m)', () => {
  const a = parseArticle(read('byline-en.w3m.txt'), {
    url: 'https://sierra-alta.example/noticias/nueva-ruta-refugio-collado/',
  });

  test('the author is the name before `en`', () => {
    expect(a.title).toBe('Nueva ruta señalizada hasta el refugio del Collado');
    expect(a.authors).toEqual(['Andrés Gallego']);
    expect(a.publishedAt).toBe('2025-05-09');
  });
});

describe('guard: `Inauguré le … par X dans le cadre de …` under the date', () => {
  const a = parseArticle(read('byline-dans-guard.w3m.txt'), {
    url: 'https://jardins-plateau.example/actualites/un-nouveau-composteur/',
  });

  test('names no author', () => {
    expect(a.title).toBe('Un nouveau composteur pour la parcelle nord');
    expect(a.authors).toEqual([]);
    expect(a.publishedAt).toBe('2025-04-02');
  });
});
