/**
 * Recogniser: lines that are interface text (dialogs, share bars, counters,
 * widgets, mastheads) or footers. Whole lines are looked up in folded tables;
 * line starts in a prefix table; counters and weather/prayer widgets by shape.
 */
import { isPagerLine } from '../../furniture/pager.js';
import { fold, foldHeadCode, headCode } from '../../text/fold.js';
import { type PrefixTest, prefixTest } from '../../text/prefixes.js';
import type { SiteProfile } from '../profiles/profile.js';

/** Folded boilerplate lines, prefixes and footers of a set of profiles, for fast lookups. */
export interface BoilerplateIndex {
  boilerplate: ReadonlySet<string>;
  prefixes: readonly string[];
  /** Whether a folded line starts with one of {@link BoilerplateIndex.prefixes}, looked up by its first characters. */
  startsWithPrefix: PrefixTest;
  footers: ReadonlySet<string>;
  /** Length of the longest whole-line entry, with room for spacing variants. */
  longest: number;
  /** Characters of a long line folded to test the prefix entries: the longest prefix, and spacing room. */
  window: number;
  /** First two folded characters of all entries (the whole entry when it folds to one character), as `headCode` numbers. */
  heads: ReadonlySet<number>;
  /** Prefix entries that fold to one character (its code, -1 for none): any line starting with it may match. */
  shortPrefixes: ReadonlySet<number>;
}

/** Longest line compared against the tables. */
const MAX_LENGTH = 240;

/** Builds the lookup tables once for the given profiles. */
export function buildBoilerplateIndex(profiles: readonly SiteProfile[]): BoilerplateIndex {
  const whole = profiles.flatMap((p) => [...p.boilerplate, ...p.footers]);
  const prefixes = profiles.flatMap((p) => (p.boilerplatePrefixes ?? []).map(fold));
  return {
    boilerplate: new Set(profiles.flatMap((p) => p.boilerplate.map(fold))),
    prefixes,
    startsWithPrefix: prefixTest(prefixes),
    footers: new Set(profiles.flatMap((p) => p.footers.map(fold))),
    longest: Math.max(...whole.map((s) => s.length)) + 8,
    window:
      Math.max(...profiles.flatMap((p) => p.boilerplatePrefixes ?? []).map((s) => s.length)) + 8,
    heads: new Set(
      [...whole, ...profiles.flatMap((p) => p.boilerplatePrefixes ?? [])].map((s) =>
        headCode(fold(s)),
      ),
    ),
    shortPrefixes: new Set(
      profiles
        .flatMap((p) => (p.boilerplatePrefixes ?? []).map(fold))
        .filter((s) => s.length < 2)
        .map((s) => (s.length === 1 ? s.charCodeAt(0) : -1)),
    ),
  };
}

/** A counter or a number alone on a line (`22`, `565`, `1,2K`): views, shares, comments. */
const COUNTER = /^[\d٠-٩][\d٠-٩\s.,]{0,8}[kK]?$/u;
/** A weather reading: `26 C`, `19.1 C`, `-3 °C`. */
export const WEATHER = /^[-+]?\d{1,2}(?:[.,]\d)? ?°? ?[CF]$/;
/** Prayer-time widget: three or more prayer names, or three or more clock times, glued. */
const PRAYERS =
  /(?:الفجر|الشروق|الظهر|العصر|المغرب|العشاء)(?:الفجر|الشروق|الظهر|العصر|المغرب|العشاء){2}/u;
const GLUED_TIMES = /\d\d:\d\d\d\d:\d\d\d\d:\d\d/;
/** A prayer-times row, one prayer a line: `Fajr 06:21`, `Dohr : 12h53`, `المغرب 17:32`. */
const PRAYER_ROW =
  /^(?:fajr|sobh|subh|chourouk|chorouk|shuruq|sunrise|dhuhr|dohr|dhohr|zuhr|asr|maghrib|maghreb|isha|icha|الفجر|الصبح|الشروق|الظهر|العصر|المغرب|العشاء) ?:? ?\d{1,2}[:h]\d{2}$/iu;
/** Longest prayer-times row. */
const PRAYER_ROW_MAX = 20;
/** A markdown leftover such as `.gif)` or `.jpg)`. */
const MARKDOWN_TAIL = /^\.(?:gif|jpe?g|png|webp)\)$/i;

/** The first character's code of a `headCode` number, -1 for an empty head. */
function firstOfHead(code: number): number {
  if (code >= 0) return Math.floor(code / 65536);
  return code === -65538 ? -1 : -1 - code;
}

/** What a boilerplate line is. */
export type BoilerplateKind = 'footer' | 'boilerplate' | 'widget';

/**
 * `footer`, `boilerplate`, `widget`, or undefined for a line that is none of them. `folded` gives the
 * line's fold when the caller keeps it, `head` its `foldHeadCode` and `pager` its `isPagerLine` (see line-facts.ts).
 */
export function recogniseBoilerplate(
  text: string,
  index: BoilerplateIndex,
  folded?: () => string,
  head?: number,
  pager?: boolean,
): BoilerplateKind | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  // Shape tests, each behind a cheap guard: most lines are none of these.
  const short = text.length <= 10;
  // A reading ends with its unit's letter.
  const last = text.charCodeAt(text.length - 1);
  if (short && (last === 0x43 || last === 0x46) && WEATHER.test(text)) return 'widget';
  if (text.includes('ال') && PRAYERS.test(text)) return 'widget';
  if (text.includes(':') && GLUED_TIMES.test(text)) return 'widget';
  if (text.length <= PRAYER_ROW_MAX && PRAYER_ROW.test(text)) return 'widget';
  if ((short && COUNTER.test(text)) || (text[0] === '.' && MARKDOWN_TAIL.test(text)))
    return 'boilerplate';
  // A listing's pager (`Articles plus anciens`, `1 2 3 Suivant »`): links to other pages, no item.
  if (pager ?? isPagerLine(text, folded)) return 'boilerplate';
  // Entries start with few letter pairs: a line starting otherwise is not folded at all.
  const code = head ?? foldHeadCode(text);
  if (!index.heads.has(code) && !index.shortPrefixes.has(firstOfHead(code))) return undefined;
  // Whole-line entries are short: a longer line can only start with a prefix entry.
  const whole = text.length <= index.longest;
  // The line's fold when the caller keeps it (`folded`, the same fold), else folded here.
  const key = whole ? (folded ? folded() : fold(text)) : fold(text.slice(0, index.window));
  if (whole && index.footers.has(key)) return 'footer';
  if (whole && index.boilerplate.has(key)) return 'boilerplate';
  return index.startsWithPrefix(key) ? 'boilerplate' : undefined;
}

/** Shortest cut line read as the start of a template's line (`Merci d'avoir s`). */
const MIN_CUT_LINE = 12;

/**
 * Whether `text`, a line the input stops inside, opens one of the index's
 * whole-line entries (a dialog's or a footer's line cut by the dump's end).
 */
export function opensTemplateLine(text: string, index: BoilerplateIndex): boolean {
  if (text.length < MIN_CUT_LINE || text.length > index.longest) return false;
  const key = fold(text);
  for (const entry of index.boilerplate) if (entry.startsWith(key)) return true;
  for (const entry of index.footers) if (entry.startsWith(key)) return true;
  return false;
}
