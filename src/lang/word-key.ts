/**
 * A short word of ASCII letters as one number, so word lists can be looked up
 * in a set of numbers without slicing or lower-casing the text.
 */

/**
 * The word `text[start, end)` as a number: each letter lower-cased and read as
 * a base-32 digit from 1 (`a`) to 26 (`z`), or -1 when a character is not an
 * ASCII letter. One number per word (no digit is 0), exact up to ten letters.
 */
export function asciiWordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    const lower = text.charCodeAt(i) | 0x20;
    if (lower < 0x61 || lower > 0x7a) return -1;
    key = key * 32 + (lower - 0x60);
  }
  return key;
}

/** A word of ASCII small letters only. */
const ASCII_WORD = /^[a-z]+$/;

/**
 * The entries of `table` whose words are of ASCII small letters only (and at most `longest` of them), each word
 * as its {@link asciiWordKey} number: what a {@link WordKeyTable} is built from.
 */
export function asciiKeyed<T>(
  table: Iterable<readonly [string, T]>,
  longest = Number.POSITIVE_INFINITY,
): Array<readonly [number, T]> {
  const out: Array<readonly [number, T]> = [];
  for (const [w, value] of table)
    if (ASCII_WORD.test(w) && w.length <= longest) out.push([asciiWordKey(w, 0, w.length), value]);
  return out;
}

/**
 * A fixed table from {@link asciiWordKey} numbers to small whole numbers:
 * open addressing over typed arrays, so a lookup hashes no number object (keys
 * of seven letters and more are past the small-integer range, which a `Map`
 * hashes as doubles). Built once from a word list; never grows.
 */
export class WordKeyTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  /** A table of `entries` (`asciiWordKey` numbers, which are positive, and their values). */
  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of list) {
      let i = slot(key) & this.mask;
      while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.values[i] = value;
    }
  }

  /** The value of `key`, or `missing` when the table does not hold it. */
  get(key: number, missing: number): number {
    let i = slot(key) & this.mask;
    for (;;) {
      const k = this.keys[i] ?? -1;
      if (k === key) return this.values[i] ?? missing;
      if (k === -1) return missing;
      i = (i + 1) & this.mask;
    }
  }
}

/** Where a key starts looking in a {@link WordKeyTable}: its low 32 bits and the bits above (keys reach 2^50), mixed. */
function slot(key: number): number {
  return Math.imul((key | 0) ^ ((key / 0x100000000) | 0), 0x9e3779b1) >>> 12;
}
