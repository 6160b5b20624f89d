/**
 * Refiner of the body's end: a statement or a letter the article reproduces
 * closes with its place and day (`Algiers, 05 December 2026`, `Rabat, le 4
 * décembre 2026`) and its signatory's office on one short line (`The Minister
 * of Water Resources`, `Le ministère de la Santé`). Short lines the body's walk
 * left out; they are the statement's own text, its last paragraphs. So is a
 * letter's or a post's sign-off right under its last paragraph (`Euer
 * Jugendvorstand`, `والله ولي التوفيق.`).
 */
import { findDates } from '../../dates/find-dates.js';
import { isInterfaceLine } from '../../furniture/interface.js';
import { isMoreHeading, isRelatedBoxHeading } from '../../furniture/teaser-headings.js';
import { isFurnitureBlock } from '../../html/furniture.js';
import type { Block } from '../../input/block.js';
import { isSignOff } from '../../lang/salutations.js';
import type { BodyParts } from './body-refiners.js';
import type { TextDoc } from './doc.js';
import { isPlace } from './places.js';

/** Longest place-and-day line, and longest signatory's line. */
const MAX_PLACE_LINE = 60;
const MAX_SIGNATORY = 60;
/** Most characters between the place's comma and its day (`, le `). */
const MAX_GAP = 5;
/** Fewest and most words of a signatory's office. */
const MIN_WORDS = 2;
const MAX_WORDS = 8;

/** Whether a block is open to the refiner: free, or left out by the body's walk as boilerplate. */
function open(doc: TextDoc, b: Block | undefined): b is Block {
  if (b === undefined) return false;
  const role = doc.roles.get(b.index);
  return role === undefined || role === 'boilerplate';
}

/** What parts a place from its day: a comma (Latin or Arabic), or Arabic's `في` (`الجزائر في 5 ديسمبر 2026`). */
const PLACE_SEPARATORS = [',', '،', ' في '];

/** Where the place ends and its separator's length, or undefined. */
function placeEnd(t: string): [number, number] | undefined {
  for (const sep of PLACE_SEPARATORS) {
    const at = t.indexOf(sep);
    if (at >= 2) return [at, sep.length];
  }
  return undefined;
}

/** `<Place>, <day>`, the day closing the line (`Algiers, 05 December 2026`, `Alger, le 5 décembre 2026`). */
function placeAndDay(doc: TextDoc, t: string): boolean {
  if (t.length > MAX_PLACE_LINE) return false;
  const end = placeEnd(t);
  if (end === undefined || !isPlace(t.slice(0, end[0]))) return false;
  const from = end[0] + end[1];
  const d = findDates(t.slice(from), doc.reference)[0];
  return d !== undefined && !d.relative && d.start <= MAX_GAP && from + d.end === t.length;
}

/** A signatory's office: a few words, no figure, no sentence's end, not the page's furniture or a box's heading. */
function signatory(t: string): boolean {
  if (t.length > MAX_SIGNATORY || /[\d!?:؟]/u.test(t)) return false;
  const words = t.split(' ').length;
  return (
    words >= MIN_WORDS &&
    words <= MAX_WORDS &&
    !isFurnitureBlock(t, false) &&
    !isInterfaceLine(t) &&
    !isMoreHeading(t) &&
    !isRelatedBoxHeading(t)
  );
}

/** Keeps the statement's place and day, and its signatory under them, as the body's last paragraphs. */
export function keepClosingSignature(doc: TextDoc, body: BodyParts): void {
  const last = body.owners[body.owners.length - 1];
  if (last === undefined) return;
  const place = doc.blocks[last + 1];
  if (!open(doc, place) || !placeAndDay(doc, place.text)) return;
  const kept = [place];
  const who = doc.blocks[last + 2];
  if (open(doc, who) && signatory(who.text)) kept.push(who);
  for (const b of kept) keepLast(doc, body, b);
}

/** Adds block `b` to the body as its last paragraph. */
function keepLast(doc: TextDoc, body: BodyParts, b: Block): void {
  body.paragraphs.push({ text: b.text, start: b.start, end: b.end });
  body.owners.push(b.index);
  doc.roles.set(b.index, 'body');
}

/** Keeps a sign-off right under the body's last paragraph (`Eure Abteilungsleitung`) as its last paragraph. */
export function keepClosingSignOff(doc: TextDoc, body: BodyParts): void {
  const last = body.owners[body.owners.length - 1];
  if (last === undefined) return;
  const b = doc.blocks[last + 1];
  if (open(doc, b) && isSignOff(b.text, body.paragraphs)) keepLast(doc, body, b);
}
