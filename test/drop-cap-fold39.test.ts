/**
 * A field's text is its slice of the input with the line breaks folded
 * (`foldLineBreaks`), and that holds where a drop cap was joined to its word
 * (`T` ⏎ `he morning …`, `input/drop-caps.ts`): the fold takes the drop cap's
 * line break out as the text path does. The property test's fuzzing found the
 * case in session 39 (`Ἀ` ⏎ `il y a 3 heures…`, a capital alone over a long line
 * in small letters), present since session 36's drop caps.
 */
import { describe, expect, test } from 'vitest';
import { foldLineBreaks, parseArticle } from '../src/index.js';

const sliceBack = (input: string) =>
  parseArticle(input).paragraphs.map((p) => [p.text, foldLineBreaks(input.slice(p.start, p.end))]);

describe('a drop cap joined to its word: the field folds back from its slice', () => {
  test("the fuzzer's counterexample", () => {
    const input = 'Ἀ\nil y a 3 heuresM. Karim Bensaïd<div class="article">       \'';
    for (const [text, folded] of sliceBack(input)) expect(folded).toBe(text);
  });
  test('a magazine page as Chromium copies it', () => {
    const input = [
      'Le voyage',
      '',
      'L',
      'e matin où je suis arrivée à Essaouira, le vent soufflait si fort que les mouettes restaient posées sur les remparts.',
      '',
      "Les pêcheurs, eux, réparaient leurs filets à l'abri des barques bleues, en attendant que la mer se calme.",
      '',
    ].join('\n');
    const pairs = sliceBack(input);
    expect(pairs[0]?.[0]).toMatch(/^Le matin où je suis arrivée/);
    for (const [text, folded] of pairs) expect(folded).toBe(text);
  });
  test('guard: a capital alone over a short line keeps its space', () => {
    expect(foldLineBreaks('A\nabbey')).toBe('A abbey');
  });
});
