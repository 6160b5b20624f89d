/**
 * A review's lists under one-word headings (`Avantages` ⏎ items ⏎
 * `Inconvénients` ⏎ items), then the verdict's sentence
 * (`Une tente de randonnée réussie, …`): the text's, though each line weighs
 * against the body. The body's reader leaves a lone word out as a menu entry,
 * so round 39's headed lists took none under such a heading: a lone word (no
 * furniture, no teaser heading) now heads one (`withHeadedLists`,
 * article/text/body-region.ts). Guard: a workshop's menus under its news post
 * (`Cours`, `Boutique`), then a lone word over a newsletter's pitch (`Infos`),
 * stay out. Synthetic pages in test/fixtures/body39b/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'body39b', name), 'utf8');

const TENT = 'https://www.campeur-malin.example/tests/randonnee/test-tente-altair-2';
const REVIEW_TAIL = [
  "La pluie d'orage n'est jamais entrée dans la chambre.",
  'Avantages',
  'Très légère pour deux places',
  'Montage rapide et intuitif',
  'Bonne tenue sous la pluie',
  'Inconvénients',
  'Abside étroite pour deux sacs',
  'Condensation par nuit froide',
  'Une tente de randonnée réussie, à condition de voyager léger et de bien aérer.',
];

describe('a review: lists under one-word headings, then the verdict', () => {
  for (const r of ['w3m', 'chromium']) {
    test(`a tent review (${r}): the lists and the verdict are the text, the bio is not`, () => {
      const a = parseArticle(read(`tente.${r}.txt`), { url: TENT });
      const body = a.paragraphs.map((p) => p.text);
      expect(body[0]).toBe("L'Altaïr 2 pèse un peu moins de deux kilos avec ses sardines.");
      expect(body.slice(3)).toEqual(REVIEW_TAIL);
      expect(a.text).not.toContain('Romain Castel teste');
    });
  }

  test("guard: a workshop's menus, and a lone word over a newsletter's pitch, stay out", () => {
    const a = parseArticle(read('atelier-menu.w3m.txt'), {
      url: 'https://www.atelier-boisvif.example/actualites/portes-ouvertes-14-juin',
    });
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      "L'atelier ouvre ses portes le samedi 14 juin, de dix heures à dix-huit heures.",
      'Vous pourrez voir travailler nos ébénistes et essayer le tour à bois.',
      'Les enfants pourront fabriquer un petit nichoir à emporter.',
    ]);
  });
});
