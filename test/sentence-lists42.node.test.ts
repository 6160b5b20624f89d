/**
 * A subheading over a bulleted list of sentences at the story's end (blind
 * round 42r's `ar-minha`): the body's run holds them, and the body's tail
 * trimmer (`trimBodyEdges`, body-edges.ts) cut at the subheading, a short
 * line under the last full paragraph, because only lists whose items open in
 * small letters kept their heading (`ownList`). Items written as sentences
 * closed by their stop, bulleted, line after line, are a list of the text's
 * too, in any case and script. Chromium prints no bullets, and unbulleted
 * sentences line after line under a short line are as often an author's box
 * (a corpus page's), so its render keeps the old reading. Synthetic page in
 * test/fixtures/tblind42r/sentence-lists/ (a library's page), rendered by
 * bench/probes/render.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'tblind42r', 'sentence-lists');
const url = 'https://www.mediatheque-troisrivieres.example/infos/s-inscrire';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a subheading over bulleted sentences at the story end', () => {
  for (const r of ['w3m', 'lynx'] as const) {
    test(`${r}: the subheading and the items stay in the text`, () => {
      const a = parseArticle(readFileSync(join(dir, `fr-mediatheque.${r}.txt`), 'utf8'), { url });
      const text = squash(a.text);
      for (const line of [
        "Conditions d'inscription",
        'Les mineurs doivent présenter une autorisation signée par un parent.',
        "Une pièce d'identité est demandée lors de la première visite.",
        'La carte doit être renouvelée chaque année à la même date.',
      ])
        expect(text).toContain(line);
      expect(text).not.toContain('Heure du conte');
      expect(text).not.toContain('12 rue du Moulin');
    });
  }
});
