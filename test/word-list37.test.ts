/**
 * A list of single words the text introduces, printed by Chromium with no
 * bullets (issue 10, session 37, blind round 37g's `de-lexikon`): `… Ziele:` ⏎
 * `Versorgungssicherheit` ⏎ `Preisgünstigkeit` ⏎ … ⏎ `<paragraph>`. A lone word
 * is left out of the body as a menu's entry, so the short items were lost.
 * Under a kept paragraph closed by a colon, two or more single words one a
 * line with no blank line between them, a kept paragraph of prose a blank line
 * under the last, are the list the text introduces and are put back
 * (`article/text/lone-headings.ts`). Words under a label with no prose after
 * them (links at the page's foot) stay out.
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
const url = 'https://www.haushaltslexikon.example/glossar/w/wasserhaerte';

describe('a list of single words the text introduces', () => {
  test('the words between the sentence and the next paragraph are the body’s', () => {
    const texts = parseArticle(read('word-list.chromium.txt'), { url }).paragraphs.map(
      (p) => p.text,
    );
    const at = texts.indexOf('Weich');
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at, at + 3)).toEqual(['Weich', 'Mittel', 'Hart']);
    expect(texts[at + 3]).toMatch(/^Für die Dosierung von Waschmittel/u);
    expect(texts).not.toContain('Kalk');
  });

  test('guard: words under a label with no text after them stay out', () => {
    const texts = parseArticle(read('word-list-guard.chromium.txt'), { url }).paragraphs.map(
      (p) => p.text,
    );
    expect(texts).not.toContain('Kalk');
    expect(texts).not.toContain('Osmose');
  });
});
