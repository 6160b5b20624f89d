/**
 * The column reader's gate (session 44's second reading): a text with fewer than two lines holding a gap of two
 * spaces between text has no layout columns, and is spared the reader's per-line work. Indents, trailing spaces and
 * a single gap do not open it; two gapped lines do.
 */
import { describe, expect, test } from 'vitest';
import { holdsInnerGaps } from '../src/input/wrapped-columns.js';

describe('holdsInnerGaps', () => {
  test('indents, trailing spaces and one gapped line: no columns possible', () => {
    expect(holdsInnerGaps('   * Accueil\n   * Politique  \nUne ligne  de texte\n\n    Fin')).toBe(
      false,
    );
    expect(holdsInnerGaps('')).toBe(false);
    expect(holdsInnerGaps('a  \r\nb  \r\n')).toBe(false);
  });

  test('two lines with text on both sides of a gap: the reader looks', () => {
    expect(holdsInnerGaps('Accueil      Le port de Tanger\nSport        Med a traité plus')).toBe(
      true,
    );
    expect(holdsInnerGaps('  x  y\n\n  z   w')).toBe(true);
  });
});
