/**
 * An event page's opening lines, then its programme under a heading, then
 * the closing sentence (`Venez fêter l'été …` ⏎ `L'entrée est libre pour
 * tous.` ⏎ `Au programme` ⏎ timed items ⏎ `Les bénévoles … s'inscrire …`):
 * the run started under the programme, whose lines weigh against the body,
 * and the opening lines were lost. Lists under their headings right above the
 * run's first block, under a sentence of the text's, now start the body with
 * the lines of the text's above them (`withListsAbove`,
 * article/text/body-region.ts). Guard: a table of contents (numbered entries)
 * between a tutorial's intro and its text stays out. Synthetic pages in
 * test/fixtures/body39b/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'body39b', name), 'utf8');

const FETE = 'https://www.fetes-lanvallon.example/agenda/fete-de-la-saint-jean-2026';

describe('headed lists above the run, under the text’s opening lines', () => {
  for (const r of ['w3m', 'chromium']) {
    test(`a village fête (${r}): the opening lines, the programme and the closing sentence are the text`, () => {
      const a = parseArticle(read(`fete.${r}.txt`), { url: FETE });
      expect(a.paragraphs.map((p) => p.text)).toEqual([
        "Venez fêter l'été avec nous sur la place de l'église.",
        "L'entrée est libre pour tous.",
        'Au programme',
        '18h00 Concours de pétanque en doublettes',
        '19h30 Repas champêtre sous les tilleuls',
        '22h00 Grand feu de la Saint-Jean',
        "Les bénévoles qui veulent aider au montage peuvent s'inscrire à la mairie avant le 15 juin.",
      ]);
    });
  }

  test("guard: a tutorial's table of contents between its intro and its text stays out", () => {
    const a = parseArticle(read('sommaire.w3m.txt'), {
      url: 'https://www.blog-des-parents.example/enfant/cabane-en-carton',
    });
    const body = a.paragraphs.map((p) => p.text);
    expect(body[0]).toBe('Une cabane en carton occupe les enfants tout un après-midi pluvieux.');
    expect(body.at(-1)).toBe(
      "Il ne reste plus qu'à sortir les feutres et la peinture pour décorer la cabane avec les enfants.",
    );
    expect(a.text).not.toContain('Sommaire');
    expect(a.text).not.toContain('Découper les murs et les fenêtres');
  });
});
