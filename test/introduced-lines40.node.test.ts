/**
 * A short line the paragraph above introduces with a colon (`… le tableau
 * d'affichage de la salle indiquait :` ⏎ `28-25`), set a blank line apart
 * between two paragraphs of prose: the article's, whatever its shape. The
 * body's reader leaves a short line with no space out as a menu's entry, and
 * only a lone word was put back (`keepLoneHeadings`,
 * article/text/lone-headings.ts); a score has no letter. Guard: a share
 * counter between two paragraphs, no colon introducing it, stays out.
 * Synthetic pages in test/fixtures/body40/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'body40', name), 'utf8');

const MATCH =
  'https://www.voix-du-bocage.example/sports/handball/vire-renverse-flers-dans-le-derby';

describe('a line the text introduces with a colon', () => {
  for (const r of ['w3m', 'chromium']) {
    test(`a handball report (${r}): the score under "indiquait :" stays between its paragraphs`, () => {
      const body = parseArticle(read(`handball.${r}.txt`), { url: MATCH }).paragraphs.map(
        (p) => p.text,
      );
      expect(body.slice(3, 6)).toEqual([
        "À la sirène, le tableau d'affichage de la salle indiquait :",
        '28-25',
        'Les joueurs ont fêté la victoire avec leurs supporters bien après le coup de sifflet final, sous les chants des tribunes.',
      ]);
      expect(body).toHaveLength(7);
    });
  }

  test('guard: a share counter between two paragraphs, with no colon above it, stays out', () => {
    const a = parseArticle(read('counter.chromium.txt'), {
      url: 'https://www.ashcombe-echo.example/news/local/library-opening-hours-extended-after-petition',
    });
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      "Ashcombe's central library will open until eight in the evening on weekdays from April, after more than two thousand residents signed a petition asking for later hours.",
      'The council said the change would be paid for by moving two part-time posts from the mobile library, which has seen fewer visitors since the bus routes changed.',
      'Librarians will also run a homework club on Tuesday and Thursday evenings for pupils from the two secondary schools in the town.',
      'The new hours will be reviewed after six months.',
    ]);
  });
});
