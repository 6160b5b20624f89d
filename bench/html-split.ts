/**
 * A fixed split of each benchmark's dev pages: about two thirds to tune rules
 * on, one third to check them on. A page's side is a hash of its key (file
 * name or id), so it never changes between runs, machines or page orders.
 */

/** Which pages a run scores. */
export type Split = 'tune' | 'check' | 'all';

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The side of the split a page with this key falls on: "check" for one hash value in three. */
export function splitOf(key: string): 'tune' | 'check' {
  return fnv1a(key) % 3 === 0 ? 'check' : 'tune';
}
