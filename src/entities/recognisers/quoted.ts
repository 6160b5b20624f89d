/**
 * Recogniser: quoted names, inside the quotes only (guidelines rule 1). A
 * quote after a cue noun takes the cue's type (`le stade « Prince Moulay
 * Abdellah »` → location, `le film « Touda »` → misc); a quoted title-case
 * phrase after `for`/`pour` or beside a work noun is a title of a work (misc):
 * `for "The Mother of All Lies", a documentary`.
 */
import type { EntityType } from '../../types.js';
import { phrases } from '../../util/tables.js';
import type { Candidate, Context } from '../candidate.js';
import { CLOSE_QUOTES, cueBefore, lookupRun, OPEN_QUOTES } from '../name-words.js';

const MAX_WORDS = 10;
const SMALL_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases("of|the|a|an|and|in|on|to|for|de|du|des|la|le|les|l'|d'|et|au|en"),
);
const TITLE_LEADS = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('for|pour|with|avec|in|dans'));

/** Proposes quoted names. */
export function recogniseQuoted(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const open = tokens[i];
    if (open?.kind !== 'punct' || !OPEN_QUOTES.has(open.text)) continue;
    const first = i + 1;
    if (!tokens[first]?.cap) continue;
    let j = first;
    let words = 0;
    let lower = 0;
    while (j < tokens.length && j - first <= MAX_WORDS) {
      const t = tokens[j];
      if (
        !t ||
        t.breakBefore ||
        (t.kind === 'punct' && (CLOSE_QUOTES.has(t.text) || (t.text !== "'" && t.text !== '-')))
      )
        break;
      if (t.kind === 'word') {
        words++;
        if (!t.cap && !SMALL_WORDS.has(t.f)) lower++;
      }
      j++;
    }
    const close = tokens[j];
    if (!close || !CLOSE_QUOTES.has(close.text) || j === first) continue;
    const last = j - 1;
    if (lookupRun(ctx, first, last)) continue; // the name recogniser reads known names
    const type = quotedType(ctx, i, j, words, lower);
    const a = tokens[first];
    const b = tokens[last];
    if (!type || !a || !b) continue;
    out.push({ type, start: a.start, end: b.end, priority: 3 });
    i = j;
  }
  return out;
}

function quotedType(
  ctx: Context,
  open: number,
  close: number,
  words: number,
  lower: number,
): EntityType | undefined {
  const cue = cueBefore(ctx, open + 1);
  if (cue) return cue;
  const { tokens } = ctx;
  const works = ctx.lex.cues.works;
  // `, a documentary` / `, un documentaire` after the closing quote.
  const k = tokens[close + 1]?.text === ',' ? close + 2 : close + 1;
  const det = tokens[k]?.f ?? '';
  const afterWork =
    (det === 'a' ||
      det === 'an' ||
      det === 'un' ||
      det === 'une' ||
      det === 'le' ||
      det === 'la') &&
    works.has(tokens[k + 1]?.f ?? '');
  const before = tokens[open - 1];
  const titleCase = words >= 2 && lower === 0;
  if (afterWork && lower <= 1) return 'misc';
  // `le titre « Lm3allem »`, `le roman « Houris »`
  if (before && works.has(before.f) && lower <= 1) return 'misc';
  if (titleCase && before && TITLE_LEADS.has(before.f)) return 'misc';
  return undefined;
}
