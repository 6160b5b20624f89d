/**
 * A byline among a header line's segments parted by middle dots (issue 10,
 * session 37, blind round 37's `en-liveblog`, all three renderers):
 * `Updated 2h ago · By X and Y` named no one. A labelled byline is read among
 * a line's segments parted by ` | ` and ` • `; the middle dot (` · `), which
 * sites print between a stamp, a reading time and the byline, parts them too
 * (`article/recognisers/info-line.ts`).
 *
 * Pages are synthetic, written for these tests in test/fixtures/known37/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known37/${name}`] ?? '';
const url = 'https://www.harbourtimes.example/news/2025/11/04/ferry-returns';

describe('a byline after a stamp and a middle dot', () => {
  test('both authors are read', () => {
    const a = parseArticle(read('dot-byline.chromium.txt'), { url });
    expect(a.authors).toEqual(['Niamh Orr', 'Dev Patel']);
    expect(a.title).toBe('The ferry returns after a winter of repairs in the yard');
  });

  test('guard: a stamp, a reading time and a section parted by middle dots name no one', () => {
    const a = parseArticle(read('dot-byline-guard.chromium.txt'), { url });
    expect(a.authors).toEqual([]);
    expect(a.title).toBe('The ferry returns after a winter of repairs in the yard');
  });
});
