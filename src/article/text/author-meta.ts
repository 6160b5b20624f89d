/**
 * Recogniser: the lines a header prints between an author's name and its
 * date, which belong to the author (`Charlotte Elsen` ⏎ `—` ⏎ `31. Oktober
 * 2023`; `Andrew Woodcock` ⏎ `Political Editor` ⏎ `@andywoodcock` ⏎ `Monday
 * 28 September 2020 19:27`): a separator alone, the author's trade, a handle,
 * an e-mail address. Shape and the shared trade vocabulary, no site's wording.
 */
import { isTradeLine } from '../../furniture/bio.js';
import type { Block } from '../../input/block.js';
import type { TextDoc } from './doc.js';

/** Most of the author's own lines read between the name and its date. */
const MAX_META_LINES = 2;
/** A separator alone on its line (`—`, `|`, `·`, `•`, `-`, `/`). */
const LONE_SEPARATOR = /^[-–—|·•/]$/u;
/** A handle as a header prints it under the name (`@andywoodcock`). */
const HANDLE = /^@\w{2,30}$/u;
/** An e-mail address alone (`name@example.com`): one `@`, a dot in the domain, no space. */
const EMAIL = /^[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}$/u;

/** Whether a line is the author's own under the name: a lone separator, the trade, a handle, an e-mail address. */
export function authorMetaLine(text: string): boolean {
  const t = text.trim();
  return LONE_SEPARATOR.test(t) || HANDLE.test(t) || EMAIL.test(t) || isTradeLine(t);
}

/**
 * The block after the name at block `k` once the author's own lines under it
 * are passed (one or two of them); undefined when none stands there, so the
 * caller's test of the line right after the name is not made twice.
 */
export function afterAuthorMeta(doc: TextDoc, k: number): string | undefined {
  let j = k + 1;
  while (j <= k + MAX_META_LINES && authorMetaLine(doc.blocks[j]?.text ?? '')) j++;
  return j > k + 1 ? doc.blocks[j]?.text : undefined;
}

/**
 * The block over the author's own lines above block `k` (`Ben Silverman` over `Games Editor` over
 * `Yahoo FinanceOctober 13, 2016`): one or two of them, then the block above; undefined when no such
 * line stands right above `k`. The caller tells whether that block is a person's name.
 */
export function aboveAuthorMeta(doc: TextDoc, k: number): Block | undefined {
  let j = k - 1;
  while (j >= k - MAX_META_LINES && j >= 0 && authorMetaLine(doc.blocks[j]?.text ?? '')) j--;
  return j < k - 1 ? doc.blocks[j] : undefined;
}
