/**
 * Refiner: the headline of a text page, once its body is known. It stands
 * among the few lines above the body: a line shaped like a headline (a few
 * words, no sentence or list punctuation at its end, not furniture), the
 * nearer the body the likelier, more so when a byline or date line follows it,
 * when the page prints it again (a repeated page title with its site name), or
 * when the page address's slug spells the same words. Menu items and section
 * labels are short and come in runs; teaser headings and comment headings are
 * never titles.
 */
import { dateShare } from '../../dates/find-dates.js';
import { isPictureCaption } from '../../furniture/captions.js';
import { isCommentHeading, isCommentLine } from '../../furniture/comments.js';
import { isEngagementCounter } from '../../furniture/counters.js';
import { isPhotoCredit } from '../../furniture/credits.js';
import { isInterfaceLine } from '../../furniture/interface.js';
import { afterStampLabel, isStampLine } from '../../furniture/stamps.js';
import { isMoreHeading } from '../../furniture/teaser-headings.js';
import { isFurnitureLine, isTeaserHeading } from '../../html/furniture.js';
import type { Block } from '../../input/block.js';
import {
  proseLength,
  spacesAtLeast,
  startsWithBullet,
  startsWithOrderedNumber,
} from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { printedTwice } from '../../text/printed-twice.js';
import { isAgencyName, recogniseByline } from '../recognisers/byline.js';
import { foldedOf, type TextDoc } from './doc.js';
import { isRelativeDayStamp, isRelativeTime, nameWithDesk, nameWithStamp } from './header.js';
import type { TitleChoice } from './title.js';

/** How many blocks above the body are searched: far ones win only on evidence (a byline under them, the address, the page title), as the score falls with distance. */
const WINDOW = 40;
const MIN_LENGTH = 12;
const MAX_LENGTH = 220;

/** Lower-case words of three letters or more. */
function wordsOf(s: string): string[] {
  return foldedWords(fold(s));
}

/** {@link wordsOf} of a text already folded. */
function foldedWords(f: string): string[] {
  return f.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
}

/** The words of the URL's last path segments (`/2019/11/18/new-york-state-attorney/` → new, york, state…). */
export function slugWords(url: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!url) return out;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter((p) => p.length > 0);
  for (const part of parts.slice(-2)) {
    let text = part;
    try {
      text = decodeURIComponent(part);
    } catch {
      // A malformed escape: the raw segment is read as it is.
    }
    for (const w of wordsOf(text.replace(/\.[a-z]{2,5}$/i, ''))) if (!/^\d+$/.test(w)) out.add(w);
  }
  return out;
}

/** Whether a line is shaped like a headline. */
function headlineShaped(text: string): boolean {
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) return false;
  const last = text.charAt(text.length - 1);
  if (',;:…'.includes(last) || text.endsWith('...')) return false;
  // Chinese and Japanese headlines have no spaces to count words by.
  // Three words: two spaces (`split(' ')` counted, without the array).
  if (!spacesAtLeast(text, 2) && proseLength(text) === text.length) return false;
  return true;
}

/** A line that is mostly a date (`Updated Nov 19, 9:41 AM`): a headline may name a day, not be one. */
function dateOnly(t: string): boolean {
  if (t.length > 80) return false;
  return dateShare(t) >= 0.5;
}

/** A credit or provenance label opening the line (`From: Herald Sun`, `Credit Harry Campbell`, `Via: Reuters`); a headline may start with `From `. */
const CREDIT_LABEL = /^(?:(?:from|source|via) ?:|credits? ?:?) /i;

/** A breadcrumb trail (`首页 > 科技频道 > 正文`, `Accueil » Culture » Festivals`): two pointing separators or more. */
function breadcrumbTrail(t: string): boolean {
  let marks = 0;
  for (const sep of TRAIL_SEPARATORS) {
    for (let at = t.indexOf(sep); at >= 0 && marks < 2; at = t.indexOf(sep, at + sep.length))
      marks++;
    if (marks >= 2) return true;
  }
  return false;
}

/** Separators a breadcrumb points with (`>>` before `>`, so a trail of `>>` counts once per mark). */
const TRAIL_SEPARATORS = [' >> ', ' > ', ' » ', ' › '];

/** Longest line read as a labelled relative time (`• Publiziert vor einer Stunde`). */
const LABELLED_RELATIVE = 60;
/** What every relative time holds (a digit, or the words around `an hour`): lines without it are not folded for one. */
const RELATIVE_GATE = /\d|ago|vor |il y a|hace /iu;

/** What a page protected by Cloudflare shows in place of an e-mail address. */
const CLOUDFLARE_EMAIL = '[email protected]';

/** A web address opening a line (a print header's, a link's). */
const WEB_ADDRESS = /^https?:\/\//u;
/** Most words of a line read as a web address alone (a hard-wrapped address breaks into a few). */
const ADDRESS_WORDS = 3;

/** Whether a line is a web address alone, hard-wrapped or not: never a headline. */
export function webAddress(t: string): boolean {
  return WEB_ADDRESS.test(t) && t.split(/\s+/u).length <= ADDRESS_WORDS;
}

/** Whether a block is known for something else than a headline (furniture, a credit, a byline, a date, a list item), whatever its shape. */
export function notTitle(doc: TextDoc, b: Block): boolean {
  const t = b.text;
  if (
    t.charAt(0) === '[' ||
    startsWithBullet(t) ||
    startsWithOrderedNumber(t) ||
    CREDIT_LABEL.test(t) ||
    webAddress(t)
  )
    return true;
  // Cloudflare's stand-in for an obfuscated e-mail address (`Hacete [email protected]`): a menu's or a contact line's.
  if (printedTwice(t) || breadcrumbTrail(t) || t.includes(CLOUDFLARE_EMAIL)) return true;
  const next = doc.blocks[b.index + 1];
  if (
    next !== undefined &&
    next.text.length <= CREDIT_MAX &&
    isPhotoCredit(next.text, foldedOf(doc, next))
  )
    return true;
  // The line folded once (and kept) for every list it is looked up in.
  const f = foldedOf(doc, b);
  return (
    isFurnitureLine(t, false, f) ||
    isInterfaceLine(t, f) ||
    isPhotoCredit(t, f) ||
    isCommentHeading(t, f) ||
    isCommentLine(t, f) ||
    isTeaserHeading(t, f) ||
    isMoreHeading(t, f) ||
    isPictureCaption(t, f) ||
    isStampLine(t, f) ||
    isEngagementCounter(f) ||
    recogniseByline(b) !== undefined ||
    // A news agency's name alone (`The Associated Press`) signs the article.
    isAgencyName(t) ||
    nameWithStamp(doc, b) !== undefined ||
    nameWithDesk(b) !== undefined ||
    isRelativeTime(t) ||
    isRelativeDayStamp(t) ||
    (t.length <= LABELLED_RELATIVE &&
      RELATIVE_GATE.test(t) &&
      isRelativeTime(afterStampLabel(t))) ||
    dateOnly(t)
  );
}

/** Longest line read as a photo credit (its caption included); longer lines are not folded for it. */
const CREDIT_MAX = 300;

/** A breadcrumb's separators (`Accueil > Culture > Festivals`). */
const BREADCRUMB = / [>»›|/] /;

/** A deck runs longer than a headline: the chosen line is one when it is at least this long… */
const DECK_MIN = 90;
/** …and the line right above it, a headline of four words or more, is shorter by this much. */
const DECK_RATIO = 1.2;

/**
 * The headline over `b` when `b` is its deck (standfirst): the line right
 * above, headline-shaped, of four words or more and clearly shorter.
 */
function deckOf(doc: TextDoc, b: Block): Block | undefined {
  if (b.text.length < DECK_MIN) return undefined;
  const above = doc.blocks[b.index - 1];
  if (!above || !OPEN_ROLES.has(doc.roles.get(above.index))) return undefined;
  const t = above.text;
  if (t.length * DECK_RATIO > b.text.length || BREADCRUMB.test(t)) return undefined;
  if (t.split(' ').filter((w) => /\p{L}/u.test(w)).length < 4) return undefined;
  return headlineShaped(t) && !/[.!?؟]$/u.test(t) && !notTitle(doc, above) ? above : undefined;
}

/** Whether a block could be a page's headline at all (shape, and not furniture, a byline or a date). */
export function titleShaped(doc: TextDoc, b: Block): boolean {
  return headlineShaped(b.text) && !notTitle(doc, b);
}

/** Share of the address's slug words a line must hold to be taken for the headline over a chosen deck. */
const SLUG_SHARE = 0.5;

/**
 * Refiner: the chosen title is a deck when the line right above it is
 * headline-shaped and spells the address's slug (`…/bmw-3er-touring-facelift-erwischt`)
 * while the chosen line does not: the line above is the title.
 */
export function headlineOverDeck(
  doc: TextDoc,
  title: TitleChoice,
  url: string | undefined,
): TitleChoice {
  const slug = slugWords(url);
  if (slug.size < 2 || title.text !== title.block.text) return title;
  const above = doc.blocks[title.block.index - 1];
  if (!above || !OPEN_ROLES.has(doc.roles.get(above.index)) || !titleShaped(doc, above))
    return title;
  const share = (text: string): number => {
    const words = new Set(wordsOf(text));
    let n = 0;
    for (const w of slug) if (words.has(w)) n++;
    return n / slug.size;
  };
  if (share(above.text) < SLUG_SHARE || share(title.text) >= share(above.text) / 2) return title;
  return { text: above.text, start: above.start, end: above.end, block: above };
}

/** Longest line counted as a menu entry beside a candidate. */
const MENU_ENTRY = 30;

/** Whether block `k` stands between two short free lines: an entry of a menu or a share bar. */
function inShortRun(doc: TextDoc, k: number): boolean {
  const short = (j: number): boolean => {
    const b = doc.blocks[j];
    return (
      b !== undefined &&
      b.text.length <= MENU_ENTRY &&
      doc.roles.get(j) !== 'byline' &&
      doc.roles.get(j) !== 'date'
    );
  };
  return short(k - 1) && short(k + 1);
}

/** Roles a title candidate may already carry (a first guess, or body text the region left out). */
const OPEN_ROLES = new Set([undefined, 'body', 'boilerplate', 'title', 'standfirst', 'related']);

/**
 * The headline above block `first` (the body's first block), or undefined
 * when no line above it is shaped like one.
 */
export function titleAbove(
  doc: TextDoc,
  first: number,
  url: string | undefined,
): TitleChoice | undefined {
  const slug = slugWords(url);
  const top = new Set<string>();
  for (let k = 0; k < Math.min(3, doc.blocks.length); k++) {
    const b = doc.blocks[k];
    if (b) top.add(foldedOf(doc, b));
  }
  let best: { block: Block; score: number } | undefined;
  for (let k = first - 1, seen = 0; k >= 0 && seen < WINDOW; k--, seen++) {
    const b = doc.blocks[k];
    if (!b) break;
    const role = doc.roles.get(k);
    // The costly rule-out (notTitle) is read last, only for a line whose score would win.
    if (!OPEN_ROLES.has(role) || !headlineShaped(b.text)) continue;
    let score = 4 - seen * 0.35 + Math.min(b.text.length, 80) / 20;
    const after = doc.roles.get(k + 1);
    const next = doc.blocks[k + 1];
    // A byline below, marked or only shaped like one (the header search stops at the first screenful).
    if (
      after === 'byline' ||
      after === 'date' ||
      after === 'source' ||
      (next !== undefined && OPEN_ROLES.has(after) && recogniseByline(next) !== undefined)
    )
      score += 3;
    if (inShortRun(doc, k)) score -= 2;
    if (/[.!?؟]$/u.test(b.text)) score -= 2.5;
    const f = foldedOf(doc, b);
    if (slug.size > 0) {
      const words = foldedWords(f);
      const shared = words.filter((w) => slug.has(w)).length;
      score += (6 * shared) / Math.max(3, Math.min(words.length, slug.size));
    }
    for (const t of top) if (t !== f && t.includes(f) && f.length >= 15) score += 3;
    if ((!best || score > best.score) && !notTitle(doc, b)) best = { block: b, score };
  }
  if (!best || best.score <= 0) return undefined;
  const b = deckOf(doc, best.block) ?? best.block;
  return { text: b.text, start: b.start, end: b.end, block: b };
}
