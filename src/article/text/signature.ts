/**
 * Refiner: the article's signature right under its last paragraph, where
 * blogs and some news sites print who wrote it and when (`Written by X, PhD
 * on April 29, 2018`; a name over its date line, `Redaktion` ⏎ `1. November
 * 2023 10:29`). Read only on the two blocks after the body: further down,
 * names and dates are comments' and teasers'.
 */
import { isInterfaceLine } from '../../furniture/interface.js';
import type { Block } from '../../input/block.js';
import { bylineName, INTERVIEWER, nameLike, recogniseByline } from '../recognisers/byline.js';
import { type DateChoice, dateIn, shortDateLine } from './date.js';
import { bodyLike, isFree, type TextDoc } from './doc.js';
import { knownFirstName, type NameSpan, personLine } from './header.js';

/** Blocks after the body's last read for its signature. */
const SIGNATURE_REACH = 2;
/** Longest line read as a signature's name over its date. */
const SIGNATURE_NAME = 40;
/** One capitalised word of letters (a first name, a desk: `Benni`, `Redaktion`). */
const ONE_NAME = /^\p{Lu}[\p{L}'’-]{1,24}$/u;

/** What a block after the body signs: the name and the date, when it is a signature. */
interface Signature {
  name?: NameSpan;
  date?: DateChoice;
}

/** A labelled byline with its date on the line, or a name line over a line that is mostly a date. */
function signatureAt(doc: TextDoc, b: Block): Signature | undefined {
  const byline = recogniseByline(b);
  const name = bylineName(byline);
  if (byline && name) {
    const date = dateIn(doc, b, byline.restStart, b.end);
    if (date) return { name, date };
    return INTERVIEWER.test(b.text) ? { name } : undefined;
  }
  const t = b.text;
  if (t.length > SIGNATURE_NAME || !nameLike(t) || isInterfaceLine(t)) return undefined;
  const person = personLine(t);
  if (!person && !ONE_NAME.test(t)) return undefined;
  const next = doc.blocks[b.index + 1];
  const date = next && shortDateLine(doc, next);
  if (!date) return undefined;
  // A one-word name (a first name, a desk) dates the article, but names no author.
  return person ? { name: { text: t, start: b.start, end: b.end }, date } : { date };
}

/** The signature under the body's last block (`last`), if one of the next two blocks is one. */
function signatureAfter(doc: TextDoc, last: number): Signature | undefined {
  if (last < 0) return undefined;
  for (let k = last + 1; k <= last + SIGNATURE_REACH; k++) {
    const b = doc.blocks[k];
    const s = b && signatureAt(doc, b);
    if (s) return s;
  }
  return undefined;
}

/** The date the signature under the body gives. */
export function signatureDate(doc: TextDoc, last: number): DateChoice | undefined {
  return signatureAfter(doc, last)?.date;
}

/** The author the signature under the body names (a one-word name is not read as one). */
export function signatureAuthor(doc: TextDoc, last: number): NameSpan | undefined {
  return signatureAfter(doc, last)?.name;
}

/**
 * The author's name alone right under the last paragraph, where French and
 * Arabic news sites sign (`Amina Saidi`, `أمينة السعيدي`), nothing of the
 * article after it: a person's name opening with a known first name (a
 * subheading or a footer link is shaped like a name too), no date needed.
 */
export function nameUnderBody(doc: TextDoc, last: number): NameSpan | undefined {
  const b = doc.blocks[last + 1];
  // The body's end leaves the lines under it to the page's boilerplate: a line another reader took is not read.
  const role = b && doc.roles.get(b.index);
  if (!b || (role !== undefined && role !== 'boilerplate') || b.text.length > SIGNATURE_NAME)
    return undefined;
  if (!personLine(b.text) || !knownFirstName(b.text)) return undefined;
  // The article does not go on under it: a name over a paragraph is a subheading's or a quote's.
  const next = doc.blocks[last + 2];
  if (next && isFree(doc, next) && bodyLike(next.text)) return undefined;
  if (bodyNames(doc, last, b.text)) return undefined;
  return { text: b.text, start: b.start, end: b.end };
}

/**
 * Whether the body up to block `last` names the person in full: a name under the body that the body
 * speaks of (`Seit 2012 ist Anna Meier …`) is its subject's (an interviewee's, a portrait's), not the
 * author's signature.
 */
function bodyNames(doc: TextDoc, last: number, name: string): boolean {
  for (let i = 0; i <= last; i++) {
    const block = doc.blocks[i];
    if (block && doc.roles.get(i) === 'body' && block.text.includes(name)) return true;
  }
  return false;
}
