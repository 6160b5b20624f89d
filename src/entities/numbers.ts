/**
 * Numbers as news writes them: `1 100`, `872.000`, `1.918,6`, `2,34`, `6.5`,
 * `170 000`, Arabic-Indic digits, signs. Read from tokens, so each number costs
 * time proportional to its own length.
 */
import { asciiDigits } from '../dates/iso.js';
import type { Token } from './tokens.js';

/** A number read from tokens `[first, last]`. */
export interface ReadNumber {
  value: number;
  first: number;
  last: number;
  /** Written as a plain integer of 4 digits with no separator (`2025`): maybe a year. */
  yearLike: boolean;
  /** Had a sign token glued in front (`+2,2`, `-1`). */
  signed: boolean;
}

const THIN_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/**
 * Reads the number starting at token `i` (a number token, or a sign glued to
 * one). `lang` decides what a lone `,` or `.` before three digits means.
 */
export function readNumber(
  tokens: readonly Token[],
  i: number,
  text: string,
  lang: string,
): ReadNumber | undefined {
  const first = i;
  let sign = 1;
  let t = tokens[i];
  if (t?.kind === 'punct' && (t.text === '+' || t.text === '-' || t.text === '−')) {
    const next = tokens[i + 1];
    if (next?.kind !== 'number' || next.spaceBefore) return undefined;
    if (t.text !== '+') sign = -1;
    i++;
    t = next;
  }
  if (t?.kind !== 'number') return undefined;
  let intPart = asciiDigits(t.text);
  let fraction = '';
  let last = i;
  let grouped = false;
  // Thousands groups: `1 100`, `170 000`, `872.000`, `1,000` (English).
  for (;;) {
    const sep = tokens[last + 1];
    const group = tokens[last + 2];
    if (group?.kind !== 'number' || group.text.length !== 3) break;
    let isGroup = false;
    if (sep && sep.kind === 'punct' && !sep.spaceBefore && !group.spaceBefore) {
      if (sep.text === '.' && (lang !== 'en' || grouped)) isGroup = true;
      else if (sep.text === ',' && lang === 'en') isGroup = true;
      if (isGroup) {
        const after = tokens[last + 3];
        if (after?.kind === 'number' && !after.spaceBefore) isGroup = false;
      }
    }
    if (isGroup) {
      intPart += asciiDigits(group.text);
      last += 2;
      grouped = true;
      continue;
    }
    break;
  }
  // Space-separated groups: the "separator" is whitespace between two number tokens.
  for (;;) {
    const next = tokens[last + 1];
    if (next?.kind !== 'number' || next.text.length !== 3 || !next.spaceBefore) break;
    const cur = tokens[last];
    if (!cur) break;
    const gap = text.slice(cur.end, next.start);
    if (gap.length !== 1 || !THIN_SPACES.has(gap)) break;
    if (!grouped && intPart.length > 3) break;
    intPart += asciiDigits(next.text);
    last++;
    grouped = true;
  }
  // Decimal part.
  const sep = tokens[last + 1];
  const dec = tokens[last + 2];
  if (sep?.kind === 'punct' && dec?.kind === 'number' && !sep.spaceBefore && !dec.spaceBefore) {
    const isDecimal =
      sep.text === '،' ||
      sep.text === '٫' ||
      (sep.text === ',' && (lang !== 'en' || dec.text.length !== 3)) ||
      (sep.text === '.' && !grouped && (lang === 'en' || dec.text.length !== 3));
    if (isDecimal) {
      fraction = asciiDigits(dec.text);
      last += 2;
    }
  }
  // `-0` reads as zero: a negative zero would not survive JSON (it prints `0`).
  const value = sign * Number(fraction ? `${intPart}.${fraction}` : intPart) || 0;
  if (!Number.isFinite(value)) return undefined;
  return {
    value,
    first,
    last,
    yearLike: !grouped && !fraction && sign === 1 && first === i && intPart.length === 4,
    signed: first !== i,
  };
}
