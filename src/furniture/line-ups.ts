/**
 * Recogniser for a team's line-up as a match report's sheet prints it, one
 * team a line: its name and a colon, then the players by line of the
 * formation, the lines parted by dashes and the players of a line by commas
 * (`Team : Keeper - Back, Back, Back, Back - Mid, Mid, Mid - Fwd, Fwd, Fwd.`),
 * a substitution in brackets and a coach's clause after a stop allowed
 * (`Entraîneur : X.`, `Coach: X.`). A squad listed in a sentence (commas
 * only) or prose holds no such run of bare names.
 */

/** Line-ups are one line of a sheet: shortest and longest. */
const MIN_LENGTH = 60;
const MAX_LENGTH = 400;
/** Longest team name before the colon. */
const MAX_LABEL = 40;
/** Fewest lines of the formation (keeper, backs, midfield, forwards: three dashes at least). */
const MIN_GROUPS = 4;
/** Fewest and most players named. */
const MIN_PLAYERS = 10;
const MAX_PLAYERS = 16;
/** Most words of one player's name (`Ait El Haj`). */
const MAX_NAME_WORDS = 3;

/** A word of a name: a capital first (Latin, Greek, Cyrillic) or a script without case (Arabic). */
const NAME_WORD = /^(?:\p{Lu}|\p{Script=Arabic})[\p{L}'’.-]*$/u;

/** The text with its bracketed parts (`(Karimi 75')`) left out. */
function withoutBrackets(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** Whether `item` is one player's name: one to three capitalised words. */
function playerName(item: string): boolean {
  const words = item.split(' ').filter((w) => w.length > 0);
  return (
    words.length > 0 && words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w))
  );
}

/** Whether a whole line is a team's line-up (`Raja CA : Lahlou - Bakkali, Senhaji, … Entraîneur : X.`). */
export function isLineUp(text: string): boolean {
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) return false;
  const colon = text.indexOf(':');
  if (colon < 2 || colon > MAX_LABEL) return false;
  // The formation's lines are parted by dashes: a line with none is read no further (most lines with a colon).
  if (!text.includes(' - ', colon) && !text.includes(' – ', colon)) return false;
  const rest = withoutBrackets(text.slice(colon + 1));
  // The eleven end at the first stop; a coach's clause may follow it.
  const stop = rest.indexOf('. ');
  const list = (stop < 0 ? rest : rest.slice(0, stop)).trim().replace(/\.$/u, '');
  const groups = list.split(/ [-–] /u);
  if (groups.length < MIN_GROUPS) return false;
  let players = 0;
  for (const g of groups)
    for (const item of g.split(/[,،]/u)) {
      if (!playerName(item.trim())) return false;
      players++;
    }
  return players >= MIN_PLAYERS && players <= MAX_PLAYERS;
}
