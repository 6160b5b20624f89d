/**
 * A line's shape, for finding lines a page prints more than once in one pass:
 * a text printed twice has the same shape twice, and most lines' shape comes
 * once, so only lines whose shape repeats are compared or hashed.
 */

/** Slots line shapes are counted in (a power of two). */
export const SHAPE_SLOTS = 4096;

/** A line's shape slot, from its length and three of its characters (a non-empty text). */
export function shapeSlot(text: string): number {
  const n = text.length;
  return (
    (n * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(n >> 1) * 3 + text.charCodeAt(n - 1)) &
    (SHAPE_SLOTS - 1)
  );
}
