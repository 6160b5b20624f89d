/**
 * Refiner: a byline naming several people on one line (`Stella Kim and
 * Jennifer Jett`, `Alexandre Hervaud et Jérémy Piette`, `X, Y und Z`) gives
 * one author each, with its own span. Split only when every part is a
 * person's name of two words or more, so `Smith & Wesson` or a desk's name
 * stays whole.
 */
import { type NameSpan, nameLine } from './header.js';

/** Words joining the last two names (with their spaces). */
const JOINERS = [' and ', ' et ', ' und ', ' y ', ' e ', ' & ', ' og ', ' i '];
/** Most names read on one byline. */
const MAX_NAMES = 5;

/** The names in `author`'s text, each with its span; the author alone when it names one person. */
export function coAuthors(author: NameSpan): NameSpan[] {
  const parts: NameSpan[] = [];
  let from = 0;
  const text = author.text;
  // Commas first (`X, Y and Z`), then the joiner before the last name.
  for (let i = 0; i <= text.length; i++) {
    const joiner = i < text.length ? joinerAt(text, i) : 0;
    if (i < text.length && joiner === 0) continue;
    const piece = text.slice(from, i);
    const start = author.start + from;
    parts.push({ text: piece, start, end: start + piece.length });
    if (parts.length > MAX_NAMES) return [author];
    if (joiner === 0) break; // the text's end
    from = i + joiner;
    i = from - 1;
  }
  if (parts.length < 2 || !parts.every((p) => nameLine(p.text))) return [author];
  return parts;
}

/** Length of a separator between names starting at `i` (`, ` or a joiner), else 0. */
function joinerAt(text: string, i: number): number {
  if (text.charCodeAt(i) === 0x2c && text.charCodeAt(i + 1) === 0x20) return 2;
  if (text.charCodeAt(i) !== 0x20) return 0;
  for (const j of JOINERS) if (text.startsWith(j, i)) return j.length;
  return 0;
}
