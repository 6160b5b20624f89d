/**
 * An inline related link printed right under its paragraph (issue 10,
 * session 37, blind round 37g: a German regional paper, lynx). lynx prints a
 * box after a `<p>` with no blank line between, and a hard-wrapped dump's
 * lines are joined back into paragraphs; a line of known furniture under a
 * sentence's end already opened a block of its own, but only up to 60
 * characters, so a related label with a long headline (`Mehr zum Thema
 * <headline>`) was joined to the paragraph above and stayed in the body. A
 * line under a sentence's end that is a related link, its headline opening
 * with a capital, now opens a block (`input/wrapped.ts`, `relatedLineAt` in
 * `article/recognisers/related.ts`). A sentence of the paragraph opening with
 * the same words (`Lesen Sie auch die Stellungnahme …`) stays in it.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37g/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37g/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37g/${name}`] ?? '';
const url = 'https://www.weserland-bote.example/lokales/kirchdorf/radweg-nach-hohenfeld-id125.html';

describe('an inline related link right under its paragraph (lynx)', () => {
  const a = parseArticle(read('related-under-paragraph.lynx.txt'), { url });

  test('the link leaves the paragraph; its headline is a related link', () => {
    expect(a.paragraphs[0]?.text).toMatch(/an eine Baufirma aus der Region vergeben\.$/);
    expect(a.text).not.toMatch(/Mehr zum Thema|Wo die nächsten Lücken/);
    expect(a.related?.map((r) => r.title)).toContain(
      'Radverkehr im Landkreis: Wo die nächsten Lücken geschlossen werden',
    );
  });

  test('guard: a sentence of the paragraph opening with the label’s words stays in it', () => {
    expect(a.paragraphs.at(-1)?.text).toMatch(
      /pflanzen\. Lesen Sie auch die Stellungnahme des Naturschutzbundes auf Seite drei, der die Fällungen im Frühjahr scharf kritisiert hatte\.$/,
    );
  });
});
