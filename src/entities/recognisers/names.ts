/**
 * Recogniser: names of people, organisations, places and misc (events,
 * demonyms, laws). Capitalised runs joined by name connectors are read, then
 * classified by the lexicon, head words, first names and context cues.
 * Headline title-case lines are read strictly: only lexicon evidence counts.
 */
import { DAYS, MONTHS } from '../../dates/names.js';
import { fold } from '../../text/fold.js';
import type { EntityType, LocationValue, MiscValue } from '../../types.js';
import type { Candidate, Context } from '../candidate.js';
import { key, sameCase } from '../lexicon.js';
import type { Token } from '../tokens.js';

/** Lower-case words that may join capitalised words inside one name. */
const CONNECTORS = new Set([
  'de',
  "d'",
  'du',
  'des',
  'la',
  "l'",
  'el',
  'al',
  'ben',
  'bin',
  'ibn',
  'ould',
  'ait',
  'bou',
  'van',
  'von',
  'da',
  'di',
  'del',
  'of',
  'the',
  'for',
  'and',
  'et',
  'pour',
  'sur',
  'le',
  'les',
]);
/** Connectors that may only join inside an organisation or event name (`Agence … de Développement et des Exportations`). */
const LONG_NAME_CONNECTORS = new Set(['et', 'and', 'pour', 'for', 'sur', 'the', 'le', 'les']);
const OPEN_QUOTES = new Set(['«', '"', '“', '‹', "'"]);
const SENTENCE_PUNCT = new Set([
  '.',
  '!',
  '?',
  ':',
  '«',
  '"',
  '“',
  '(',
  '—',
  '–',
  '…',
  ';',
  '|',
  '/',
  '[',
]);
/** Capitalised common nouns that are never entities alone in news (anaphors, generic nouns). */
const GENERIC_CAPS = new Set([
  'royaume',
  'internet',
  'etat',
  'etats',
  'gouvernement',
  'souverain',
  'majeste',
  'president',
  'ministre',
  'premier',
  'nation',
  'nations',
  'web',
  'hub',
  'pme',
  'tpe',
  'pib',
  'ide',
  'tva',
  'b2b',
  'b2c',
  'btp',
  'rh',
  'ia',
  'tic',
  'ttc',
  'ht',
]);
const UPPER_START = /^\p{Lu}/u;
/** Longest run looked up whole in the lexicon. */
const MAX_LOOKUP = 7;

function isNameWord(_ctx: Context, t: Token | undefined): boolean {
  if (t?.kind !== 'word' || !t.cap) return false;
  const f = fold(t.text);
  return !MONTHS.has(f) && !DAYS.has(f);
}

function sentenceStart(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || i === 0 || t.breakBefore) return true;
  const prev = ctx.tokens[i - 1];
  return prev !== undefined && prev.kind === 'punct' && SENTENCE_PUNCT.has(prev.text);
}

/** Title-case segments (headlines): most long words capitalised. Marks every token of such a segment. */
function titleCaseTokens(tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let from = 0;
  const close = (to: number): void => {
    let long = 0;
    let caps = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t?.kind === 'word' && t.text.length >= 4) {
        long++;
        if (t.cap) caps++;
      }
    }
    if (long >= 3 && caps / long > 0.6) marks.fill(1, from, to);
  };
  tokens.forEach((t, k) => {
    if (k > 0 && t.breakBefore) {
      close(k);
      from = k;
    }
  });
  close(tokens.length);
  return marks;
}

/** Words capitalised somewhere other than at a sentence start: evidence that they are names. */
function midSentenceCaps(ctx: Context): Set<string> {
  const set = new Set<string>();
  ctx.tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.cap && !sentenceStart(ctx, i)) set.add(key(t.text));
  });
  return set;
}

interface Classified {
  type: EntityType;
  value?: LocationValue | MiscValue;
  /** Evidence from the lexicon or head words, as opposed to a shape guess. */
  strong: boolean;
}

/** What the lexicon says `surface` is, written as it is. */
function lookup(ctx: Context, surface: string): Classified | undefined {
  const { lex } = ctx;
  if (!UPPER_START.test(surface)) return undefined;
  const k = key(surface);
  const place = lex.places.get(k);
  if (place !== undefined) {
    return place
      ? { type: 'location', value: { country: place }, strong: true }
      : { type: 'location', strong: true };
  }
  const known = (forms: ReadonlyMap<string, string>): boolean => {
    const form = forms.get(k);
    return form !== undefined && sameCase(surface, form);
  };
  if (known(lex.organizations)) return { type: 'organization', strong: true };
  if (known(lex.events)) return { type: 'misc', strong: true };
  const demonym = lex.demonyms.get(k);
  if (demonym !== undefined) {
    return demonym
      ? { type: 'misc', value: { country: demonym }, strong: true }
      : { type: 'misc', strong: true };
  }
  if (known(lex.people)) return { type: 'person', strong: true };
  return undefined;
}

/** True when `surface` is a known event, written with its capitals (`CAN`, not `can`). */
function isEvent(ctx: Context, surface: string): boolean {
  const form = ctx.lex.events.get(key(surface));
  return form !== undefined && sameCase(surface, form);
}

const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'au', 'aux', 'the']);

/** True when token `i` follows an article (`du Sud`, `l'Office`). */
function afterDeterminer(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev?.kind === 'word' && DETERMINERS.has(fold(prev.text));
}

/** Classifies the run of tokens `[a, b]`; undefined when nothing says what it is. */
function classify(ctx: Context, a: number, b: number, personCue: boolean): Classified | undefined {
  const { lex, tokens, text } = ctx;
  const first = tokens[a];
  const last = tokens[b];
  if (!first || !last) return undefined;
  const known = lookup(ctx, text.slice(first.start, last.end));
  if (known) return known;
  const words: string[] = [];
  let connectors = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') continue;
    if (t.cap) words.push(key(t.text));
    else connectors = true;
  }
  const head = words[0] ?? '';
  const single = words.length === 1 && !connectors && a === b;
  const firstIsEvent = isEvent(ctx, first.text);
  if (single && (GENERIC_CAPS.has(head) || lex.stopCapitalised.has(head))) return undefined;
  // A head noun alone is an anaphor or a common noun (`l'Office`, `Exercice`), not a name.
  if (single && (lex.orgHeads.has(head) || lex.miscHeads.has(head) || lex.locHeads.has(head)))
    return undefined;
  if (firstIsEvent) return { type: 'misc', strong: true };
  if (!single) {
    if (lex.orgHeads.has(head)) return { type: 'organization', strong: true };
    if (lex.miscHeads.has(head)) return { type: 'misc', strong: true };
    if (lex.locHeads.has(head)) return { type: 'location', strong: true };
    if (words.some((w) => lex.orgHeads.has(w) || lex.orgSuffixes.has(w)))
      return { type: 'organization', strong: true };
    if (words.some((w) => lex.miscHeads.has(w))) return { type: 'misc', strong: true };
  }
  if (personCue) return { type: 'person', strong: true };
  const nameLike = !connectors || words.length >= 2;
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    nameLike &&
    words.some((w) => lex.firstNames.has(w))
  )
    return { type: 'person', strong: true };
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    (lex.particles.has(head) || lex.people.has(words[words.length - 1] ?? ''))
  )
    return { type: 'person', strong: true };
  if (single && /^\p{Lu}[\p{Lu}\d-]{1,9}$/u.test(first.text) && !lex.stopCapitalised.has(head))
    return { type: 'organization', strong: false };
  if (words.length >= 2 && words.length <= 3 && !connectors)
    return { type: 'person', strong: false };
  if (words.length >= 2 && connectors) return { type: 'organization', strong: false };
  if (single && lex.firstNames.has(head)) return { type: 'person', strong: false };
  // An unknown word after an article is a capitalised common noun (`du Sud`, `le Royaume`).
  if (single && afterDeterminer(ctx, a)) return undefined;
  if (single && head.length >= 3 && !lex.titles.has(head))
    return { type: 'organization', strong: false };
  return undefined;
}

/** The longest run from `i` (up to {@link MAX_LOOKUP} tokens) whose whole text the lexicon knows. */
function longestKnown(ctx: Context, i: number): { last: number; cls: Classified } | undefined {
  const { tokens, text } = ctx;
  const first = tokens[i];
  if (!first) return undefined;
  let best: { last: number; cls: Classified } | undefined;
  for (let j = i; j < Math.min(tokens.length, i + MAX_LOOKUP); j++) {
    const t = tokens[j];
    if (
      !t ||
      (j > i && (t.breakBefore || (t.kind === 'punct' && t.text !== '-' && t.text !== "'")))
    )
      break;
    if (t.kind !== 'word') continue;
    const cls = lookup(ctx, text.slice(first.start, t.end));
    if (cls) best = { last: j, cls };
  }
  return best;
}

/** Extends a capitalised run from token `i`; returns the index of its last token. */
function extendRun(ctx: Context, i: number, eventLike: boolean): number {
  const { tokens, lex } = ctx;
  let last = i;
  let j = i + 1;
  const head = key(tokens[i]?.text ?? '');
  const longName = lex.orgHeads.has(head) || lex.miscHeads.has(head) || lex.locHeads.has(head);
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t || t.breakBefore) break;
    if (isNameWord(ctx, t) && !lex.titles.has(key(t.text))) {
      last = j;
      j++;
      continue;
    }
    if (t.kind === 'number' && t.spaceBefore && eventLike && t.text.length <= 4) {
      last = j;
      j++;
      break;
    }
    if (t.kind === 'word' && CONNECTORS.has(fold(t.text))) {
      if (LONG_NAME_CONNECTORS.has(fold(t.text)) && !longName) break;
      let k = j;
      while (
        k < tokens.length &&
        tokens[k]?.kind === 'word' &&
        CONNECTORS.has(fold(tokens[k]?.text ?? '')) &&
        k - j < 3
      )
        k++;
      if (isNameWord(ctx, tokens[k]) && !tokens[k]?.breakBefore) {
        j = k;
        continue;
      }
    }
    break;
  }
  return last;
}

/** True when token `i` follows a person title (`M.`, `Mme`, `le ministre`, `président`). */
function afterTitle(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (prev?.kind !== 'word') return false;
  return ctx.lex.titles.has(key(prev.text));
}

/** True when the run at `i` is quoted right after a misc head word (`Exercice « Acharq 25 »`). */
function quotedAfterMiscHead(ctx: Context, i: number): boolean {
  const q = ctx.tokens[i - 1];
  const h = ctx.tokens[i - 2];
  return (
    q !== undefined &&
    OPEN_QUOTES.has(q.text) &&
    h !== undefined &&
    h.kind === 'word' &&
    ctx.lex.miscHeads.has(key(h.text))
  );
}

/** A capitalised word at a sentence start that is probably just a capitalised common word. */
function weakStart(ctx: Context, k: string, midCaps: ReadonlySet<string>): boolean {
  const { lex } = ctx;
  if (lex.stopCapitalised.has(k) || lex.titles.has(k)) return true;
  if (midCaps.has(k)) return false;
  return !(
    lex.organizations.has(k) ||
    lex.people.has(k) ||
    lex.firstNames.has(k) ||
    lex.orgHeads.has(k) ||
    lex.miscHeads.has(k) ||
    lex.locHeads.has(k) ||
    lex.particles.has(k) ||
    lex.events.has(k)
  );
}

/** True when the capitalised words right after token `i` include a first name (`Gessime Yassine`). */
function followedByFirstName(ctx: Context, i: number): boolean {
  if (ctx.lex.titles.has(key(ctx.tokens[i]?.text ?? ''))) return false;
  for (let j = i + 1; j <= i + 3; j++) {
    const t = ctx.tokens[j];
    if (!isNameWord(ctx, t) || !t || t.breakBefore) return false;
    if (ctx.lex.firstNames.has(key(t.text))) return true;
  }
  return false;
}

/** Proposes name entities. */
export function recogniseNames(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lex } = ctx;
  const strict = titleCaseTokens(tokens);
  const midCaps = midSentenceCaps(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNameWord(ctx, t) || !t) continue;
    const a = i;
    const k0 = key(t.text);
    // A sentence-initial word is a name only with evidence: the lexicon, or the
    // same word capitalised mid-sentence elsewhere. Titles are never inside names.
    if (
      (sentenceStart(ctx, i) || lex.titles.has(k0)) &&
      !longestKnown(ctx, i) &&
      !quotedAfterMiscHead(ctx, i) &&
      !followedByFirstName(ctx, i) &&
      weakStart(ctx, k0, midCaps)
    )
      continue;
    const personCue = afterTitle(ctx, a);
    const known = longestKnown(ctx, a);
    const eventLike =
      isEvent(ctx, tokens[a]?.text ?? '') ||
      lex.miscHeads.has(key(tokens[a]?.text ?? '')) ||
      quotedAfterMiscHead(ctx, a);
    let b = extendRun(ctx, a, eventLike);
    let cls: Classified | undefined;
    if (known && known.last >= b) {
      b = known.last;
      cls = known.cls;
    } else {
      cls = quotedAfterMiscHead(ctx, a)
        ? { type: 'misc', strong: true }
        : classify(ctx, a, b, personCue);
    }
    i = b;
    if (!cls) continue;
    if (strict[a] && !cls.strong) continue;
    const first = tokens[a];
    const last = tokens[b];
    if (!first || !last) continue;
    const c: Candidate = {
      type: cls.type,
      start: first.start,
      end: last.end,
      priority: cls.strong ? 2 : 1,
    };
    if (cls.value) c.value = cls.value;
    out.push(c);
  }
  return out;
}
