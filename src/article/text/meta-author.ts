/**
 * Recogniser: the author a listing unit's meta line names beside its date,
 * before it (`Par X | 02/04/2024`, `by X - March 28, 2024`, `By X, on …`) or
 * after it (`Posted on March 4, 2019 by X`, `Publié le 12 mars 2025 par X`).
 */
import { nameLike } from '../recognisers/byline.js';

/** A byline ahead of a date on one meta line: the label, the name, a separator (`Par X | `, `by X - `, `By X, on `). */
const BYLINE_BEFORE_DATE = /^(?:[Pp]ar|[Bb]y|بواسطة) (.+?) ?[|–—,-] ?(?:le |on )?$/u;
/** A byline closing a meta line after its date. */
const BYLINE_AFTER_DATE = /^,? (?:[Pp]ar|[Bb]y|بواسطة) ([^|,]+)$/u;
/** Longest label before a date that a byline after it may close (`Posted on `, `Publié le `). */
const MAX_LABEL = 25;

/** The name a meta line signs around its date at `date`, or undefined. */
export function metaAuthor(text: string, date: { start: number; end: number }): string | undefined {
  const before = BYLINE_BEFORE_DATE.exec(text.slice(0, date.start))?.[1];
  const after =
    date.start <= MAX_LABEL ? BYLINE_AFTER_DATE.exec(text.slice(date.end))?.[1] : undefined;
  const name = before ?? after;
  return name && nameLike(name) ? name : undefined;
}

/** Whether a meta line closes with a byline after its date at `date` (then the date need not fill the line). */
export function signedAfterDate(text: string, date: { start: number; end: number }): boolean {
  return date.start <= MAX_LABEL && BYLINE_AFTER_DATE.test(text.slice(date.end));
}
