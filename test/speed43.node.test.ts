/**
 * Guards for session 43's speed steps, each changing how a string is read or stored, never what it holds: a field's
 * text is looked for at its span by a slice compared whole instead of `startsWith` (which V8 reads one character at
 * a time).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { textBlocks } from '../src/input/text-blocks.js';
import { holdsAt } from '../src/text/chars.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

describe('session 43: holdsAt answers as startsWith', () => {
  test('every block of every fixture at its own start, one character on and one back', () => {
    let asked = 0;
    for (const file of TEXT_FIXTURES) {
      const input = readFileSync(file, 'utf8');
      for (const b of textBlocks(input)) {
        for (const at of [b.start, b.start + 1, Math.max(0, b.start - 1)]) {
          expect(holdsAt(input, b.text, at)).toBe(input.startsWith(b.text, at));
          asked++;
        }
        expect(holdsAt(input, b.text, b.start)).toBe(true);
      }
    }
    expect(asked).toBeGreaterThan(24000);
  });

  test('edges: an empty part, a part running past the end, an offset at or past the end', () => {
    const s = 'Le Monde — 3 mars';
    for (const part of [
      '',
      'e',
      'Le',
      'mars',
      'mars!',
      'Le Monde — 3 mars',
      'Le Monde — 3 mars.',
      '—',
    ])
      for (let at = 0; at <= s.length + 2; at++)
        expect(holdsAt(s, part, at)).toBe(s.startsWith(part, at));
  });
});
