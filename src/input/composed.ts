/**
 * A view of a text written in decomposed Unicode (NFD: `e` + U+0301 for `é`,
 * `ا` + U+0654 for `أ`, a Hangul syllable as its letters, as some editors,
 * file systems and pipelines save it)
 * with each decomposed letter composed (NFC), so that the recognisers, whose
 * tables and patterns spell letters composed, read it as they read any other
 * text. The HTML path composes its paragraphs the same way (`composed` in
 * `html/body.ts`). Offsets found in the view are taken back to the input by
 * {@link ComposedView.toInput}.
 */
import { type Cuts, throughCuts } from './cut-map.js';

/**
 * A mark a decomposed letter is written with: Latin accents (U+0300–U+036F), Arabic madda and hamza
 * (U+0653–U+0655), a Hangul syllable's vowel and final (U+1161–U+11C2), the kana voicing marks (U+3099–U+309A).
 */
const MARK = /[\u0300-\u036f\u0653-\u0655\u1161-\u11c2\u3099\u309a]/;

function isMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x653 && c <= 0x655) ||
    (c >= 0x1161 && c <= 0x11c2) ||
    c === 0x3099 ||
    c === 0x309a
  );
}

/** A text with its decomposed letters composed. */
export interface ComposedView {
  /** The text, each letter and its marks composed where Unicode has one character for them. */
  text: string;
  /** The input's offset of offset `at` of {@link ComposedView.text}. */
  toInput(at: number): number;
}

/**
 * `input` with each letter and the marks after it composed (NFC, one letter at
 * a time), or undefined when it holds no mark that composes with its letter.
 * One native search when it holds none; else one pass over the input.
 */
export function composedView(input: string): ComposedView | undefined {
  const first = input.search(MARK);
  if (first < 0) return undefined;
  const pieces: string[] = [];
  const cuts: Cuts = { at: [], removed: [] };
  let from = 0;
  let length = 0;
  let dropped = 0;
  for (let i = first; i < input.length; i++) {
    if (!isMark(input.charCodeAt(i))) continue;
    // The letter before the first mark, and every mark after it.
    const start = Math.max(from, i - 1);
    let end = i + 1;
    while (end < input.length && isMark(input.charCodeAt(end))) end++;
    const letter = input.slice(start, end);
    const one = letter.normalize('NFC');
    if (one.length < letter.length) {
      pieces.push(input.slice(from, start), one);
      length += start - from + one.length;
      dropped += letter.length - one.length;
      cuts.at.push(length);
      cuts.removed.push(dropped);
      from = end;
    }
    i = end - 1;
  }
  if (cuts.at.length === 0) return undefined;
  pieces.push(input.slice(from));
  return {
    text: pieces.join(''),
    // An offset at a composed letter's end is the input's offset after its marks.
    toInput: (at: number): number => throughCuts(cuts, at, true),
  };
}
