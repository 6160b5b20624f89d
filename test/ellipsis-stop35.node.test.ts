/**
 * A line ending with an ellipsis (`…`) stops as one ending with `...` does
 * when the text's wrap is read: a WET listing whose excerpts end with `…`,
 * one line per block, is no hard-wrapped text whose excerpts would be joined
 * to the dates under them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { splitLines } from '../src/input/text-blocks.js';
import { unwrap } from '../src/input/wrapped.js';

/** Blind round 27's Arabic section front: headline, byline, an excerpt ending ` ...`, a date; one line per block. */
const SECTION_FRONT = readFileSync(
  new URL('./fixtures/dumps-blind27/ar-section-front-bqalam-units.txt', import.meta.url),
  'utf8',
);

const UNITS: Array<[string, string]> = [
  [
    'Le port de Nador West Med accueille ses premiers navires',
    'Les premières escales commerciales sont attendues avant la fin de l’année, selon l’Agence nationale des ports, qui table sur une montée en charge progressive du terminal',
  ],
  [
    'Sécheresse : les barrages du Sud à moins de vingt pour cent',
    'Le taux de remplissage des retenues du Souss et du Drâa reste préoccupant malgré les pluies de mars, et les autorités appellent à de nouvelles restrictions sur l’irrigation',
  ],
  [
    'Les exportations d’agrumes reculent pour la deuxième saison',
    'Les producteurs de l’Oriental évoquent la concurrence égyptienne et la hausse des coûts du transport maritime vers les marchés européens pour expliquer cette baisse',
  ],
  [
    'Rabat lance un appel d’offres pour le tramway de Salé-Sud',
    'Le marché porte sur la construction de quatorze stations et d’un centre de maintenance, pour une mise en service prévue à l’horizon de la Coupe du monde de football',
  ],
  [
    'Tourisme : Marrakech retrouve ses chiffres d’avant la crise',
    'Les nuitées enregistrées dans les établissements classés de la ville ont dépassé celles de la même période de l’année dernière, portées par les marchés britannique et espagnol',
  ],
];

/** A WET-shaped listing: one line per block, no blank line, each excerpt ending with `ending`. */
const listing = (ending: string): string =>
  [
    'Accueil',
    'Économie',
    'Économie',
    ...UNITS.flatMap(([title, excerpt], i) => [title, `${excerpt}${ending}`, `1${i} mars 2025`]),
    '© 2025 Le Journal. Tous droits réservés.',
  ].join('\n');

describe('excerpts ending with an ellipsis, one line per block', () => {
  test('an Arabic section front whose excerpts end with ` …`: its five units, not one joined text', () => {
    expect(parseArticle(SECTION_FRONT).items).toHaveLength(5);
    const a = parseArticle(SECTION_FRONT.replaceAll('...', '…'));
    expect(a.kind).toBe('listing');
    expect(a.items).toHaveLength(5);
  });

  test('lines ending with `…` or the Arabic `؟` are not read as a hard wrap', () => {
    for (const end of [' …', '؟', ' ؟']) {
      const text = SECTION_FRONT.replaceAll(' ...', end);
      expect(unwrap(text, splitLines(text)), JSON.stringify(end)).toBeUndefined();
    }
  });

  test('French `…` after a space: a listing of five items (guard: a cased script was read so before)', () => {
    const a = parseArticle(listing(' …'));
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(UNITS.map(([t]) => t));
  });

  test('French `…` glued to the last word (guard)', () => {
    const a = parseArticle(listing('…'));
    expect(a.kind).toBe('listing');
    expect(a.items).toHaveLength(5);
  });

  test('`...` reads the same (guard)', () => {
    const a = parseArticle(listing(' ...'));
    expect(a.kind).toBe('listing');
    expect(a.items).toHaveLength(5);
  });
});
