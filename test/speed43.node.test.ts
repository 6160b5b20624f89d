/**
 * Guards for session 43's speed steps, each changing how a string is read or stored, never what it holds: a block's
 * Latin-1 line on a page that holds wider characters is copied one byte wide (V8 stores every slice of a two-byte
 * string two bytes wide, and reads one-byte strings faster), and a field's text is looked for at its span by a slice
 * compared whole instead of `startsWith` (which V8 reads one character at a time).
 */
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { ownCopy, textBlocks } from '../src/input/text-blocks.js';
import { holdsAt } from '../src/text/chars.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

/** Whether V8 stores `s` one byte a character: its serializer writes such a string under the tag `"` (0x22). */
function storedOneByte(s: string): boolean {
  const bytes = serialize(s);
  let i = 2;
  while (bytes[i] === 0) i++;
  return bytes[i] === 0x22;
}

describe('session 43: block texts hold what the input holds, stored one byte wide when they can be', () => {
  test('every block of every fixture is its range of the input, whatever its width', () => {
    let blocks = 0;
    for (const file of TEXT_FIXTURES) {
      const input = readFileSync(file, 'utf8');
      for (const b of textBlocks(input)) {
        // Column blocks are cut from their lines: their text is still the input's characters there.
        expect(input.slice(b.start, b.end)).toBe(b.text);
        blocks++;
      }
    }
    expect(blocks).toBeGreaterThan(8000);
  });

  test('ownCopy is the slice for every range of a wide line, a Latin-1 one, and either width asked', () => {
    const input = 'Éditorial ⏎ “Quote” — فقرة\nLe président a dit : « non ».\n ab \nx';
    for (let s = 0; s < input.length; s++)
      for (let e = s; e <= input.length; e++) {
        expect(ownCopy(input, s, e)).toBe(input.slice(s, e));
        expect(ownCopy(input, s, e, false)).toBe(input.slice(s, e));
      }
  });

  test('a Latin-1 line of a page holding wider characters is stored one byte wide, a wide line as it is', () => {
    const input =
      'Le président a dit : « non », déjà.\nIt’s a “quote”.\nالرئيس قال\nplain ASCII line here';
    const blocks = textBlocks(input);
    expect(blocks.map((b) => b.text)).toEqual([
      'Le président a dit : « non », déjà.',
      'It’s a “quote”.',
      'الرئيس قال',
      'plain ASCII line here',
    ]);
    expect(storedOneByte(input)).toBe(false);
    expect(blocks.map((b) => storedOneByte(b.text))).toEqual([true, false, false, true]);
  });
});

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
