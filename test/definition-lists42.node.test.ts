/**
 * A definition list under its heading right under the body's last paragraph
 * (blind round 42r's `fr-mairie`, opening hours): browsers and w3m print each
 * `<dt>` over its `<dd>` with no blank line, and the body's reader leaves the
 * lone-word term out as a menu's entry, so the headed lists' rule
 * (`withHeadedLists`, body-region.ts) saw no list: a term over its value is
 * now one item (`termAt`). The sentence under the list holds it in the text,
 * and only it: a box under that sentence (`Coming up` over two events, a
 * charity's footer line under them) is held by nothing of the story's and
 * stays out. Synthetic page in test/fixtures/tblind42r/definition-lists/ (a
 * museum's news post), rendered by bench/probes/render.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'tblind42r', 'definition-lists');
const url = 'https://www.pellworth-mill.example/news/winter-opening';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a definition list and the sentence under it', () => {
  for (const r of ['chromium', 'w3m', 'lynx'] as const) {
    test(`${r}: the heading, the values and the sentence are the text's; the box under them is not`, () => {
      const a = parseArticle(readFileSync(join(dir, `en-museum.${r}.txt`), 'utf8'), { url });
      const text = squash(a.text);
      for (const line of [
        'Winter hours',
        '11 am to 3 pm',
        '10 am to 4 pm, last entry 3.30 pm',
        'The mill wheel will not turn during the winter months, but the grinding floor stays open to visitors.',
      ])
        expect(text).toContain(line);
      expect(text).not.toContain('Carols in the mill yard');
      expect(text).not.toContain('registered charity');
    });
  }
});
