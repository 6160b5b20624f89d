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
import { dateShare, findDates } from '../../dates/find-dates.js';
import { numericDateAt } from '../../dates/numeric.js';
import { isReaderAppeal } from '../../furniture/appeals.js';
import { isPictureCaption } from '../../furniture/captions.js';
import { isCommentHeading, isCommentLine } from '../../furniture/comments.js';
import { isEngagementCounter, trailingCounterAt } from '../../furniture/counters.js';
import {
  captionWithCredit,
  closesWithCredit,
  endsWithPhotoCredit,
  isPhotoCredit,
} from '../../furniture/credits.js';
import { isInterfaceLine } from '../../furniture/interface.js';
import {
  HOME_WORD_MAX,
  HOME_WORDS,
  homeSeparatorAt,
  isHomeWord,
} from '../../furniture/menu-rows.js';
import { isTagLabel } from '../../furniture/post-meta.js';
import { afterStampLabel, isStampLine } from '../../furniture/stamps.js';
import { isMoreHeading } from '../../furniture/teaser-headings.js';
import { isFurnitureLine, isTeaserHeading } from '../../html/furniture.js';
import type { Block } from '../../input/block.js';
import {
  isTableRowLine,
  proseLength,
  spacesAtLeast,
  startsWithBullet,
  startsWithOrderedNumber,
  wordSpacesAtLeast,
} from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { holdsLinkNumbers } from '../../text/link-number.js';
import { printedTwice } from '../../text/printed-twice.js';
import { phrases } from '../../util/tables.js';
import { recogniseBoilerplate } from '../recognisers/boilerplate.js';
import { isAgencyName, recogniseByline } from '../recognisers/byline.js';
import { listLine } from '../recognisers/deck.js';
import { markedRelated } from '../recognisers/related.js';
import { inSignUpBox } from './body-boxes.js';
import type { BodyParts } from './body-refiners.js';
import { contentsEntry } from './contents-entries.js';
import { bodyLike, foldedOf, knownFold, type TextDoc } from './doc.js';
import {
  holdsReadingTime,
  isRelativeDayStamp,
  isRelativeTime,
  nameWithDesk,
  nameWithStamp,
  personLine,
} from './header.js';
import { printedAsHeading } from './heading-margin.js';
import { spellsSiteName } from './site-suffix.js';
import { BOILERPLATE } from './template-lines.js';
import type { TitleChoice } from './title.js';

/** Block `b` whole as a title choice. */
export function wholeTitle(b: Block): TitleChoice {
  return { text: b.text, start: b.start, end: b.end, block: b };
}

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

/** Eight hex digits or more, a digit and a letter among them: an id the address appends (`…-clever-tests-4f2a9c81b7de`), no word. */
function hexId(w: string): boolean {
  return w.length >= 8 && /^[\da-f]+$/.test(w) && /\d/.test(w) && /[a-f]/.test(w);
}

/** The words of the URL's last two path segments, or of its last `segments` (`/2019/11/18/new-york-state-attorney/` → new, york, state…). */
export function slugWords(url: string | undefined, segments = 2): Set<string> {
  const out = new Set<string>();
  if (!url) return out;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter((p) => p.length > 0);
  for (const part of parts.slice(-segments)) {
    let text = part;
    try {
      text = decodeURIComponent(part);
    } catch {
      // A malformed escape: the raw segment is read as it is.
    }
    for (const w of wordsOf(text.replace(/\.[a-z]{2,5}$/i, '')))
      if (!/^\d+$/.test(w) && !hexId(w)) out.add(w);
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

/**
 * A header's meta line closed by a view counter after its date (`X السبت 5 ديسمبر 2026 - 18:20 مشاهدة: 2.431`,
 * `Par X, le 3 mars 2024 · 1 234 vues`); a headline may end on a count (`… cumule 500 000 vues`), with no date before it.
 */
function counterAfterDate(t: string): boolean {
  const at = trailingCounterAt(t);
  return at > 0 && findDates(t.slice(0, at)).length > 0;
}

/** Whether a byline stands right under block `b`. */
function overByline(doc: TextDoc, b: Block): boolean {
  const next = doc.blocks[b.index + 1];
  return next !== undefined && recogniseByline(next) !== undefined;
}

/**
 * A headline naming its day right over its byline (`Horoscope du lundi 7
 * décembre 2026` ⏎ `Par X`, `Prayer times for Monday 7 December 2026` ⏎ `By
 * X`), which the shared furniture test reads as a labelled date: two words or
 * more before the day, no stamp's label opening the line (`Updated on Nov 19,
 * 2026` over `By X` is the stamp), the day closing it.
 */
function dayHeadline(doc: TextDoc, b: Block): boolean {
  if (!overByline(doc, b)) return false;
  const t = b.text;
  if (afterStampLabel(t) !== t) return false;
  const d = findDates(t, doc.reference)[0];
  if (d === undefined || d.end < t.length) return false;
  const before = t.slice(0, d.start).trim();
  return before.includes(' ') && !before.endsWith(':');
}

/** A credit or provenance label opening the line (`From: Herald Sun`, `Credit Harry Campbell`, `Via: Reuters`); a headline may start with `From `. */
const CREDIT_LABEL = /^(?:(?:from|source|via) ?:|credits? ?:?) /i;

/** A breadcrumb trail (`首页 > 科技频道 > 正文`, `Accueil » Culture » Festivals`): two pointing separators or more. */
function breadcrumbTrail(text: string): boolean {
  // Separators between no-break spaces (`Home \u00a0>\u00a0Digitalisierung`) point the same way.
  const t = text.includes('\u00a0') ? text.replaceAll('\u00a0', ' ') : text;
  let marks = 0;
  for (const sep of TRAIL_SEPARATORS) {
    for (let at = t.indexOf(sep); at >= 0 && marks < 2; at = t.indexOf(sep, at + sep.length))
      marks++;
    if (marks >= 2) return true;
  }
  return homeCrumb(t);
}

/**
 * Whether a line opens with the home page's word and a separator (`Home » Column »`, `Home | Nation | …`): a trail or a
 * menu. The home word must open the line: a separator after it is evidence enough (a headline never opens `Home »`),
 * where `menuRow` (title.ts), reading entries parted by spaces alone, lets the site's name stand before it and wants five.
 */
function homeCrumb(t: string): boolean {
  const space = t.indexOf(' ');
  return (
    space > 0 &&
    space <= HOME_WORD_MAX &&
    isHomeWord(t.slice(0, space)) &&
    homeSeparatorAt(t, space)
  );
}

/** Separators a breadcrumb points with (`>>` before `>`, so a trail of `>>` counts once per mark). */
const TRAIL_SEPARATORS = /* @__PURE__ */ phrases(' >> | > | » | › ');

/** Longest line read as a labelled relative time (`• Publiziert vor einer Stunde`). */
const LABELLED_RELATIVE = 60;
/** What every relative time holds (a digit, or the words around `an hour`): lines without it are not folded for one. */
const RELATIVE_GATE = /\d|ago|vor |il y a|hace /iu;

/** A link to the previous or next post, an arrow before or after its title (`← Older post`, `Next post →`). */
const ARROW_LINK = /^[←→⟵⟶◄►◀▶] |[ ][←→⟵⟶◄►◀▶]$/u;

/**
 * A link to the previous or next post between guillemets used as arrows
 * (`« Older title`, `Newer title »`, `« Vorige | Nächste »`): one guillemet
 * alone at an end, or a bar between the two. A quotation has both marks.
 */
function pagerQuotes(t: string): boolean {
  const opens = t.startsWith('« ');
  const closes = t.endsWith(' »');
  if (opens !== closes) return opens ? !t.includes('»') : !t.includes('«');
  return opens && t.includes(' | ');
}

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

/** Credit lines read under a headline's photo credit for the date or byline under them. */
const CREDIT_LINES = 2;

/**
 * Whether a byline, date or source line follows the photo credit at block
 * `j`, past at most one more credit line: the headline's photo sits between
 * it and its date (`<headline>⏎Bild: Agentur/X⏎20.12.2022`), where a
 * caption's credit is followed by the article's text (or the caption has
 * its headline right above it, see {@link headlineAbove}).
 */
function signedUnderCredits(doc: TextDoc, j: number): boolean {
  for (let k = j + 1; k <= j + CREDIT_LINES; k++) {
    if (signature(doc, k)) return true;
    const b = doc.blocks[k];
    if (!b || b.text.length > CREDIT_MAX || !isPhotoCredit(b.text, foldedOf(doc, b))) return false;
  }
  return false;
}

/** Whether the block right above block `k` is shaped like a headline: `k` is then its photo's caption. */
function headlineAbove(doc: TextDoc, k: number): boolean {
  const above = doc.blocks[k - 1];
  return above !== undefined && headlineShaped(above.text);
}

/**
 * Whether block `b` is the first half of a sentence the next line ends, with
 * no blank line between (`But only the biggest` ⏎ `carriers will profit from it.`: a
 * deck broken by a line break): the next line opens on a word written all in
 * lower case (`eBay`, `iPhone` may open a deck of their own) and closes the
 * sentence, and `b` has no stop or colon of its own at its end.
 */
export function continuedBelow(doc: TextDoc, b: Block): boolean {
  const next = doc.blocks[b.index + 1];
  return (
    next !== undefined &&
    next.blankBefore === 0 &&
    !CLAUSE_END.test(b.text) &&
    LOWER_WORD.test(next.text) &&
    SENTENCE_END.test(next.text)
  );
}

/** A word written all in lower case opening a line, then a space or a comma. */
const LOWER_WORD = /^\p{Ll}+[ ,]/u;
/** A stop, colon or ellipsis closing a line: the line ends a clause of its own. */
const CLAUSE_END = /[.!?؟:;…]$/u;
/** A sentence's stop closing a line. */
const SENTENCE_END = /[.!?]$/u;

/**
 * Whether block `b` is the list of the page's `<link>` elements lynx prints
 * first (`#alternate`, `#Example Post - RSS Example Post - Atom`): the dump's
 * first line, `#` glued to its first word (a Markdown heading has a space).
 */
export function linkHeader(b: Block): boolean {
  return b.index === 0 && b.text.charCodeAt(0) === 0x23 && /^#[^\s#]/u.test(b.text);
}

/** Whether a block is known for something else than a headline (furniture, a credit, a byline, a date, a list item), whatever its shape. */
export function notTitle(doc: TextDoc, b: Block): boolean {
  const t = b.text;
  if (
    t.charAt(0) === '[' ||
    startsWithBullet(t) ||
    startsWithOrderedNumber(t) ||
    CREDIT_LABEL.test(t) ||
    ARROW_LINK.test(t) ||
    pagerQuotes(t) ||
    // A web address, alone or inside (`print header logo https://…`: an image's alt text and its link).
    t.includes('://') ||
    // A row of links behind lynx's numbers (`[2]Home [3]World [4]Sport`, its first number cut off): a menu.
    (doc.linkNumbered === true && holdsLinkNumbers(t, 2))
  )
    return true;
  // Cloudflare's stand-in for an obfuscated e-mail address (`Hacete [email protected]`): a menu's or a contact line's.
  if (printedTwice(t) || breadcrumbTrail(t) || t.includes(CLOUDFLARE_EMAIL)) return true;
  // A header's meta line, its segments closed by a reading time (`site · date · 1 minute`).
  if (holdsReadingTime(t) || counterAfterDate(t)) return true;
  const next = doc.blocks[b.index + 1];
  // Right over the menu's home entry (`Accueil`, `Home`, `الرئيسية`): the site's name, its logo's text.
  if (
    next !== undefined &&
    next.text.length <= HOME_WORD_MAX &&
    HOME_WORDS.has(foldedOf(doc, next))
  )
    return true;
  // A credit under it makes it a caption, unless it reads as names and their desk over a date line (`X and Y, Associated Press` ⏎ `Updated …`).
  if (
    next !== undefined &&
    next.text.length <= CREDIT_MAX &&
    isPhotoCredit(next.text, foldedOf(doc, next)) &&
    // A caption closed by its credit under the line (`… de Tanger. Photo : MAP`) is the picture's
    // caption itself, the line over it the headline (or a tag list, refused below).
    !endsWithPhotoCredit(next.text) &&
    !namesWithDesk(doc, next) &&
    !(signedUnderCredits(doc, next.index) && !headlineAbove(doc, b.index))
  )
    return true;
  // The first half of a deck broken over two lines; a picture's caption closed by its labelled credit; lynx's links;
  // an entry of a numbered table of contents (`13 External links`, the last one right above a reference page's body).
  if (continuedBelow(doc, b) || closesWithCredit(t) || linkHeader(b) || contentsEntry(doc, b))
    return true;
  // A list of the article's tags (`Topics: uber, Tanger, …`, `Mots-clés : …`, `الوسوم: …`).
  if (isTagLabel(t, knownFold(doc, b.index, t))) return true;
  // A line of a known template (`Cette image sera automatiquement bloquée…`), a widget's or a counter.
  if (recogniseBoilerplate(t, BOILERPLATE, () => foldedOf(doc, b))) return true;
  // A meta line opening with the day (`24.01.2022 - Meldung - Energiewende`): the page's date and kind, not its headline.
  if (datedMeta(t) || TIMED_ENTRY.test(t)) return true;
  // A link to another article under its label (`See also: …`, `Lire aussi : …`, a wiki's hatnote).
  // Not right over its byline: `Watch: <headline>` ⏎ `By X` is a video's headline.
  if (markedRelated(doc.input, b) && !overByline(doc, b)) return true;
  // An appeal to the reader (`Thank you for supporting X`, `Subscribe to our newsletter`).
  if (isReaderAppeal(t, knownFold(doc, b.index, t))) return true;
  // A newsletter box's pitch, between its heading and its form.
  if (inSignUpBox(doc, b.index)) return true;
  // An image's alt text over the caption that opens with it.
  if (altOverCaption(doc, b.index)) return true;
  // A table's row (`Cybex S-Fix      190 €      ja`) is the table's, not a headline.
  // (Lines a hard wrap joined keep their indent: there only a tab or a rule parts cells.)
  if (isTableRowLine(t, doc.wrapWidth === undefined)) return true;
  // The masthead (`The Washington Post` on washingtonpost.com) names the site, not the article.
  if (doc.siteLabels && spellsSiteName(t, doc.siteLabels)) return true;
  // The line folded once (and kept) for every list it is looked up in.
  const f = foldedOf(doc, b);
  return (
    (isFurnitureLine(t, false, f) && !dayHeadline(doc, b) && !spellsSlug(doc, f)) ||
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
    (dateOnly(t) && !dayHeadline(doc, b))
  );
}

/**
 * Whether folded line `f` spells the address's last segment, word for word (`Qui sommes-nous ?` on
 * `…/qui-sommes-nous`, two words or more): a site's own page named as its menu names it, the page's headline.
 */
function spellsSlug(doc: TextDoc, f: string): boolean {
  const slug = doc.slug;
  if (!slug || slug.size < 2) return false;
  const words = foldedWords(f);
  return words.length === slug.size && words.every((w) => slug.has(w));
}

/** Whether block `b` reads as a byline with its desk (`X and Y, Associated Press`: no label before the comma) over a date line. */
function namesWithDesk(doc: TextDoc, b: Block): boolean {
  const comma = b.text.indexOf(', ');
  return comma > 0 && !b.text.slice(0, comma).includes(':') && signature(doc, b.index + 1);
}

/** Longest line read as a photo credit (its caption included); longer lines are not folded for it. */
const CREDIT_MAX = 300;

/** A breadcrumb's separators (`Accueil > Culture > Festivals`). */
const BREADCRUMB = / [>»›|/] /;

/** A deck runs longer than a headline: the chosen line is one when it is at least this long… */
const DECK_MIN = 90;
/** …or a sentence closed by its stop of this many words at least (a shorter one is a headline's)… */
const DECK_SENTENCE_WORDS = 8;
/** …and the line right above it, a headline of four words or more, is shorter by this much. */
const DECK_RATIO = 1.2;

/**
 * The headline over `b` when `b` is its deck (standfirst): the line right
 * above, headline-shaped, of four words or more and clearly shorter. A deck
 * is long, or a sentence of eight words or more closed by its stop (the
 * headline over it has none).
 */
function deckOf(doc: TextDoc, b: Block): Block | undefined {
  if (
    b.text.length < DECK_MIN &&
    !(/[.!؟]$/u.test(b.text) && wordSpacesAtLeast(b.text, DECK_SENTENCE_WORDS - 1))
  )
    return undefined;
  // A picture's caption closed by its credit may stand between the headline and its deck.
  const caption = doc.blocks[b.index - 1];
  const skip = caption && captionWithCredit(caption.text);
  const above = doc.blocks[b.index - (skip ? 2 : 1)];
  if (!above || !OPEN_ROLES.has(doc.roles.get(above.index))) return undefined;
  const t = above.text;
  if (t.length * DECK_RATIO > b.text.length || BREADCRUMB.test(t)) return undefined;
  if (t.split(' ').filter((w) => /\p{L}/u.test(w)).length < 4) return undefined;
  // A line the candidate holds whole is a piece of it printed again (a wrapped link's end), not a headline over a deck.
  if (foldedOf(doc, b).includes(foldedOf(doc, above))) return undefined;
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

/** A separator of a meta line's segments after its opening date (` - `, ` | `). */
const META_SEPARATOR = /^ [-–—|·•] /u;

/**
 * Whether `t` opens with a date in figures ({@link numericDateAt}), then a separator of segments (`24.01.2022 -
 * Meldung - …`, `2022-01-24 | News`): a meta line. The separator is this reader's own test: one line opening with a
 * date and a space alone (`12.03.2024 Election results`) is not refused as the title (wrapped.ts, which wants two such
 * lines in a row, takes any space).
 */
function datedMeta(t: string): boolean {
  const end = numericDateAt(t, 0);
  return end > 0 && META_SEPARATOR.test(t.slice(end, end + 3));
}

/** A clock time opening a line, then words (`9:52 PM Senegal equalise`, `14h05 Les secours…`): a live page's entry, a timed headline. */
const TIMED_ENTRY = /^\d{1,2}[:h]\d{2}(?: ?[ap]m)? \p{L}/iu;

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
      doc.roles.get(j) !== 'date' &&
      !altOverCaption(doc, j)
    );
  };
  return short(k - 1) && short(k + 1);
}

/** Whether block `j` is an image's alt text over the caption that opens with it (`Le terminal` ⏎ `Le terminal de Tanger. Photo : MAP`). */
export function altOverCaption(doc: TextDoc, j: number): boolean {
  const b = doc.blocks[j];
  const next = doc.blocks[j + 1];
  return (
    b !== undefined &&
    next !== undefined &&
    next.text.length > b.text.length + 1 &&
    next.text.startsWith(`${b.text} `) &&
    // A caption, not a paragraph opening with the headline's words.
    (endsWithPhotoCredit(next.text) || !bodyLike(next.text))
  );
}

/** Roles a title candidate may already carry (a first guess, or body text the region left out). */
const OPEN_ROLES = new Set([undefined, 'body', 'boilerplate', 'title', 'standfirst', 'related']);

/** Whether block `b` may be the page's headline: shaped like one, not known as something else, its role open. */
export function mayBeTitle(doc: TextDoc, b: Block): boolean {
  return OPEN_ROLES.has(doc.roles.get(b.index)) && titleShaped(doc, b);
}

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
  let best: { block: Block; score: number; signed: boolean } | undefined;
  // The body's first paragraph when it is prose: a line over the body printing it again is a deck printed
  // again as the lede, no headline (a headline printed again over the body is no prose).
  const opens =
    doc.blocks[first] && bodyLike(doc.blocks[first].text) ? doc.blocks[first] : undefined;
  const opening = bodyHeadline(doc, first);
  if (opening)
    best = { block: opening, score: scoreOf(doc, opening, 0, slug, top) + SIGNED, signed: true };
  // A teaser box's heading met between the body and the best line so far: that line, unsigned, is a box item.
  let boxed = false;
  // Lines with no word (an empty list item, a lone bullet or rule: a picture's placeholder) between a signed
  // headline and the body put no distance between them.
  let wordless = 0;
  for (let k = first - 1, seen = 0; k >= 0 && seen < WINDOW; k--, seen++) {
    const b = doc.blocks[k];
    if (!b) break;
    if (placeholder(b.text)) wordless++;
    const role = doc.roles.get(k);
    if (best && !best.signed && !boxed && boxHeading(doc, b)) boxed = true;
    // The costly rule-out (notTitle) is read last, only for a line whose score would win.
    // A list of the site's channels or sections parted by slashes or bars (`Meine Kanäle: Comedy / Reise / Vlog`).
    if (!OPEN_ROLES.has(role) || !headlineShaped(b.text) || listLine(b.text)) continue;
    if (opens !== undefined && foldedOf(doc, b) === foldedOf(doc, opens)) continue;
    let score = scoreOf(doc, b, seen, slug, top);
    if (printedAsHeading(doc, b)) score += HEADING;
    // The date line's test, costlier, only for a line the bonus could make win.
    const signed =
      signedUnder(doc, k) || ((!best || score + SIGNED > best.score) && datedUnder(doc, b));
    if (signed) score += SIGNED;
    // A headline with its byline or date line a few lines under it: the wordless lines below put no distance.
    if (wordless > 0 && signedBelow(doc, k)) score += wordless * DISTANCE_STEP;
    // Above a teaser box, a headline its byline or date line anchors (a kicker between) wins over the box's items.
    const overBox = boxed && score + SIGNED > 0 && (signed || signedBelow(doc, k));
    if (overBox && !signed) score += SIGNED;
    if ((!best || score > best.score || overBox) && !notTitle(doc, b)) {
      best = { block: b, score, signed: signed || overBox };
      boxed = false;
    }
  }
  if (!best || best.score <= 0) return undefined;
  return wholeTitle(deckOf(doc, best.block) ?? best.block);
}

/** A letter or a digit: a line without one holds no word. */
const WORDED = /[\p{L}\p{N}]/u;

/** A line wholly one bracketed name with no space in it: a picture w3m prints by its file's name (`[7ac3a4f0-6]`). */
const PICTURE_MARK = /^\[[^\]\s]+\]$/u;

/** Whether a line stands for a picture and holds no word of the page: no letter or digit, or a picture's bracketed name. */
function placeholder(text: string): boolean {
  return !WORDED.test(text) || PICTURE_MARK.test(text);
}

/** Whether a line heads a teaser box (`Related`, `Read more`, `Lo más leído`). */
function boxHeading(doc: TextDoc, b: Block): boolean {
  if (b.text.length > BOX_HEADING) return false;
  const f = foldedOf(doc, b);
  return isTeaserHeading(b.text, f) || isMoreHeading(b.text, f);
}

/** Longest line read as a teaser box's heading. */
const BOX_HEADING = 40;
/** Lines between a headline and the byline or date line that anchors it over a teaser box (a kicker, a deck). */
const BOX_SIGNATURE_REACH = 3;
/** Longest line between a headline and its anchoring byline or date line. */
const BETWEEN_MAX = 60;

/** Whether a byline, date or source line stands a few short lines under block `k` (`Title` ⏎ `Investment` ⏎ date ⏎ byline). */
function signedBelow(doc: TextDoc, k: number): boolean {
  for (let j = k + 1; j <= k + BOX_SIGNATURE_REACH; j++) {
    if (signature(doc, j)) return true;
    const b = doc.blocks[j];
    if (!b || b.text.length > BETWEEN_MAX) return false;
  }
  return false;
}

/** What each block between a candidate and the body takes from its score. */
const DISTANCE_STEP = 0.35;

/** What a line printed as a heading (at the left edge of an indented dump) adds to its score. */
const HEADING = 4;

/** What a byline, date or source line right under a candidate adds to its score. */
const SIGNED = 3;

/** Picture placeholders read over between a headline and its byline. */
const PLACEHOLDERS = 2;

/** Whether block `k` has a byline, date or source line right under it, marked or only shaped like a byline (the header search stops at the first screenful). */
function signedUnder(doc: TextDoc, k: number): boolean {
  // A picture's placeholder between them (`[7ac3a4f0-6]`, as w3m prints the headline's picture) is no line of the header's.
  let j = k + 1;
  while (j < k + 1 + PLACEHOLDERS && placeholder(doc.blocks[j]?.text ?? 'x')) j++;
  const after = doc.roles.get(j);
  const next = doc.blocks[j];
  return (
    after === 'byline' ||
    after === 'date' ||
    after === 'source' ||
    (next !== undefined && OPEN_ROLES.has(after) && recogniseByline(next) !== undefined)
  );
}

/** Fewest words of a line read as a headline over a date line alone (`Our Foreign Staff` ⏎ date is a byline). */
const DATED_WORDS = 4;

/** Whether a stamp or date line stands right under `b`, a line of a few words at least. */
function datedUnder(doc: TextDoc, b: Block): boolean {
  // Four words: three spaces (`split(' ')` counted, without the array).
  return spacesAtLeast(b.text, DATED_WORDS - 1) && signature(doc, b.index + 1);
}

/** Blocks of the body's head read for a headline the body's run took in. */
const OPENING_REACH = 6;
/** Blocks read at most, furniture between the body's paragraphs included. */
const OPENING_SPAN = 12;
/** Paragraphs of prose the body's run may hold above the headline it took in. */
const MAX_PROSE_BEFORE = 1;
/** Lines between a headline and its byline or date line (a deck, a name over the date). */
const SIGNATURE_REACH = 3;

/** Whether block `j` credits, signs or dates the article: marked so, or shaped so though the body's run took it in. */
export function signature(doc: TextDoc, j: number): boolean {
  const role = doc.roles.get(j);
  if (role === 'byline' || role === 'date' || role === 'source') return true;
  const b = doc.blocks[j];
  if (!b || (role !== undefined && role !== 'body' && role !== 'boilerplate')) return false;
  const t = b.text;
  return (
    recogniseByline(b) !== undefined ||
    isStampLine(t, foldedOf(doc, b)) ||
    dateOnly(t) ||
    nameWithStamp(doc, b) !== undefined
  );
}

/**
 * The headline anchored by its byline or date line that the body's run,
 * from block `first`, took in (see {@link headlineOpening}), or that stands
 * right above it under its date line (see {@link datedOver}), or printed
 * twice at its head (see {@link repeatedOpening}).
 */
export function bodyHeadline(doc: TextDoc, first: number): Block | undefined {
  const opening = headlineOpening(doc, first);
  if (opening) return opening;
  const above = doc.blocks[first - 1];
  if (above && OPEN_ROLES.has(doc.roles.get(above.index)) && datedOver(doc, above.index))
    return above;
  return repeatedOpening(doc, first);
}

/** Blocks under a headline searched for its copy (a share box's or a hero picture's title between). */
const COPY_REACH = 6;

/**
 * The headline printed twice at the body's head (`Title` ⏎ `Share on X` ⏎
 * `Title` ⏎ lede): after one paragraph at most, a headline-shaped line
 * printed again a few blocks under it, not right under it nor in a run of
 * copies (a list's items: a gallery's captions, teasers each printed twice).
 */
function repeatedOpening(doc: TextDoc, first: number): Block | undefined {
  let prose = 0;
  for (let k = first; k < first + OPENING_REACH; k++) {
    const b = doc.blocks[k];
    if (!b) return undefined;
    if (bodyLike(b.text)) {
      if (++prose > MAX_PROSE_BEFORE) return undefined;
      continue;
    }
    if (!OPEN_ROLES.has(doc.roles.get(k)) || !headlineShaped(b.text)) continue;
    const f = foldedOf(doc, b);
    for (let j = k + 1; j <= k + COPY_REACH; j++) {
      const copy = doc.blocks[j];
      if (!copy) break;
      if (foldedOf(doc, copy) !== f) continue;
      // A line printed in a run of copies is a list's (a gallery's captions), not a headline shown twice.
      const after = doc.blocks[j + 1];
      if (j === k + 1 || (after && foldedOf(doc, after) === f)) return undefined;
      return notTitle(doc, b) ? undefined : b;
    }
  }
  return undefined;
}

/**
 * The headline the body's run took in: among the body's first blocks, after
 * one paragraph at most, a headline-shaped line with, a few lines under it (a
 * deck, a name between), a byline, date or source line and then prose.
 */
function headlineOpening(doc: TextDoc, first: number): Block | undefined {
  let prose = 0;
  let read = 0;
  for (let k = first; read < OPENING_REACH && k < first + OPENING_SPAN; k++) {
    const b = doc.blocks[k];
    if (!b) return undefined;
    // Lines already known as furniture (a sign-in box's) do not count.
    if (doc.roles.get(k) === 'body') read++;
    const stop = /[.!?؟]$/u.test(b.text);
    // One paragraph may stand before it (a notice, a feed's link), not the article's text; a long headline reads as prose too.
    if (bodyLike(b.text) && (stop || !longHeadline(b.text))) {
      // Prose the body left out (a sign-up box's pitch) is furniture's, not the article's.
      if (doc.roles.get(k) === 'body' && ++prose > MAX_PROSE_BEFORE) return undefined;
      continue;
    }
    if (!OPEN_ROLES.has(doc.roles.get(k)) || !headlineShaped(b.text)) continue;
    // A name alone over its date line is the byline; a sentence further down is the lede.
    if (personLine(b.text) || (k > first && stop && !b.text.endsWith('?'))) continue;
    let signedAt = -1;
    // A headline between it and the signature, this one a stray line of the interface (`take the tour`).
    let headlineBelow = false;
    for (let j = k + 1; j <= k + SIGNATURE_REACH && signedAt < 0; j++) {
      const between = doc.blocks[j];
      if (!between) break;
      if (signature(doc, j)) signedAt = j;
      else if (bodyLike(between.text) && j > k + 1) break;
      else if (kickedHeadline(b.text, between.text)) headlineBelow = true;
    }
    if (signedAt < 0 && datedOver(doc, k)) return b;
    if (signedAt < 0 || headlineBelow || !proseAfter(doc, signedAt)) continue;
    if (!notTitle(doc, b)) return b;
  }
  return undefined;
}

/** Fewest words of a headline read under its date line (a kicker or a section's name is shorter). */
const DATED_HEADLINE_WORDS = 5;

/**
 * Whether block `k`, in the body's head, is the headline printed under its
 * date line and over its lede (`Europe` ⏎ `6. November 2023` ⏎ headline ⏎
 * lede): a date line alone right above it, under a section's name or a
 * kicker (a headline over the date line is the article's, the line under it
 * its deck; a byline or another date line over it closes a header whose
 * headline is higher up); a headline's words, no statement's stop at its end (a
 * caption's), not the caption the next line opens with, and prose under it.
 */
function datedOver(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  const date = doc.blocks[k - 1];
  const next = doc.blocks[k + 1];
  if (!b || !date || !next || !bodyLike(next.text) || next.text.startsWith(b.text)) return false;
  if (doc.roles.get(k - 1) !== 'date' && !dateOnly(date.text)) return false;
  // Over the date line, a kicker or a section's name: not a headline, nor another line of a header's meta
  // (`Actualizado …` ⏎ `Creado …`), whose headline stands above them all.
  const over = doc.blocks[k - 2];
  if (over && (spacesAtLeast(over.text, DATED_HEADLINE_WORDS - 1) || signature(doc, k - 2)))
    return false;
  return (
    spacesAtLeast(b.text, DATED_HEADLINE_WORDS - 1) &&
    !/[.!;]$/u.test(b.text) &&
    !printedAbove(doc, b) &&
    !notTitle(doc, b)
  );
}

/** Blocks above a line searched for the headline it opens with. */
const PRINTED_REACH = 30;

/** Whether `b` opens with a line printed a few blocks above it: the headline again, over a picture's caption (folded: a hard wrap's spaces differ). */
function printedAbove(doc: TextDoc, b: Block): boolean {
  const f = foldedOf(doc, b);
  for (let j = Math.max(0, b.index - PRINTED_REACH); j < b.index - 1; j++) {
    const above = doc.blocks[j];
    if (above && above.text.length >= MIN_LENGTH && f.startsWith(foldedOf(doc, above))) return true;
  }
  return false;
}

/**
 * Whether `lower`, a line under `upper` and over their signature, is the
 * headline and `upper` a stray line of the interface (`take the tour`): a
 * headline opens on a capital, or a word not all in lower case (`iPhone`),
 * where `upper` opens on a word all in lower case; `lower` is shaped like a
 * headline, no statement's stop at its end (a deck's), not prose, not a name.
 */
function kickedHeadline(upper: string, lower: string): boolean {
  return (
    LOWER_WORD.test(upper) &&
    !LOWER_WORD.test(lower) &&
    headlineShaped(lower) &&
    !/[.!;]$/u.test(lower) &&
    !bodyLike(lower) &&
    !personLine(lower)
  );
}

/** Longest headline that reads as prose by its length (a picture's caption runs longer). */
const LONG_HEADLINE = 150;

/** Whether a line measured as prose may still be a headline: not too long, one sentence (`… Queens. The likely source…` is a caption). */
function longHeadline(text: string): boolean {
  return text.length <= LONG_HEADLINE && headlineShaped(text) && !/[.!?] \p{Lu}/u.test(text);
}

/** Blocks after a signature searched for the article's first prose. */
const LEDE_REACH = 4;

/** Whether prose (a paragraph) follows block `j` within a few blocks: a lede, not the next teaser's headline. */
function proseAfter(doc: TextDoc, j: number): boolean {
  for (let k = j + 1; k <= j + LEDE_REACH; k++) {
    const b = doc.blocks[k];
    if (!b) return false;
    if (bodyLike(b.text)) return true;
  }
  return false;
}

/** A candidate's score but for a byline under it: near the body, long, not in a run of short lines, no sentence's stop, the address's words, the page's top line. */
function scoreOf(
  doc: TextDoc,
  b: Block,
  seen: number,
  slug: Set<string>,
  top: Set<string>,
): number {
  let score = 4 - seen * DISTANCE_STEP + Math.min(b.text.length, 80) / 20;
  if (inShortRun(doc, b.index)) score -= 2;
  if (/[.!?؟]$/u.test(b.text)) score -= 2.5;
  const f = foldedOf(doc, b);
  if (slug.size > 0) {
    const words = foldedWords(f);
    const shared = words.filter((w) => slug.has(w)).length;
    score += (6 * shared) / Math.max(3, Math.min(words.length, slug.size));
  }
  for (const t of top) if (t !== f && t.includes(f) && f.length >= 15) score += 3;
  return score;
}

/**
 * Refiner: the lines the body's run holds above the headline it took in (a
 * notice, a share button), none of them prose, leave the body as the
 * header's furniture, and so does a byline between it and the lede, for the
 * header's readers to read it; when prose stands above it, all stays.
 */
export function dropHeadlineHeader(doc: TextDoc, body: BodyParts, headline: number): void {
  const at = body.owners.findIndex((owner) => owner >= headline);
  if (at < 0) return;
  const drop = new Set<number>();
  // Prose above it stays, and so does the byline, which the body's head then reads.
  if (body.paragraphs.slice(0, at).some((p) => bodyLike(p.text))) return;
  for (let i = 0; i < at; i++) drop.add(i);
  for (let i = at; i < body.owners.length; i++) {
    const owner = body.owners[i] ?? -1;
    if (owner > headline + SIGNATURE_REACH + 1 || bodyLike(body.paragraphs[i]?.text ?? '')) break;
    const b = doc.blocks[owner];
    // A byline (its date lines stay: the body's head reads them).
    if (b && owner > headline && (recogniseByline(b) || nameWithStamp(doc, b))) drop.add(i);
  }
  for (const i of drop) doc.roles.set(body.owners[i] ?? -1, 'boilerplate');
  body.paragraphs = body.paragraphs.filter((_, i) => !drop.has(i));
  body.owners = body.owners.filter((_, i) => !drop.has(i));
}
