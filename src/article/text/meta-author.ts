/**
 * Recogniser: the author a listing unit's meta line names beside its date,
 * before it (`Par X | 02/04/2024`, `by X - March 28, 2024`, `By X, on …`) or
 * after it (`Posted on March 4, 2019 by X`, `Publié le 12 mars 2025 par X`);
 * or with no label, a mark parting the name from the date (`12 novembre 2026
 * · Youssef Alami`, `Leïla Tazi | 10/11/2026`), a person's name whose first
 * word is a known first name (a rubric there, `Afrique Monde`, is none).
 */
import { nameLike } from '../recognisers/byline.js';
import { knownFirstName, nameLine } from './header.js';

/** A byline ahead of a date on one meta line: the label, the name, a separator (`Par X | `, `by X - `, `By X, on `). */
const BYLINE_BEFORE_DATE = /^(?:[Pp]ar|[Bb]y|بواسطة) (.+?) ?[|–—,-] ?(?:le |on )?$/u;
/** A byline closing a meta line after its date. */
const BYLINE_AFTER_DATE = /^,? (?:[Pp]ar|[Bb]y|بواسطة) ([^|,]+)$/u;
/** Longest label before a date that a byline after it may close (`Posted on `, `Publié le `). */
const MAX_LABEL = 25;
/** A name with no label closing a meta line after its date, a mark between (` · X`, ` | X`, ` — X`). */
const NAME_AFTER_DATE = /^ ?[·•|–—-] (\p{Lu}[^|·•]*)$/u;
/** A name with no label opening a meta line before its date, a mark between (`X · `, `X | `, `X — `). */
const NAME_BEFORE_DATE = /^(\p{Lu}[^|·•]*?) [·•|–—-] ?$/u;

/** `name` when it is a person's, its first word a known first name (`Youssef Alami`, not `Afrique Monde`). */
function person(name: string | undefined): string | undefined {
  return name !== undefined && nameLine(name) && knownFirstName(name) ? name : undefined;
}

/** The name a meta line signs around its date at `date`, or undefined. */
export function metaAuthor(text: string, date: { start: number; end: number }): string | undefined {
  const before = BYLINE_BEFORE_DATE.exec(text.slice(0, date.start))?.[1];
  const after =
    date.start <= MAX_LABEL ? BYLINE_AFTER_DATE.exec(text.slice(date.end))?.[1] : undefined;
  const name = before ?? after;
  if (name) return nameLike(name) ? name : undefined;
  // No label: a person's name alone on the date's other side, a mark between.
  if (date.start === 0) return person(NAME_AFTER_DATE.exec(text.slice(date.end))?.[1]);
  return date.end === text.length
    ? person(NAME_BEFORE_DATE.exec(text.slice(0, date.start))?.[1])
    : undefined;
}

/** Whether a meta line closes with a byline after its date at `date` (then the date need not fill the line). */
export function signedAfterDate(text: string, date: { start: number; end: number }): boolean {
  return date.start <= MAX_LABEL && BYLINE_AFTER_DATE.test(text.slice(date.end));
}
