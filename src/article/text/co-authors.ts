/**
 * Refiner: a byline naming several people on one line (`Stella Kim and
 * Jennifer Jett`, `Alexandre Hervaud et Jérémy Piette`, `X, Y und Z`) gives
 * one author each, with its own span. Split only when every part is a
 * person's name of two words or more, so `Smith & Wesson` or a desk's name
 * stays whole. The Arabic `و` joins names spaced or glued to the second
 * (`X و Y`, `X وY` when Y opens with a known first name).
 */
import { linkNumberEnd } from '../../text/link-number.js';
import { knownFirstName, type NameSpan, nameLine } from './header.js';

/** Words joining the last two names (with their spaces). */
const JOINERS = [' and ', ' et ', ' und ', ' y ', ' e ', ' & ', ' og ', ' i ', ' و '];
/** Most names read on one byline. */
const MAX_NAMES = 5;

/** The names in `author`'s text, each with its span; the author alone when it names one person. */
export function coAuthors(author: NameSpan): NameSpan[] {
  const text = author.text;
  const parts: NameSpan[] = [];
  const add = (at: number, to: number): void => {
    // A name printed as a link in lynx opens with its number (`[6]Omar Tazi`): the name starts after it.
    const linked = linkNumberEnd(text, at);
    const from = linked > at && linked < to ? linked : at;
    const start = author.start + from;
    parts.push({ text: text.slice(from, to), start, end: start + to - from });
  };
  // Cut at each separator (`, ` between names, a joiner before the last one).
  let from = 0;
  for (let i = 0; i < text.length && parts.length < MAX_NAMES; i++) {
    const joiner = joinerAt(text, i);
    if (joiner === 0) continue;
    add(from, i);
    from = i + joiner;
    i = from - 1;
  }
  if (parts.length === 0 || parts.length >= MAX_NAMES) return [author];
  add(from, text.length);
  return parts.every((p) => nameLine(p.text)) ? parts : [author];
}

/** Length of a separator between names starting at `i` (`, ` or a joiner), else 0. */
function joinerAt(text: string, i: number): number {
  if (text.charCodeAt(i) === 0x2c && text.charCodeAt(i + 1) === 0x20) return 2;
  if (text.charCodeAt(i) !== 0x20) return 0;
  for (const j of JOINERS) if (text.startsWith(j, i)) return j.length;
  return gluedAnd(text, i + 1) ? 2 : 0;
}

/** The Arabic `and`, a letter written glued to the word it joins (`عمر لحلو وسلمى الإدريسي`). */
const ARABIC_AND = 'و';

/**
 * Whether the word at `at` is the Arabic `and` glued to a first name the lexicon knows (`وسلمى`), the word
 * whole no first name itself (`وسام`, `وليد` open with the letter).
 */
function gluedAnd(text: string, at: number): boolean {
  if (text.charAt(at) !== ARABIC_AND) return false;
  const end = text.indexOf(' ', at);
  const word = text.slice(at, end < 0 ? text.length : end);
  return word.length > 2 && knownFirstName(word.slice(1)) && !knownFirstName(word);
}
