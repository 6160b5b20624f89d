/**
 * Refiner: tag, archive, author and section pages. Teasers end in `…`,
 * `...`, `[…]`, `(...)` or a read-more link; titles stand on the line before
 * their teaser. A page with a listing header or several teasers and no run of
 * full paragraphs is a listing, and its teasers become `items`.
 */

import { findDates } from '../../dates/find-dates.js';
import { isArchiveHeading } from '../../furniture/archive-headings.js';
import { barredEntries } from '../../furniture/menu-rows.js';
import { isNewsletterHeading, isSignUpFormLine } from '../../furniture/newsletter.js';
import { isTagLabel } from '../../furniture/post-meta.js';
import { isRelativeTimeLine } from '../../furniture/stamps.js';
import { isMoreHeading } from '../../furniture/teaser-headings.js';
import type { Block } from '../../input/block.js';
import { isAttributedQuote } from '../../text/attributed-quote.js';
import { isCjk, startsWithBullet, startsWithOrderedNumber } from '../../text/chars.js';
import { fold, foldHeadCode, headCode } from '../../text/fold.js';
import type { ListingItem } from '../../types.js';
import { phrases } from '../../util/tables.js';
import { LISTING_HEADERS } from '../profiles/generic.js';
import { gluedAuthor, nameLike, recogniseByline, titleByline } from '../recognisers/byline.js';
import { readMoreInside, readMoreSuffix } from '../recognisers/read-more.js';
import { recogniseRelated, SENTENCE_STARTERS, starter } from '../recognisers/related.js';
import { paragraphLike, type TextDoc, titleLike } from './doc.js';
import { nameLine } from './header.js';
import { headlineShaped } from './headline-items.js';
import { cutMidWord, DatedUnits } from './listing-units.js';
import { metaAuthor, namesAlone, signedAfterDate } from './meta-author.js';

const HEADERS = LISTING_HEADERS.map(fold);
/** The headers' first two folded characters, as `headCode` numbers. */
const HEADER_HEADS = new Set(HEADERS.map(headCode));
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(\.\.\.\)|\(…\)|&[a-z]{1,6})$/u;
/** `Auteur: X` glued after a cut teaser (`…duAuteur: Hassan Manyani`). */
/** `Par X – teaser` or `par X <teaser>` at a teaser's start. */
const LEADING_AUTHOR = /^[Pp]ar ([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3}) ?[–—-] /u;

/**
 * True for a line that starts like a listing page's header (`Étiquette : X`, `تصفح الوسم`), or is an
 * archive page's heading ({@link isArchiveHeading}); `head` is the line's `foldHeadCode` when the caller keeps it.
 */
export function isListingHeader(text: string, folded?: () => string, head?: number): boolean {
  if (isArchiveHeading(text, folded, head)) return true;
  if (text.length > 80 || !HEADER_HEADS.has(head ?? foldHeadCode(text))) return false;
  // The line's fold when the caller keeps it (the same fold), else folded here.
  const key = folded ? folded() : fold(text);
  return HEADERS.some((h) => key.startsWith(h));
}

/** True for a teaser line: cut with an ellipsis, or ending in a read-more link. */
export function teaserLike(text: string): boolean {
  return TEASER_END.test(text) || readMoreSuffix(text) >= 0;
}

/** A piece of a listing: a whole free block, or part of a line split at a glued read-more link. */
interface Piece {
  block: Block;
  start: number;
  end: number;
  text: string;
  teaser: boolean;
}

/** The free blocks as pieces, split where a read-more link is glued to the next title. */
function pieces(doc: TextDoc, blocks: readonly Block[]): Piece[] {
  const out: Piece[] = [];
  eachPiece(doc, blocks, (p) => {
    out.push(p);
    return false;
  });
  return out;
}

/**
 * Hands {@link pieces}' pieces to `take` in order, until it returns true, or
 * (with `limit`) until a block lies past the limit.
 */
function eachPiece(
  doc: TextDoc,
  blocks: readonly Block[],
  take: (p: Piece) => boolean,
  limit?: ReadLimit,
): void {
  for (const b of blocks) {
    if (limit && !limit.within(b.index)) return;
    const role = doc.roles.get(b.index);
    // Date and byline lines were claimed early; in a listing they belong to its items.
    if (
      (role !== undefined && role !== 'date' && role !== 'byline') ||
      recogniseRelated(doc.input, b)
    )
      continue;
    // A newsletter box's pitch between its heading and its button (`Newsletter` ⏎ `Recevez chaque matin…` ⏎
    // `S'inscrire`) is no teaser.
    if (newsletterPitch(doc, b)) continue;
    // A tag list under the units (`Tags populaires : …`, `الوسوم الأكثر تداولا: …`) is the page's, no item.
    if (isTagLabel(b.text)) continue;
    const nextIsReadMore = doc.roles.get(b.index + 1) === 'read-more';
    let start = b.start;
    let text = b.text;
    for (let guard = 0; guard < 8; guard++) {
      const inside = readMoreInside(text);
      if (!inside) break;
      const teaser = text.slice(0, inside.at).trimEnd();
      if (take({ block: b, start, end: start + teaser.length, text: teaser, teaser: true })) return;
      start += inside.after;
      text = text.slice(inside.after);
    }
    if (take({ block: b, start, end: b.end, text, teaser: teaserLike(text) || nextIsReadMore }))
      return;
  }
}

/** Whether block `b` stands between a newsletter box's heading and its sign-up form's line. */
function newsletterPitch(doc: TextDoc, b: Block): boolean {
  const above = doc.blocks[b.index - 1];
  const below = doc.blocks[b.index + 1];
  return (
    above !== undefined &&
    below !== undefined &&
    isNewsletterHeading(above.text) &&
    isSignUpFormLine(below.text)
  );
}

/** A first word in small letters, then a space: a sentence's or a list item's opening, no headline's. */
const SMALL_WORD_FIRST = /^\p{Ll}+ /u;

/**
 * Whether a line is a menu or a breadcrumb on one line: three entries or more (two with `pair`, a footer's links)
 * parted by ` | `, each of two words at most ({@link barredEntries}), and no digit: a listing's slide title and its figures are parted by bars too
 * (`Tata Steel | SELL | Target: Rs 1,330`), where the title's readers, which want the home word, meet none.
 */
function menuOnOneLine(text: string, pair = false): boolean {
  return !/\d/u.test(text) && barredEntries(text, pair);
}

/** A cut teaser under a title: long, no sentence end (`…à destination`). */
function cutUnderTitle(prev: Piece | undefined, p: Piece): boolean {
  return (
    prev !== undefined &&
    !prev.teaser &&
    // A headline printed again (after its breadcrumb, or twice) is a repeat, not a teaser.
    !prev.text.includes(p.text) &&
    !p.text.includes(prev.text) &&
    titleLike(prev.text) &&
    // A list's item opening with a word in small letters (`your vehicle registration number`) heads no unit:
    // a headline opens with a capital or a figure (`iPhone`, `eBay` open with a capital after one small letter).
    !SMALL_WORD_FIRST.test(prev.text) &&
    prev.text.length >= MIN_TITLE &&
    prev.text.length <= 160 &&
    !paragraphLike(prev.text) &&
    // A menu or a breadcrumb on one line (`Accueil | Politique | Sport`) heads no unit: the headline under it is none's excerpt.
    !menuOnOneLine(prev.text) &&
    p.text.length >= 60 &&
    !/[.!?؟»"”)]$/u.test(p.text) &&
    // A quotation and who said it (`"…." - A farmer`) ends on the speaker's words: no excerpt cut short.
    !isAttributedQuote(p.text)
  );
}

/**
 * How far the listing check reads: the blocks before {@link ReadLimit.end}, a
 * block that may be found only when asked about (see `teaserListEnd`).
 */
export interface ReadLimit {
  /** Whether block `k` lies before the end; the end is looked for no further than `k`. */
  within(k: number): boolean;
  /** The first block index past the limit (the blocks' count when none is). */
  end(): number;
}

/**
 * Whether the page reads as a listing: a header and two teasers, three
 * teasers, three titles each over a cut teaser, three excerpts cut in
 * mid-word among four teasers, or three headlines over date lines of one
 * shape, newest first (listing-units.ts); never with two full
 * paragraphs in a row (two excerpts cut in mid-word are none) (a credit line, which makes it an article preview, is checked by the caller).
 * Only the blocks before `limit` are read, and the limit is asked only as far as the pieces go.
 */
export function looksLikeListing(doc: TextDoc, limit: ReadLimit): boolean {
  let teasers = 0;
  let cutPairs = 0;
  // Excerpts cut in mid-word, and date lines of one shape under headlines: a listing's units with no address.
  let cuts = 0;
  const dated = new DatedUnits(doc.reference);
  // Headlines over an excerpt and a byline (`By X`): a section front's units, signed one by one.
  let signedUnits = 0;
  // The opening words of the excerpts counted so far: a listing's units each open their own way.
  const openings = new Set<string>();
  let run = 0;
  let lastCut = false;
  let previous: Piece | undefined;
  let before: Piece | undefined;
  // Two full paragraphs in a row say no whatever follows: the pieces after them are not read.
  let prose = false;
  eachPiece(
    doc,
    doc.blocks,
    (p) => {
      if (p.teaser) teasers++;
      if (cutUnderTitle(previous, p) && unitExcerpt(p, openings)) cutPairs++;
      const cut = !p.teaser && cutMidWord(p.text);
      if (cut) cuts++;
      const role = doc.roles.get(p.block.index);
      if (role === 'date' || role === 'byline')
        dated.dateLine(
          p.text,
          headlineOver(doc, previous, before) || excerptUnit(doc, previous, before),
        );
      // A date line the header left free, closing a headline and a whole sentence of excerpt (a section page's
      // units written as summaries, not cut): counted with the others of its shape, newest first.
      // So does one right under a headline (`<headline>` ⏎ `06/12/2026` ⏎ `<summary>.`); a date line holds a figure.
      else if (
        role === undefined &&
        (excerptUnit(doc, previous, before) ||
          (DIGIT.test(p.text) && headlineOver(doc, previous, before)))
      )
        dated.dateLine(p.text, true);
      if (signedExcerptUnder(doc, previous, before) && (signsUnit(p, role) || timesUnit(p, before)))
        signedUnits++;
      before = previous;
      previous = p;
      // Two long pieces in a row are prose unless both were cut in mid-word (a list of excerpts).
      const long = p.text.length >= 120 && !p.teaser;
      prose = long && run > 0 && !(cut && lastCut);
      run = long ? run + 1 : 0;
      lastCut = cut;
      return prose;
    },
    limit,
  );
  if (prose) return false;
  const end = limit.end();
  let header = false;
  for (let k = 0; k < end && !header; k++) header = doc.roles.get(k) === 'listing-header';
  return (
    (header && teasers >= 2) ||
    teasers >= 3 ||
    cutPairs >= 3 ||
    (cuts >= MIN_UNITS && cuts + teasers > MIN_UNITS) ||
    dated.count >= MIN_UNITS ||
    signedUnits >= MIN_UNITS
  );
}

/** Whether an excerpt (a short paragraph, not cut) stands over a byline with a headline over it. */
function signedExcerptUnder(doc: TextDoc, excerpt?: Piece, headline?: Piece): boolean {
  return (
    excerpt !== undefined &&
    headline !== undefined &&
    doc.roles.get(excerpt.block.index) === undefined &&
    excerpt.text.length <= MAX_SIGNED_EXCERPT &&
    paragraphLike(excerpt.text) &&
    doc.roles.get(headline.block.index) === undefined &&
    titleLike(headline.text) &&
    !paragraphLike(headline.text)
  );
}

/** Whether a piece is a byline naming someone: marked so, or a short line that reads as one (only the article's own is marked). */
function signsUnit(p: Piece, role: string | undefined): boolean {
  if (role === 'byline') return true;
  return (
    role === undefined &&
    p.text.length <= MAX_UNIT_BYLINE &&
    recogniseByline(p.block)?.name !== undefined
  );
}

/**
 * Whether a piece is a relative time (`il y a 2 heures`, `hier`) under an excerpt under a headline of three
 * words or more (a commenter's name over a comment and its time is shorter): a section page's unit, timed.
 */
function timesUnit(p: Piece, headline: Piece | undefined): boolean {
  return headline !== undefined && headlineShaped(headline.text) && isRelativeTimeLine(p.text);
}

/** Longest line read as a unit's byline. */
const MAX_UNIT_BYLINE = 60;

/** Longest excerpt of a signed unit: an article's paragraphs run longer. */
const MAX_SIGNED_EXCERPT = 300;

/**
 * Whether a line cut under a title can be a listing unit's excerpt: it reads
 * as words (not a rule of dashes, a row of image placeholders or of slugs),
 * it introduces nothing (a form's `… or click an icon to log in:`), it is no
 * list's item (`* <item>⏎* <item>`, `3. …⏎4. …`: a unit's title may carry the
 * bullet, its excerpt does not), and
 * its first four words open no excerpt counted before (a comment form's
 * `You are commenting using your … account` lines, a table's maker column).
 * Records the excerpt's opening in `openings`.
 */
function unitExcerpt(p: Piece, openings: Set<string>): boolean {
  if (p.text.endsWith(':') || plainWords(p.text) < EXCERPT_WORDS) return false;
  if (listItem(p.text)) return false;
  const opening = p.text.split(' ', 4).join(' ');
  if (openings.has(opening)) return false;
  openings.add(opening);
  return true;
}

/** Fewest words of letters in an excerpt (`[stern_blue] [stern_blue]`, `Faktor-Mensch-Das-erwartet-Dich` hold none). */
const EXCERPT_WORDS = 4;

/** A word of letters (and their marks), an apostrophe allowed, between quotes or brackets and with its punctuation. */
const PLAIN_WORD = /^[«"“„(]?[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?[,.;:!?)»"”،؛]?$/u;

/**
 * How many of the first words of `text` are words of letters, up to
 * {@link EXCERPT_WORDS}; Chinese and Japanese, written without spaces, count in full.
 */
function plainWords(text: string): number {
  for (let i = 0; i < text.length && i < 20; i++)
    if (isCjk(text.charCodeAt(i))) return EXCERPT_WORDS;
  let n = 0;
  for (const w of text.split(' ', 24)) if (PLAIN_WORD.test(w) && ++n >= EXCERPT_WORDS) break;
  return n;
}

/** Whether a line opens as a list's item: behind a bullet (`* `, `+ `, `• `) or a number (`3. `). */
function listItem(text: string): boolean {
  return startsWithBullet(text) || startsWithOrderedNumber(text);
}

/** Fewest repeated units (cut excerpts, dated headlines) that tell a listing with no other sign. */
const MIN_UNITS = 3;

/**
 * Whether a headline stands over a date line: right above it, or above its
 * excerpt. A bare name is a comment's author (`Marc Dupuis⏎12/03/2021 à 10h15`), no headline.
 */
function headlineOver(doc: TextDoc, previous?: Piece, before?: Piece): boolean {
  const headline = (p?: Piece): boolean =>
    p !== undefined &&
    doc.roles.get(p.block.index) === undefined &&
    !p.teaser &&
    p.text.length <= 160 &&
    !paragraphLike(p.text) &&
    !nameLine(p.text);
  if (headline(previous)) return true;
  return (
    previous !== undefined &&
    doc.roles.get(previous.block.index) === undefined &&
    (previous.teaser || cutMidWord(previous.text)) &&
    headline(before)
  );
}

/** A digit of any script: a date line's figures (`06/12/2026`, `٠٦/١٢/٢٠٢٦`); most lines under a headline hold none. */
const DIGIT = /\p{Nd}/u;

/**
 * Whether a short excerpt written whole (a sentence or two, not cut) stands right over a date line, a headline of
 * a headline's words over it (`<headline>` ⏎ `<one-sentence summary>.` ⏎ `06/12/2026`): a listing's unit when the
 * page prints three or more of them, dated of one shape, newest first.
 */
function excerptUnit(doc: TextDoc, excerpt?: Piece, headline?: Piece): boolean {
  return (
    signedExcerptUnder(doc, excerpt, headline) &&
    headline !== undefined &&
    headlineShaped(headline.text) &&
    !nameLine(headline.text)
  );
}

/** Particles inside a person's name (`Sofia El Amrani`, `Karim Ben Ali`). */
const NAME_PARTICLES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('El|Ben|Ould|Ait|Aït|Abou|Bou|de|Le|La|Al|Bel'),
);

/**
 * `par Nadia Belkheir Les premiers bateaux…`: the author glued to the first
 * sentence. Two capitalised words, three when the middle one is a particle.
 */
function gluedLeadingAuthor(text: string): [string, string] | undefined {
  if (!text.startsWith('par ') && !text.startsWith('Par ')) return undefined;
  const words = text.slice(4, 80).split(' ');
  const [a, b, c] = words;
  if (!a || !b || !/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b) || SENTENCE_STARTERS.has(starter(b)))
    return undefined;
  const name = NAME_PARTICLES.has(b) && c && /^\p{Lu}/u.test(c) ? [a, b, c] : [a, b];
  const author = name.join(' ');
  return [`${text.slice(0, 4)}${author} `, author];
}

/** Builds one item from an optional title and a teaser. */
function item(doc: TextDoc, title: Piece | undefined, teaser: Piece, from: number): ListingItem {
  let text = doc.input.slice(from, teaser.end);
  const out: ListingItem = { start: title?.start ?? from, end: teaser.end };
  if (title) out.title = title.text;
  const suffix = readMoreSuffix(text);
  if (suffix >= 0) text = text.slice(0, suffix).trimEnd();
  const glued = gluedAuthor(text);
  if (glued) {
    out.author = glued.name;
    text = text.slice(0, glued.at);
  }
  const leading = LEADING_AUTHOR.exec(text) ?? gluedLeadingAuthor(text);
  if (leading?.[1]) {
    out.author = leading[1];
    text = text.slice(leading[0].length);
  }
  const date = findDates(text.slice(0, 120), doc.reference)[0];
  if (date && !date.unresolved) out.publishedAt = date.iso;
  out.teaser = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
  return out;
}

/** What a meta line under an item's title gives it. */
type Meta = { author?: string; date?: string };

/** Byline or date lines between an item's title and its teaser (`Par X`, `كريم بناني`, `12 نوفمبر 2024`). */
function metaLine(doc: TextDoc, p: Piece, alone?: ReadonlySet<string>): Meta | undefined {
  if (p.text.length > 60) return undefined;
  const date = findDates(p.text, doc.reference)[0];
  if (date && (date.end - date.start >= p.text.length - 25 || signedAfterDate(p.text, date))) {
    const meta: Meta = date.unresolved ? {} : { date: date.iso };
    // `Par X | 02/04/2024`, `Posted on March 4, 2019 by X`: the byline around the date gives the author.
    const author = metaAuthor(p.text, date, alone);
    if (author) meta.author = author;
    return meta;
  }
  const byline = /^(?:[Pp]ar|By|بواسطة|بقلم|كتب):? (.+)$/u.exec(p.text);
  if (byline?.[1] && nameLike(byline[1])) return { author: byline[1] };
  // Any other labelled byline the shared recogniser reads (`بقلم: X`, `Von X`, `Written by X`), the whole line.
  const labelled = p.text === p.block.text ? recogniseByline(p.block) : undefined;
  if (labelled?.name && labelled.nameEnd === p.block.end) return { author: labelled.name };
  // A listing's link to more of it (`عرض كل المقالات`, three words shaped as a name in a script with no case) signs nothing.
  if (nameLine(p.text) && !isMoreHeading(p.text)) return { author: p.text };
  return undefined;
}

/** Two sentences in one block (`… depuis 2015. Elle couvre …`): prose, an author's bio or a page's intro, no item's title. */
const TWO_SENTENCES = /[.!?] \p{Lu}/u;
/** Shortest block read for two sentences (a headline's abbreviation, `M. Tebboune`, stands in shorter ones). */
const MIN_TWO_SENTENCES = 120;

/** Whether a block of {@link MIN_TWO_SENTENCES} characters or more holds two sentences. */
function twoSentences(text: string): boolean {
  return text.length >= MIN_TWO_SENTENCES && TWO_SENTENCES.test(text);
}

/**
 * Whether a line may be an item's title: title-like, {@link MIN_TITLE} long, neither two sentences (an author's
 * bio over the list) nor a menu or a footer's links on one line (`Accueil | Politique | Sport`, `Contact | Publicité`).
 */
function itemTitle(text: string): boolean {
  return (
    titleLike(text) && text.length >= MIN_TITLE && !twoSentences(text) && !menuOnOneLine(text, true)
  );
}

/** Shortest item title: shorter lines are the site's menu and section names. */
const MIN_TITLE = 20;
/** Shortest first half of a teaser wrapped over two lines. */
const MIN_WRAP = 40;

/** `<Title> Par <AUTEUR>`: a title with its author glued at the end. */

/**
 * The items of a listing, in order: title⏎[byline/date]⏎teaser groups where
 * titles stand before teasers, else teasers alone (a teaser wrapped over two
 * lines is joined). A last title whose teaser was cut off is an item too.
 */
export function listingItems(doc: TextDoc, blocks: readonly Block[]): ListingItem[] {
  const list = pieces(doc, blocks);
  // Each piece's meta line read once: both passes below ask (null: none).
  const metas = new Array<Meta | null | undefined>(list.length);
  let alone: ReadonlySet<string> | undefined;
  const metaOf = (k: number, p: Piece): Meta | undefined => {
    let m = metas[k];
    if (m === undefined) {
      alone ??= namesAlone(doc);
      m = metaLine(doc, p, alone) ?? null;
      metas[k] = m;
    }
    return m ?? undefined;
  };
  // A cut excerpt under the title above it; with no title held, not under a meta line (`Publié le 24/11/2026`)
  // closing the unit above: the long line under it is the next unit's title (unless it prints the last item's
  // title again, as a page printing each headline two or three times does).
  const cutUnderTeaserTitle = (k: number, p: Piece, held: boolean): boolean => {
    const prev = list[k - 1];
    return cutUnderTitle(prev, p) && (held || !(prev && metaOf(k - 1, prev)));
  };
  let teasers = 0;
  let titled = 0;
  let lastTitle: Piece | undefined;
  list.forEach((p, k) => {
    if (p.teaser || cutUnderTeaserTitle(k, p, lastTitle !== undefined)) {
      teasers++;
      if (lastTitle) titled++;
      lastTitle = undefined;
    } else if (!metaOf(k, p) && itemTitle(p.text) && p.text.length <= 200) lastTitle = p;
  });
  const pairs = titled * 2 >= teasers;
  const items: ListingItem[] = [];
  let title: Piece | undefined;
  let wrapped: Piece | undefined;
  let meta: Meta = {};
  // The item whose teaser was the last piece: a byline right under a teaser signs it (`<title>⏎<teaser>⏎By X`).
  let signable: ListingItem | undefined;
  const flushTitle = (): void => {
    if (title) items.push(titleOnly(title, meta));
    title = undefined;
    meta = {};
  };
  // Whether the piece at `k` is a title with its own meta line under it (`<title>` ⏎ `12/03/2025`).
  const titleOverMeta = (k: number): boolean => {
    const p = list[k];
    const under = list[k + 1];
    return (
      p !== undefined &&
      !p.teaser &&
      titleLike(p.text) &&
      under !== undefined &&
      !!metaOf(k + 1, under)
    );
  };
  // Whether the last piece was a meta line closing the item above it: the line under it is the next unit's title.
  let closed = false;
  list.forEach((p, k) => {
    const last = k === list.length - 1;
    // Under a title, the next text is its teaser, even cut short with no ellipsis.
    // (Not when the title's meta line was read and this line has its own under it: the next unit's title, as
    // a search page prints headline ⏎ date units with no excerpt; nor a footer's links closing the page,
    // `Mentions légales | Contact`.)
    const cutTeaser =
      pairs &&
      title !== undefined &&
      ((last && !menuOnOneLine(p.text, true)) ||
        (p.text.length >= 60 && !metaOf(k, p) && !(meta.date !== undefined && titleOverMeta(k))));
    const isTeaser =
      p.teaser ||
      cutTeaser ||
      (pairs &&
        !closed &&
        cutUnderTeaserTitle(k, p, title !== undefined || items.at(-1)?.title === p.text));
    closed = false;
    if (!isTeaser) {
      const m = pairs && !(last && title) ? metaOf(k, p) : undefined;
      if (
        m &&
        pairs &&
        signable &&
        m.author &&
        !m.date &&
        !signable.author &&
        // A bare name with no label signs only right under the teaser: past a pager, a footer's link
        // (`من نحن`, `اتصل بنا`: two words, a name's shape in a script with no case) signs nothing.
        (m.author !== p.text || doc.blocks[p.block.index - 1]?.end === signable.end)
      ) {
        signable.author = m.author;
        signable = undefined;
        return;
      }
      // A meta line under a teaser (`<title>` ⏎ `<standfirst>` ⏎ `Par X | 26/11/2026`, a section front's lead)
      // signs and dates its item when the next unit's title has its own meta line under it (none heads it).
      if (
        m &&
        signable &&
        signable.author === undefined &&
        signable.publishedAt === undefined &&
        titleOverMeta(k + 1)
      ) {
        if (m.author) signable.author = m.author;
        if (m.date) signable.publishedAt = m.date;
        signable.end = p.end;
        signable = undefined;
        closed = true;
        return;
      }
      signable = undefined;
      if (m) {
        meta = { ...meta, ...m };
        return;
      }
      if (!pairs) {
        // A short line (a search page's `Résultats pour « X »`, `8 résultats`) is no teaser's first half: it ends a wrap.
        wrapped = p.text.length < MIN_WRAP ? undefined : (wrapped ?? p);
        return;
      }
      if (!itemTitle(p.text)) return;
      flushTitle();
      title = p;
      return;
    }
    const it = item(doc, pairs ? title : undefined, p, !pairs && wrapped ? wrapped.start : p.start);
    if (meta.author && !it.author) it.author = meta.author;
    if (meta.date && !it.publishedAt) it.publishedAt = meta.date;
    splitTitleAuthor(it);
    items.push(it);
    signable = it;
    title = undefined;
    wrapped = undefined;
    meta = {};
  });
  flushTitle();
  return items;
}

function titleOnly(p: Piece, meta: { author?: string; date?: string }): ListingItem {
  const it: ListingItem = { title: p.text, start: p.start, end: p.end };
  if (meta.author) it.author = meta.author;
  if (meta.date) it.publishedAt = meta.date;
  splitTitleAuthor(it);
  return it;
}

/** Moves a `Par AUTEUR` glued at the end of an item's title into its author. */
function splitTitleAuthor(it: ListingItem): void {
  const by = it.title ? titleByline(it.title) : undefined;
  if (!it.title || !by) return;
  it.author = it.author ?? by.name;
  it.title = it.title.slice(0, by.at);
}
