/**
 * Recogniser: finance laws and numbered bills, MISC whatever their casing
 * (`loi de finances 2025`, `projet de loi de finances N°60.24`, `loi de
 * finances rectificative pour 2024`, `PLF 2023`, `LFC 2025`). A generic
 * mention without a year or number (`tout projet de loi de finances`) is not one.
 */
import type { Candidate, Context } from '../candidate.js';

const YEAR = /^(?:19|20)\d\d$/;
/** Acronyms of finance laws, followed by a year. */
const LAW_ACRONYMS = new Set(['plf', 'lf', 'lfr', 'lfc', 'plfr', 'plfc']);
const LAW_ADJECTIVES = new Set(['rectificative', 'complementaire', 'initiale', 'organique']);

/** Index of the last token of `N°60.24` / `n° 12-34` / `no 12.34` starting at `i`, or -1. */
function lawNumber(ctx: Context, i: number): number {
  const { tokens } = ctx;
  let j = i;
  const n = tokens[j];
  if (n?.kind !== 'word' || (n.f !== 'n' && n.f !== 'no' && n.f !== 'n°')) return -1;
  j++;
  if (tokens[j]?.text === '°' || tokens[j]?.text === 'º') j++;
  if (tokens[j]?.kind !== 'number') return -1;
  const sep = tokens[j + 1]?.text;
  if (
    (sep === '.' || sep === '-' || sep === '/') &&
    tokens[j + 2]?.kind === 'number' &&
    !tokens[j + 1]?.spaceBefore
  )
    return j + 2;
  return j;
}

/** Index of the last token of a year or law number after the law's name at `i`, or -1. */
function yearOrNumber(ctx: Context, i: number): number {
  const { tokens } = ctx;
  let j = i;
  // `pour 2024`, `pour l'année 2024`, `pour l'exercice 2024`, `de l'année 2024`
  if (tokens[j]?.f === 'pour' || tokens[j]?.f === 'de') {
    j++;
    if (tokens[j]?.f === "l'" && (tokens[j + 1]?.f === 'annee' || tokens[j + 1]?.f === 'exercice'))
      j += 2;
  }
  const t = tokens[j];
  if (t?.kind === 'number' && YEAR.test(t.text)) return j;
  const n = lawNumber(ctx, j);
  return n;
}

/** Proposes finance laws. */
export function recogniseLaws(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word') continue;
    let last = -1;
    if (LAW_ACRONYMS.has(t.f) && t.text === t.text.toUpperCase()) {
      const y = tokens[i + 1];
      if (y?.kind === 'number' && YEAR.test(y.text) && y.spaceBefore) last = i + 1;
    } else if (t.f === 'projet' || t.f === 'loi') {
      let j = i;
      if (t.f === 'projet') {
        if (tokens[j + 1]?.f !== 'de' || tokens[j + 2]?.f !== 'loi') continue;
        j += 2;
      }
      if (tokens[j + 1]?.f === 'de' && tokens[j + 2]?.f === 'finances') {
        j += 2;
        if (LAW_ADJECTIVES.has(tokens[j + 1]?.f ?? '')) j++;
        last = yearOrNumber(ctx, j + 1);
        // A capitalised `Loi de finances` is a name by itself.
        if (last < 0 && tokens[i]?.cap && i > 0 && !tokens[i]?.breakBefore) last = j;
      } else {
        if (LAW_ADJECTIVES.has(tokens[j + 1]?.f ?? '')) j++;
        last = lawNumber(ctx, j + 1);
      }
    }
    const end = tokens[last];
    if (last < 0 || !end) continue;
    out.push({ type: 'misc', start: t.start, end: end.end, priority: 3 });
    i = last;
  }
  return out;
}
