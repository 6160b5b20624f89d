/**
 * A photo's caption closed by its photographer and paper in parentheses, as
 * US papers print it (issue 10, session 37, blind round 37h: a US local
 * paper's article, all three renders): `… since 2021. (Dana Whitcomb /
 * Harlow County Ledger)` carries no credit label and names no agency, so it
 * stayed as a paragraph. Two or three capitalised words, a
 * slash with a space on each side, and a paper's name of one to five words
 * closing the caption now credit it (`endsWithNameAndPaper` in
 * `furniture/credits.ts`, read by the text pipeline only). A sentence
 * closing with a pair of terms in parentheses (`(Weekdays / Weekends)`, one
 * word before the slash) stays.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37h/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37h/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37h/${name}`] ?? '';

describe('a caption closed by `(Photographer / Paper)` (w3m)', () => {
  const a = parseArticle(read('caption-name-paper.w3m.txt'), {
    url: 'https://www.lakeshoretribune.example/2024/06/03/gull-island-ferry-resumes/',
  });

  test('the caption leaves; the paragraphs around it stay', () => {
    expect(a.text).not.toContain('waits at the mainland dock before its first crossing');
    expect(a.paragraphs[0]?.text).toMatch(/^GULL HARBOR — Ferry service to Gull Island resumed/);
    expect(a.paragraphs[2]?.text).toMatch(/^Ridership has split along the same lines/);
  });

  test('guard: a sentence closing with a pair of terms in parentheses stays', () => {
    expect(a.text).toContain('most tickets sold to day visitors (Weekdays / Weekends).');
  });
});
