/**
 * A listing printed as a WET record (no blank line) whose excerpts happen to
 * be of like length is not hard-wrapped text: each excerpt stays its own
 * line, the next headline is not glued to it, and the units are the items.
 * The page is round 34b's year archive (test/fixtures/dumps-blind34b/) with
 * its blank lines taken out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = readFileSync(
  new URL('./fixtures/dumps-blind34b/en-tn-archive-annee-page-trois.txt', import.meta.url),
  'utf8',
);
const wet = page
  .split('\n')
  .filter((line) => line.trim() !== '')
  .join('\n');

describe('a WET year archive with excerpts of like length', () => {
  test('is a listing of its four units, each signed and dated', () => {
    expect(wet).not.toContain('\n\n');
    const a = parseArticle(wet, { url: 'https://www.tunisbusinessdaily.tn/2019/page/3/' });
    expect(a.kind).toBe('listing');
    expect(
      (a.items ?? []).map((it) => [it.title, it.author, it.publishedAt?.slice(0, 10)]),
    ).toEqual([
      ['Tunisian olive oil exports hit a five-year high', 'Leila Mansour', '2019-03-04'],
      ['Central bank raises its key rate by 100 basis points', 'Karim Jaziri', '2019-02-26'],
      ['Phosphate output recovers in the Gafsa basin', 'Leila Mansour', '2019-02-19'],
      ['New terminal at Rades port opens to container traffic', 'Sami Trabelsi', '2019-02-11'],
    ]);
  });
});
