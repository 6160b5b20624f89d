/**
 * A second body candidate, chosen block by block rather than by container,
 * in the manner of jusText: each block is judged on its own (length, link
 * density, density of function words, the region it sits in), then short and
 * borderline blocks take the verdict of their neighbours. Used when the
 * container vote found next to nothing: a body split over boxes that no one
 * container holds.
 */
import * as F from './flags.js';
import { FUNCTION_WORDS } from './function-words.js';
import type { HtmlBlock } from './walk.js';

/** Verdicts, before and after context. */
const BAD = 0;
const SHORT = 1;
const NEAR = 2;
const GOOD = 3;

/** Regions whose blocks are never prose of the article. */
const NEVER =
  F.NEVER_BODY | F.NAV | F.FOOTER | F.ASIDE | F.COMMENTS | F.RELATED | F.SHARE | F.CAPTION;
/** Below this many characters a block is short: its neighbours decide. */
const SHORT_MAX = 70;
/** From this many characters a dense block is good on its own. */
const LONG_MIN = 200;
/** Above this link density a block is navigation. */
const MAX_LINK_DENSITY = 0.2;
/** Function-word density of good prose, and of borderline prose. */
const DENSE = 0.25;
const NEAR_DENSE = 0.18;

const WORD = /[\p{L}\p{M}]+/gu;

/** Share of the words of `text` that are function words. */
export function functionWordDensity(text: string): number {
  let all = 0;
  let hits = 0;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    all++;
    if (FUNCTION_WORDS.has(m[0])) hits++;
  }
  return all === 0 ? 0 : hits / all;
}

/** The verdict on one block, alone. */
function judge(b: HtmlBlock): number {
  if ((b.flags & NEVER) !== 0) return BAD;
  const n = b.text.length;
  if (b.linkChars > MAX_LINK_DENSITY * n) return BAD;
  if (/©|copyright/i.test(b.text)) return BAD;
  if (n < SHORT_MAX) return b.linkChars > 0 ? BAD : SHORT;
  const d = functionWordDensity(b.text);
  if (d >= DENSE) return n >= LONG_MIN ? GOOD : NEAR;
  return d >= NEAR_DENSE ? NEAR : BAD;
}

/** For each block, the nearest verdict that is not short before it (`forward`) or after it; BAD past the ends. One pass. */
function nearest(v: Uint8Array, forward: boolean): Uint8Array {
  const out = new Uint8Array(v.length);
  let last = BAD;
  for (let k = 0; k < v.length; k++) {
    const i = forward ? k : v.length - 1 - k;
    out[i] = last;
    const x = v[i] ?? BAD;
    if (x !== SHORT) last = x;
  }
  return out;
}

/**
 * The blocks judged prose, in document order. Borderline blocks next to a
 * good one are good; short blocks between two good ones are good; a heading
 * right before a good block is kept.
 */
export function proseBlocks(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  const v = new Uint8Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    v[i] = b ? judge(b) : BAD;
  }
  // Context: borderline blocks take it from the verdicts alone, then short ones from the settled verdicts.
  let prev = nearest(v, true);
  let next = nearest(v, false);
  const after = Uint8Array.from(v);
  for (let i = 0; i < v.length; i++)
    if (v[i] === NEAR) after[i] = prev[i] === GOOD || next[i] === GOOD ? GOOD : BAD;
  prev = nearest(after, true);
  next = nearest(after, false);
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== SHORT) continue;
    const heading = ((blocks[i]?.flags ?? 0) & F.HEADING) !== 0;
    after[i] = (prev[i] === GOOD || heading) && next[i] === GOOD ? GOOD : BAD;
  }
  const out: HtmlBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b && after[i] === GOOD) out.push(b);
  }
  return out;
}
