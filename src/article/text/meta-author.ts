/**
 * Recogniser: the author a listing unit's meta line names beside its date,
 * before it (`Par X | 02/04/2024`, `by X - March 28, 2024`, `By X, on …`, `بقلم X | 6 دجنبر 2026`) or
 * after it (`Posted on March 4, 2019 by X`, `Publié le 12 mars 2025 par X`);
 * or with no label, a mark parting the name from the date (`12 novembre 2026
 * · Youssef Alami`, `Leïla Tazi | 10/11/2026`), a person's name whose first
 * word is a known first name (a rubric there, `Afrique Monde`, is none), in
 * Arabic too (`يوسف الإدريسي · 5 ديسمبر 2026`: a script with no capitals).
 */
import { nameLike } from '../recognisers/byline.js';
import { spacedWords } from '../recognisers/deck.js';
import type { TextDoc } from './doc.js';
import { knownFirstName, nameLine } from './header.js';

/** A byline ahead of a date on one meta line: the label, the name, a separator (`Par X | `, `by X - `, `By X, on `). */
const BYLINE_BEFORE_DATE = /^(?:[Pp]ar|[Bb]y|بواسطة|بقلم|كتب):? (.+?) ?[|–—,-] ?(?:le |on )?$/u;
/** A byline closing a meta line after its date. */
const BYLINE_AFTER_DATE = /^,? (?:[Pp]ar|[Bb]y|بواسطة|بقلم|كتب):? ([^|,]+)$/u;
/** Longest label before a date that a byline after it may close (`Posted on `, `Publié le `). */
const MAX_LABEL = 25;
/** A name with no label closing a meta line after its date, a mark between (` · X`, ` | X`, ` — X`). */
const NAME_AFTER_DATE = /^ ?[·•|–—-] ([\p{Lu}\p{Script=Arabic}][^|·•]*)$/u;
/** A name with no label opening a meta line before its date, a mark between (`X · `, `X | `, `X — `). */
const NAME_BEFORE_DATE = /^([\p{Lu}\p{Script=Arabic}][^|·•]*?) [·•|–—-] ?$/u;

/**
 * `name` when it is a person's, its first word a known first name (`Youssef Alami`, not `Afrique Monde`), or a
 * name the page prints alone on a line of its own (`alone`: an author's archive heads its list with the name).
 */
function person(
  name: string | undefined,
  alone: ReadonlySet<string> | undefined,
): string | undefined {
  return name !== undefined && nameLine(name) && (knownFirstName(name) || alone?.has(name))
    ? name
    : undefined;
}

/** The name a meta line signs around its date at `date`, or undefined; `alone`: see {@link person}. */
export function metaAuthor(
  text: string,
  date: { start: number; end: number },
  alone?: ReadonlySet<string>,
): string | undefined {
  const before = BYLINE_BEFORE_DATE.exec(text.slice(0, date.start))?.[1];
  const after =
    date.start <= MAX_LABEL ? BYLINE_AFTER_DATE.exec(text.slice(date.end))?.[1] : undefined;
  const name = before ?? after;
  if (name) return nameLike(name) ? name : undefined;
  // No label: a person's name alone on the date's other side, a mark between.
  if (date.start === 0) return person(NAME_AFTER_DATE.exec(text.slice(date.end))?.[1], alone);
  return date.end === text.length
    ? person(NAME_BEFORE_DATE.exec(text.slice(0, date.start))?.[1], alone)
    : undefined;
}

/** Whether a meta line closes with a byline after its date at `date` (then the date need not fill the line). */
export function signedAfterDate(text: string, date: { start: number; end: number }): boolean {
  return date.start <= MAX_LABEL && BYLINE_AFTER_DATE.test(text.slice(date.end));
}

/**
 * Names printed alone on a line with no short line beside it (an author's archive heads its list with the name,
 * over the author's trade; a menu printed one entry a line has short lines around each): an unlabelled name on a
 * unit's meta line that is one of them signs the unit (`هادية الغربي · 5 ديسمبر 2026`).
 */
export function namesAlone(doc: TextDoc): ReadonlySet<string> {
  const names = new Set<string>();
  const short = (k: number): boolean => {
    const t = doc.blocks[k]?.text;
    return t !== undefined && spacedWords(t) <= MENU_ENTRY_WORDS;
  };
  for (const b of doc.blocks)
    if (
      b.text.length <= NAME_ALONE_MAX &&
      !short(b.index - 1) &&
      !short(b.index + 1) &&
      nameLine(b.text)
    )
      names.add(b.text);
  return names;
}

/** Longest name read alone on its line. */
const NAME_ALONE_MAX = 40;
/** Most words of a menu's entry printed alone on its line. */
const MENU_ENTRY_WORDS = 2;
