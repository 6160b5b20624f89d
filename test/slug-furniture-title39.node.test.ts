/**
 * A site's own page named as its menu names it (`Qui sommes-nous ?` on
 * `…/qui-sommes-nous`): the line is a known menu entry, yet it spells the
 * address's last segment word for word, so it is the page's headline and the
 * first paragraph under it stays in the body (`spellsSlug`,
 * article/text/page-title.ts). Guard: the same entry over a news post with
 * no headline line, on the post's address, is no headline. Synthetic pages in
 * test/fixtures/body39/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'body39', name), 'utf8');

describe('a menu entry spelling the address is the page headline', () => {
  test("a theatre company's about-us page (lynx): `Qui sommes-nous ?` is the title, the first paragraph the body", () => {
    const a = parseArticle(read('qui-sommes-nous.lynx.txt'), {
      url: 'https://www.treteaux-de-loire.example/qui-sommes-nous',
    });
    expect(a.title).toBe('Qui sommes-nous ?');
    expect(a.paragraphs.map((p) => p.text.slice(0, 24))).toEqual([
      'La compagnie a été fondé',
      "Elle compte aujourd'hui ",
      'Nos ateliers accueillent',
    ]);
  });

  test("guard: the entry over a news post, on the post's address, is no title", () => {
    const a = parseArticle(read('qui-sommes-nous-lien.lynx.txt'), {
      url: 'https://www.treteaux-de-loire.example/actualites/salle-comble-malade-imaginaire',
    });
    expect(a.title).not.toBe('Qui sommes-nous ?');
    expect(a.text).toContain('Plus de trois cents spectateurs');
  });
});
