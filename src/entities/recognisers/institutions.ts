/**
 * Recogniser: long French institution, facility and event names whose words
 * after the capitalised head are lower case: `Office national des pêches`,
 * `Cour d'appel de Casablanca`, `Palais des congrès`, `Festival international
 * du film de Marrakech`, and a ministry named as an actor (`le ministère des
 * Finances a publié`). The name runs from the head through adjectives and
 * `de`/`pour`/`et` + noun groups; it stops at a verb, punctuation, or before
 * `de Y` when the name is already complete and Y a known place or organisation.
 */

import { phrases } from '../../util/tables.js';
import type { Candidate, Context } from '../candidate.js';
import {
  ARTICLES,
  CLOSE_QUOTES,
  headAt,
  headType,
  isNameWord,
  lookupRun,
  OPEN_QUOTES,
  ownerSplit,
  titleAt,
} from '../name-words.js';

/** Words that never continue a name (verbs, pronouns, function words that are not name connectors). */
const STOPS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'a|ont|est|sont|avait|avaient|sera|seront|va|vont|doit|doivent|qui|que|dont|ou|ne|se|sa|son|ses|leur|' +
      'leurs|il|elle|ils|elles|on|y|en|au|aux|dans|par|avec|sans|sous|entre|vers|chez|lors|selon|depuis|' +
      'pendant|apres|avant|contre|plus|moins|tres|deja|aussi|ainsi|un|une|ce|cette|ces|cet|tout|tous|toute|' +
      'toutes|pas|non|si|mais|car|donc|puis|comme',
  ),
);

/** Adjectives that are not caught by the suffix test. */
const ADJECTIVES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'durable|arabe|libre|autonome|unies|unis|unie|uni|public|publique|prive|privee|superieur|superieure|' +
      'haut|haute|grand|grande|nouveau|nouvelle|independant|independante|permanent|permanente|democratique|' +
      'populaire|atlantique|olympique|sportif|sportive|militaire|agricole|maritime|chargee|charge|specialise|' +
      'specialisee|mixte|royal|royale|moyen|moyenne|petit|petite',
  ),
);
const ADJECTIVE_ENDINGS = /* @__PURE__ */ phrases(
  'al|ale|ales|aux|el|elle|els|elles|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|' +
    'aire|aires|if|ive|ifs|ives|ier|iere|iers|ieres|eur|eure|ere|eres|ee|ees',
);

function isAdjective(f: string): boolean {
  const g = f.endsWith('s') && f.length > 4 ? f.slice(0, -1) : f;
  if (ADJECTIVES.has(f) || ADJECTIVES.has(g)) return true;
  if (f.length < 4) return false;
  return ADJECTIVE_ENDINGS.some((e) => f.endsWith(e) || g.endsWith(e));
}

/** Head words that also end company names (`Maroc Telecom`, `Energy`): no lower-case name follows them. */
const NOT_INSTITUTION_HEADS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'energie|energy|finance|capital|media|medias|press|presse|industries|assurance|assurances|insurance|' +
      'telecom|services|service|network|reseau|holding|airlines|airways|group|groupe|company|front',
  ),
);

/** Verbs after a lower-case `ministère …` that make it an actor (`le ministère des Finances a publié`). */
const ACTOR_VERBS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'a|avait|annonce|indique|precise|prevoit|estime|publie|lance|rappelle|souligne|affirme|assure|explique|' +
      'dement|table|compte|entend|vient|va|doit|prepare|examine|invite|appelle|recommande|informe|signale',
  ),
);
const OF = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases("de|d'|du|des|pour|sur|aux|au"));
const AND = new Set(['et']);
const COMMA_OF = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases("de|d'|du|des"));
const MAX_TOKENS = 18;

/** Proposes long institution, facility and event names. */
export function recogniseInstitutions(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word') continue;
    const ministry = !t.cap && (t.f === 'ministere' || t.f === 'ministeres');
    if (!t.cap && !ministry) continue;
    if (ctx.titleCase[i] === 1) continue;
    // Not inside another capitalised name (`Maroc Telecom`, `El Oued`), not a title (`Finance Minister`).
    const prev = tokens[i - 1];
    if (isNameWord(prev) && !ctx.lex.stopCapitalised.has(prev.k) && !t.breakBefore) continue;
    if (titleAt(ctx, i) > 0) continue;
    const headLength = ministry ? 1 : headAt(ctx, i);
    if (headLength === 0 || (headLength === 1 && NOT_INSTITUTION_HEADS.has(t.k))) continue;
    const type = ministry
      ? 'organization'
      : (headType(ctx, headLength === 2 ? `${t.k} ${tokens[i + 1]?.k ?? ''}` : t.k) ??
        'organization');
    const last = readName(ctx, i, i + headLength - 1);
    if (last < i + headLength) continue; // a head alone is an anaphor (`l'Office`)
    const end = tokens[last];
    if (!end) continue;
    if (ministry && !ministryIsActor(ctx, i, last)) continue;
    if (followedByCommonAcronym(ctx, last)) continue;
    out.push({ type, start: t.start, end: end.end, priority: 1 });
    i = last;
  }
  return out;
}

/** Reads a name from its head `[i, h]`; returns the index of its last token. */
function readName(ctx: Context, i: number, h: number): number {
  const { tokens, lex } = ctx;
  let last = h;
  let j = h + 1;
  let hasName = false;
  let lower = false;
  let capWords = h - i + 1;
  let links = 0;
  let descriptive = true;
  while (j < tokens.length && j - i < MAX_TOKENS) {
    const t = tokens[j];
    if (!t || t.breakBefore) break;
    if (t.kind === 'word' && !t.cap && isAdjective(t.f) && !STOPS.has(t.f)) {
      if (!lex.demonyms.has(t.k)) descriptive = false;
      last = j;
      lower = true;
      j++;
      continue;
    }
    const titled = lex.titles.has(t.k) && !(lower && isNameWord(tokens[j + 1]));
    if (isNameWord(t) && !titled && !lex.stopCapitalised.has(t.k)) {
      if (!headType(ctx, t.k)) hasName = true;
      capWords++;
      last = j;
      j++;
      continue;
    }
    // `, de la défense nationale, des affaires islamiques`: enumerations inside a long name.
    let k = j;
    if (t.text === ',' && links > 0 && COMMA_OF.has(tokens[j + 1]?.f ?? '')) k++;
    const link = tokens[k];
    if (link?.kind !== 'word' || link.cap) break;
    const isAnd = AND.has(link.f);
    const en = link.f === 'en' && tokens[k + 1]?.kind === 'word' && !tokens[k + 1]?.cap;
    if (!OF.has(link.f) && !isAnd && !en) break;
    k++;
    // `et de l'`, `et du`, `pour la`, `de l'`
    let bareAnd = isAnd;
    if (isAnd && OF.has(tokens[k]?.f ?? '')) {
      k++;
      bareAnd = false;
    }
    if (ARTICLES.has(tokens[k]?.f ?? '')) {
      if (bareAnd && tokens[k + 1]?.cap) break; // `et la BEI`: a second name
      k++;
    }
    const w = tokens[k];
    if (w?.kind !== 'word' || w.breakBefore) break;
    if (w.cap) {
      if (!isNameWord(w)) break;
      // `Stellantis de Kénitra`, `Conseil de sécurité de l'ONU`: a complete name and its owner or place.
      const ofLike = link.f === 'de' || link.f === "d'" || link.f === 'du' || link.f === 'des';
      const complete = hasName || lookupRun(ctx, i, last) !== undefined;
      if (ofLike && ownerSplit(ctx, complete, capWords, k, tokens[last]?.k ?? '')) break;
      // After `de`, a capitalised word is part of the name even when it also opens sentences (`Culture`).
      if (!headType(ctx, w.k)) hasName = true;
      links++;
      capWords++;
      last = k;
      j = k + 1;
      continue;
    }
    if (STOPS.has(w.f) || w.f.length < 2 || w.f.endsWith("'")) break;
    links++;
    lower = true;
    last = k;
    j = k + 1;
  }
  // `Conseil italien`, `Gouvernement espagnol`: a head and a nationality describe, they do not name.
  if (descriptive && links === 0 && capWords === h - i + 1) return h;
  // A quoted name after a facility or event head: `Stade « Prince Moulay Abdellah »` is read by the name recogniser.
  if (OPEN_QUOTES.has(tokens[h + 1]?.text ?? '') || CLOSE_QUOTES.has(tokens[last]?.text ?? ''))
    return h;
  return last;
}

function ministryIsActor(ctx: Context, i: number, last: number): boolean {
  const next = ctx.tokens[last + 1];
  if (next?.kind === 'word' && ACTOR_VERBS.has(next.f)) return true;
  const before = ctx.tokens[i - 2];
  return before?.kind === 'word' && (before.f === 'selon' || before.f === 'par');
}

/** `Centre hospitalier universitaire (CHU)`: the long form of a common-noun acronym is no name. */
function followedByCommonAcronym(ctx: Context, last: number): boolean {
  const open = ctx.tokens[last + 1];
  const acr = ctx.tokens[last + 2];
  return open?.text === '(' && acr !== undefined && ctx.lex.commonAcronyms.has(acr.f);
}
