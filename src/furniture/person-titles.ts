/**
 * Titles printed before a signing author's name (`Par Dr Amel Ben Salah`,
 * `بقلم: الدكتورة سلمى الزواري`): a degree's or a profession's, not part of
 * the name, as the entity guidelines leave titles out of a person's span.
 * Words are data, as written (case and dots kept: `Dr` and `Dr.`).
 */
import { phrases } from '../util/tables.js';

/** The titles, each followed by a space in the byline. */
const TITLES: readonly string[] = /* @__PURE__ */ phrases(
  'Dr|Dr.|Dre|Pr|Pr.|Prof.|Prof|Docteur|Professeur|Doctor|Professor|Me|Maître|' +
    'الدكتور|الدكتورة|د.|الأستاذ|الأستاذة|البروفيسور',
);

/** Fewest words of the name after the title: one word after `Dr` may be a surname used alone. */
const NAME_WORDS = 2;

/** The length of a title and its space opening `name` when a name of two words or more follows, else 0. */
export function personTitleLength(name: string): number {
  const space = name.indexOf(' ');
  if (space < 2 || !TITLES.includes(name.slice(0, space))) return 0;
  const rest = name.slice(space + 1);
  return rest.split(' ').length >= NAME_WORDS ? space + 1 : 0;
}
