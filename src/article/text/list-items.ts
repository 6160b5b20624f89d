/**
 * Refiner: a body paragraph printed behind a list bullet (`* Your email list
 * will begin to grow`, w3m's and lynx's `*`, `+`, a browser copy's `•`) is a
 * list item: its kind says so, and its text and span start after the bullet,
 * which is the renderer's mark, not the article's words.
 */
import type { Paragraph } from '../../types.js';

/** Bullets renderers print before a list item's text: no word of prose starts with one alone. */
const BULLETS = new Set('*+•◦▪□■‣'); // one character each

/** Length of the bullet and the spaces after it opening `text`, or 0. */
export function listBulletLength(text: string): number {
  if (!BULLETS.has(text.charAt(0))) return 0;
  let i = 1;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  // A bullet, one space or more, then the item's text.
  return i > 1 && i < text.length ? i : 0;
}

/** Marks the paragraphs that open with a bullet as list items, their text and span after it. */
export function markListItems(paragraphs: Paragraph[]): void {
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!p) continue;
    const n = listBulletLength(p.text);
    if (n === 0) continue;
    paragraphs[k] = { text: p.text.slice(n), start: p.start + n, end: p.end, kind: 'list-item' };
  }
}
