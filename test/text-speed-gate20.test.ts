import { describe, expect, test } from 'vitest';
import { isFurnitureText } from '../src/article/text/body-region.js';
import { isFurnitureBlock } from '../src/html/furniture.js';

// The notice check walks a line's word starts; it now stops where the rest of the line is shorter
// than the shortest notice phrase. A phrase that ends the line, or fills it, is still found.

/** Prose without any notice phrase, `n` characters long or a little more. */
function prose(n: number): string {
  const words = 'the council met on tuesday and agreed a budget for the coming year'.split(' ');
  let s = '';
  for (let i = 0; s.length < n; i++) s += `${words[i % words.length]} `;
  return s;
}

// Notice phrases of every length class, the shortest ones (ten characters) among them, Latin and Arabic.
const PHRASES = [
  'file size:',
  'have a tip?',
  'newsletters',
  'terms of use',
  'privacy policy',
  'استمع للمقال',
  "conditions generales d'utilisation",
];

describe('furniture check speed (session 20): same answers by cheaper means', () => {
  test('a notice phrase at the very end of a long line is still found', () => {
    for (const phrase of PHRASES)
      for (const n of [120, 121, 150, 200, 250]) {
        const line = prose(n) + phrase;
        if (line.length > 300) continue;
        expect(isFurnitureBlock(line, false), line).toBe(true);
        expect(isFurnitureText(line), line).toBe(true);
      }
  });

  test('a line that is one notice phrase, or a phrase after a word, is found', () => {
    for (const phrase of PHRASES) {
      expect(isFurnitureBlock(phrase, false), phrase).toBe(true);
      expect(isFurnitureBlock(`Read ${phrase}`, false), phrase).toBe(true);
    }
  });

  test('a phrase cut short at the end of the line is no notice', () => {
    for (const phrase of PHRASES)
      for (let cut = 1; cut < 4; cut++) {
        const line = prose(130) + phrase.slice(0, phrase.length - cut);
        expect(isFurnitureBlock(line, false), line).toBe(false);
      }
  });

  test('lines shorter than any notice phrase, and long prose, are no notice', () => {
    for (const line of ['', 'a', 'file', 'file size', 'x '.repeat(5)])
      expect(isFurnitureBlock(line, false), line).toBe(false);
    for (const n of [100, 150, 200, 290])
      expect(isFurnitureBlock(prose(n).trim(), false), `${n}`).toBe(false);
  });
});
