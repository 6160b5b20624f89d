import { readReferenceDay } from '../dates/reference.js';
import { isInterfaceLine } from '../furniture/interface.js';
import { isRelativeTimeLine } from '../furniture/stamps.js';
import { columnView } from '../input/column-view.js';
import { framedHeadingsView } from '../input/framed-headings.js';
import { hasSpacedLineEnds, trimLineEnds } from '../input/line-ends.js';
import { exactPart, exactText, holdsRareCharacters, plainView } from '../input/plain-view.js';
import { type Line, splitLines, textBlocks } from '../input/text-blocks.js';
import { foldLineBreaks, unwrap } from '../input/wrapped.js';
import { detectLang } from '../lang/detect.js';
import { guessLang } from '../lang/guess.js';
import { hasInvisibles } from '../text/invisibles.js';
import { HEADLINE_MIN, isBreakingLabel } from '../ticker/latest-news.js';
import type { Paragraph, Span, TickerItem } from '../types.js';
import { majority } from '../util/majority.js';
import { reporterLead } from './recognisers/reporter.js';
import type { SourceLine } from './recognisers/source-line.js';
import type { ArticleParts } from './result.js';
import { mapSpans } from './shift-spans.js';
import { archiveDay, archiveHeadingAt } from './text/archive-heading.js';
import { articleDate } from './text/article-date.js';
import { setAuthorsField, setTitleField, takeTailAuthors } from './text/author-fields.js';
import { bioAtBodyTop } from './text/bio-top.js';
import type { BodyBlocks } from './text/body-blocks.js';
import { refineBody } from './text/body-chain.js';
import { copiedBlocks } from './text/body-copy.js';
import { readBodyHead } from './text/body-head.js';
import { keepRegion } from './text/body-refiners.js';
import {
  chooseRegion,
  isFurnitureText,
  isTeaserHeadingBlock,
  weightOf,
} from './text/body-region.js';
import { keepClosingSignature, keepClosingSignOff } from './text/closing-signature.js';
import { type DateChoice, dateAtBodyTop, shortDateLine } from './text/date.js';
import { datedHeadline } from './text/dated-headline.js';
import { bodyLike, isFree, newTextDoc, type TextDoc } from './text/doc.js';
import { type Header, inlineByline, type NameSpan, nameLine, readHeader } from './text/header.js';
import type { Dated, Signed } from './text/header-lines.js';
import { markHeaderLines } from './text/header-marks.js';
import { ledeOverGap } from './text/lede-over-gap.js';
import { dropLinkNumbersIn } from './text/link-numbers.js';
import { markListItems } from './text/list-items.js';
import { teaserLike } from './text/listing.js';
import { readListingItems } from './text/listing-parts.js';
import { takeEntryBylines } from './text/live-entries.js';
import { wholeParagraph } from './text/lone-article.js';
import { keepLoneHeadings } from './text/lone-headings.js';
import { runningTimeUnder } from './text/media-page.js';
import { mediaUnits } from './text/media-units.js';
import { cutAtNextArticle } from './text/next-article.js';
import { isPageFrame } from './text/page-frame.js';
import { readKind } from './text/page-kind.js';
import { headlineOverDeck, slugWords, wholeTitle } from './text/page-title.js';
import { addPageWarnings } from './text/page-warnings.js';
import { phraseRegion } from './text/phrase-lines.js';
import { qaAnswers } from './text/qa-answers.js';
import { readBody } from './text/read-body.js';
import { rightsHostLabels } from './text/rights-site.js';
import { cutShort, markBoilerplate, markLatestNews, markTickers } from './text/role-marks.js';
import { hostLabels } from './text/site-suffix.js';
import {
  agencyDateline,
  arabicCredit,
  bylineAgency,
  labelledSource,
  type SourceChoice,
  sameSource,
  slugSource,
} from './text/source.js';
import { standfirstOf } from './text/standfirst.js';
import { profileLines, threadEnd } from './text/thread-posts.js';
import { chooseTitle, type TitleChoice } from './text/title.js';
import { clockTimedHeadline, datedHeadlines } from './text/title-date.js';
import { reviseTitle } from './text/title-revision.js';
import { unsignedAuthor } from './text/unsigned-author.js';

/** Options the text pipeline reads. */
export interface TextOptions {
  url?: string;
  referenceDate?: string;
}

/**
 * A dump's lines and blocks, no role given yet. Hard-wrapped text is read
 * through its unwrapped view (same length, same offsets), one line per paragraph.
 * `unwrapped` is passed, not defaulted: unwrap's usual answer, undefined, would
 * have a default parameter read the whole input again.
 */
function openDoc(
  raw: string,
  plain: boolean,
  rare: boolean,
  rawLines: Line[],
  unwrapped: ReturnType<typeof unwrap>,
): { doc: TextDoc; lines: Line[] } {
  const wrapped = unwrapped?.view ?? raw;
  // Lone no-break spaces made plain (same length, same offsets): the fields are read again from `raw` at the end.
  // `rare` false: `raw` holds no thin space, nor does the unwrapped view (it only turns line breaks into spaces).
  const spaced = plain ? plainView(wrapped, rare) : undefined;
  // Headings framed by marks (`****** Title ******`) read as their text alone (same length, same offsets).
  const input = plain
    ? (framedHeadingsView(spaced ?? wrapped) ?? spaced ?? wrapped)
    : (spaced ?? wrapped);
  // The plain view changes no line break: its lines are the raw lines. An unwrapped view has lines of its own.
  const lines = unwrapped ? splitLines(input) : rawLines;
  const blocks = textBlocks(input, lines);
  const doc = newTextDoc(input, blocks, unwrapped?.width);
  return { doc, lines };
}

/**
 * The headlines of every ticker in a dump, in order: NBSP-joined lines and
 * latest-news blocks (one headline per line). Items are not yet described.
 */
export function tickerBlocks(raw: string, minItems?: number): TickerItem[] {
  const rawLines = splitLines(raw);
  const { doc, lines } = openDoc(raw, false, true, rawLines, unwrap(raw, rawLines));
  const { input } = doc;
  const items = markTickers(doc, lines, minItems);
  markBoilerplate(doc);
  const cut = cutShort(input);
  // Headlines each dated in full on their line (an author's archive) are a listing's items: no latest news.
  const dated = new Set(datedHeadlines(doc)?.map((it) => it.start));
  for (const b of doc.blocks) if (dated.has(b.start)) doc.roles.set(b.index, 'related');
  // So are a day's archive's headlines, each timed by the clock alone under its heading.
  const archive = archiveHeadingAt(doc);
  const day = archiveDay(doc, archive);
  const units = (day === undefined ? undefined : mediaUnits(doc, day)) ?? [];
  // Or timed on their own line (`18:42 <headline>`) under its heading.
  if (day !== undefined)
    for (const b of doc.blocks)
      if (b.index > archive && clockTimedHeadline(b.text)) doc.roles.set(b.index, 'related');
  let unit = 0;
  for (const b of doc.blocks) {
    while (unit < units.length && (units[unit]?.end ?? 0) < b.end) unit++;
    const u = units[unit];
    if (u && b.start >= u.start && b.end <= u.end) doc.roles.set(b.index, 'related');
  }
  // The ticker heads the page: a run under the text's last whole paragraph closes the page (a newsletter
  // box, the footer's links, a most-read box), it is no ticker.
  const runs = markLatestNews(doc);
  let prose = runs.length > 0 ? doc.blocks.length - 1 : -1;
  while (prose >= 0 && !wholeParagraph(doc, prose)) prose--;
  for (const [a, b] of runs) {
    if (prose >= 0 && a > prose) continue;
    for (let k = a; k <= b; k++) {
      const block = doc.blocks[k];
      // A line too short for a headline (a time, a breaking label) is the next headline's stamp, no headline.
      // So is a relative time under a headline (`Il y a 3 jours`).
      if (
        !block ||
        block.text.length < HEADLINE_MIN ||
        isBreakingLabel(block.text) ||
        isRelativeTimeLine(block.text)
      )
        continue;
      const text =
        doc.wrapWidth === undefined
          ? block.text
          : foldLineBreaks(raw.slice(block.start, block.end));
      const item: TickerItem = { text, start: block.start, end: block.end };
      if (cut && block.end === input.trimEnd().length && block.index === doc.blocks.length - 1)
        item.truncated = true;
      items.push(item);
    }
  }
  // Invisible characters leave the headlines, as they leave every field; a headline over wrapped lines reads its
  // line breaks as spaces (the unwrapped view kept a CRLF's two characters as two spaces).
  if (doc.wrapWidth !== undefined || hasInvisibles(raw))
    for (const item of items) item.text = foldLineBreaks(raw.slice(item.start, item.end));
  return items.sort((x, y) => x.start - y.start);
}

/** The body's first paragraphs read for an author's box (the biography, then its handle lines). */
const BOX_PARAGRAPHS = 4;

/** The credited source: network source line, credit line, agency dateline, the agency signing the last paragraph, Arabic credit. */
function chooseSource(
  doc: TextDoc,
  line: SourceLine | undefined,
  credit: SourceChoice | undefined,
  signed: Signed[],
  paragraphs: Paragraph[],
  url: string | undefined,
  dated: readonly Dated[],
  signature?: SourceChoice,
): SourceChoice | undefined {
  let found = line ? { name: line.name, start: line.nameStart, end: line.nameEnd } : credit;
  for (const s of signed) found = found ?? agencyDateline(s.block) ?? bylineAgency(s.block);
  // `2024-03-12 09:30　来源：江城日报`: the source named on the date line.
  for (const d of dated) found = found ?? labelledSource(d.block);
  const first = paragraphs[0];
  if (first) found = found ?? agencyDateline(first);
  // The agency signing the body's last paragraph.
  const last = paragraphs[paragraphs.length - 1];
  if (signature && last && last.start <= signature.start && signature.end <= last.end)
    found = found ?? signature;
  for (const p of paragraphs) found = found ?? arabicCredit(p);
  const slug = slugSource(url);
  if (slug && found && !sameSource(slug.name, found.name)) {
    doc.warnings.push(
      `source differs: the page credits "${found.name}", the URL names "${slug.name}"`,
    );
  }
  return found;
}

/** An author alone on the last line, after the body (`سناء الحمداوي` at the end of a TV script). */
function endAuthor(doc: TextDoc, body: BodyBlocks, known: number, header: Header): void {
  if (known > 0) return;
  const found = body.lastParagraph();
  if (!found?.more) return;
  const { paragraph: last, owner: lastOwner } = found;
  if (!nameLine(last.text) || last.text.length > 30) return;
  // On the last lines of the page only: a name further up is a menu entry or a caption.
  if (lastOwner < doc.blocks.length - 3) return;
  // Right after prose, and no footer link (`Privacy Policy`, `Ad Choices`).
  const previous = doc.blocks[lastOwner - 1];
  if (
    !previous ||
    weightOf(doc, previous) <= 0 ||
    isFurnitureText(last.text) ||
    isInterfaceLine(last.text)
  )
    return;
  const words = last.text.split(/\s+/u).length;
  if (words < 2 || words > 3) return;
  body.dropLastParagraph();
  header.authors.push({ text: last.text, start: last.start, end: last.end });
  doc.roles.set(lastOwner, 'byline');
}

/**
 * Whether the header between the title and block `from` holds a date or
 * byline line and no heading over teasers (`Latest Headlines`): the body's
 * lead follows it.
 */
function datedHeader(doc: TextDoc, title: TitleChoice | undefined, from: number): boolean {
  if (!title) return false;
  // A date line right over the headline (`Economy 12.12.2022, 08:30` ⏎ headline ⏎ lede) dates it as well.
  let dated = doc.roles.get(title.block.index - 1) === 'date';
  for (let k = title.block.index + 1; k < from; k++) {
    const b = doc.blocks[k];
    if (b && isTeaserHeadingBlock(doc, b)) return false;
    const role = doc.roles.get(k);
    if (role === 'date' || role === 'byline') dated = true;
  }
  return dated;
}

/** Whether a web address takes half of line `t` or more (`print header logo https://…`). */
function mostlyAddress(t: string): boolean {
  const at = t.indexOf('://');
  if (at < 0) return false;
  const from = t.lastIndexOf(' ', at) + 1;
  const space = t.indexOf(' ', at);
  const to = space < 0 ? t.length : space;
  return 2 * (to - from) >= t.length;
}

/** Blocks a listing with no teaser read gives its language from. */
const LANG_BLOCKS = 40;

/*
 * The helpers below build readParts' small arrays with loops, not with `map`,
 * `flatMap` and spreads: readParts' optimised code kept meeting those calls'
 * arrays in a new elements kind (empty or not, made by a builtin or a literal),
 * was thrown away and compiled again (0.5–1 s a time) round after round.
 */

/** The indices of the date lines that read a date. */
function datedIndices(dateLines: readonly Dated[]): number[] {
  const out: number[] = [];
  for (const x of dateLines) if (x.date) out.push(x.block.index);
  return out;
}

/** The last anchor (the source line, a byline, a dated line) above block `firstText`, or -1. */
function lastAnchorBefore(
  firstText: number,
  source: number | undefined,
  signed: readonly Signed[],
  dated: readonly number[],
): number {
  let early = -1;
  const take = (k: number) => {
    if (k < firstText && k > early) early = k;
  };
  take(source ?? -1);
  for (const x of signed) take(x.block.index);
  for (const k of dated) take(k);
  return early;
}

/** The names the bylines read, then the header's authors' names. */
function signedNames(signed: readonly Signed[], authors: readonly NameSpan[]): string[] {
  const out: string[] = [];
  for (const x of signed) if (x.byline.name) out.push(x.byline.name);
  for (const a of authors) out.push(a.text);
  return out;
}

/** The page's first blocks' texts, one a line. */
function firstLines(doc: TextDoc): string {
  const texts: string[] = [];
  for (const b of doc.blocks) if (texts.push(b.text) >= LANG_BLOCKS) break;
  return texts.join('\n');
}

/** A listing's language is its teasers'; with none read, its first lines'. */
function setListingLang(doc: TextDoc, parts: ArticleParts): void {
  // Joined (flat) strings: the language guess reads them character by character.
  const texts: string[] = [];
  const langs: Array<string | undefined> = [];
  for (const i of parts.items ?? []) {
    const text = [i.title ?? '', i.teaser ?? ''].join(' ');
    texts.push(text);
    langs.push(detectLang(text));
  }
  const lang = majority(langs) ?? detectLang(firstLines(doc));
  // detectLang calls Latin-script text that is not English French: the teasers' own words tell which.
  if (lang === 'fr') parts.lang = guessLang(texts.length > 0 ? texts.join('\n') : firstLines(doc));
  else if (lang) parts.lang = lang;
}

/** The language of a page with no article text: its headlines' (the ticker's, the related links'). */
function setHeadlinesLang(doc: TextDoc, parts: ArticleParts): void {
  const langs: Array<string | undefined> = [];
  let tickers = 0;
  for (const b of doc.blocks) {
    if (doc.roles.get(b.index) !== 'ticker') continue;
    tickers++;
    langs.push(detectLang(b.text));
  }
  for (const r of parts.related) langs.push(detectLang(r.title));
  const lang = majority(langs);
  if (lang) parts.lang = lang;
  // No headline either (a consent wall, a browser notice): the language its first lines are written in.
  else if (tickers === 0) {
    const first = firstLines(doc);
    const guess = detectLang(first);
    // detectLang calls Latin-script text that is not English French: the words tell which.
    parts.lang = guess === 'fr' ? guessLang(first) : guess;
  }
}

/**
 * Reads a text dump into article parts. `rare` false: the caller knows `raw` holds no thin space nor invisible
 * character (`input/view-characters.ts`), and they are not searched for again.
 */
export function parseTextArticle(
  raw: string,
  options: TextOptions = {},
  rare?: boolean,
): ArticleParts {
  const rawLines = splitLines(raw);
  // A page printed as wrapped layout columns side by side (elinks, links2) is read column by column.
  const columns = columnView(raw, rawLines);
  if (columns) {
    const parts = readTextArticle(
      columns.text,
      options,
      undefined,
      splitLines(columns.text),
      columns.unwrapped,
    );
    mapSpans(parts, columns.toInput);
    return parts;
  }
  return readTextArticle(raw, options, rare, rawLines, unwrap(raw, rawLines));
}

/** {@link parseTextArticle} once the lines and their wrap are read. */
function readTextArticle(
  raw: string,
  options: TextOptions,
  rare: boolean | undefined,
  rawLines: Line[],
  unwrapped: ReturnType<typeof unwrap>,
): ArticleParts {
  // A hard-wrapped text with CRLF line ends or spaces left before its breaks (mail, padded archives) is read
  // as it reads without them: its joins are read by the spaces left where lines meet.
  if (unwrapped && hasSpacedLineEnds(raw)) {
    const trimmed = trimLineEnds(raw);
    const parts = parseTextArticle(trimmed.text, options);
    mapSpans(parts, trimmed.toInput);
    return parts;
  }
  const { doc, lines } = openDoc(raw, true, rare ?? holdsRareCharacters(raw), rawLines, unwrapped);
  if (options.url) {
    doc.siteLabels = hostLabels(options.url);
    doc.slug = slugWords(options.url, 1);
  }
  // No address: the one the page's rights line prints (`examplepost.com © 1996-2025 …`).
  else doc.siteLabels = rightsHostLabels(doc.blocks);
  const parts = readParts(doc, lines, options);
  if (doc.wrapWidth !== undefined) foldWrapped(raw, doc.input, parts);
  else if (doc.input !== raw) readExact(raw, doc.input, parts);
  if (doc.linkNumbered) dropLinkNumbersIn(parts);
  // (Soft hyphens and zero-width spaces never reach here: `parseArticle` reads a text without them, input/visible-view.ts.)
  markListItems(parts.paragraphs);
  return parts;
}

/**
 * A hard-wrapped input's fields read from the input itself: each line break
 * inside a field, with the spaces around it, as one space. The source's name,
 * which may be a known agency's spelling, as `readExact` reads it through `view`.
 */
function foldWrapped(raw: string, view: string, parts: ArticleParts): void {
  const read = (s: { start: number; end: number }) => foldLineBreaks(raw.slice(s.start, s.end));
  if (parts.title?.span) parts.title.text = read(parts.title.span);
  if (parts.standfirst?.span) parts.standfirst.text = read(parts.standfirst.span);
  if (parts.source?.span)
    parts.source.name = foldLineBreaks(exactText(raw, view, parts.source.name, parts.source.span));
  for (const p of parts.paragraphs) p.text = read(p);
  for (const r of parts.related) r.title = read(r);
  for (const a of parts.authors) if (a.span) a.name = read(a.span);
  for (const item of parts.items ?? []) {
    if (item.title !== undefined) item.title = foldLineBreaks(item.title);
    if (item.teaser !== undefined) item.teaser = foldLineBreaks(item.teaser);
  }
}

/**
 * The fields read through the plain-space view, as the input prints them:
 * each field that is the view's exact slice becomes the input's slice there.
 */
function readExact(raw: string, view: string, parts: ArticleParts): void {
  const { title, source, standfirst } = parts;
  if (title?.span) title.text = exactText(raw, view, title.text, title.span);
  if (standfirst?.span) standfirst.text = exactText(raw, view, standfirst.text, standfirst.span);
  if (source?.span) source.name = exactText(raw, view, source.name, source.span);
  for (const p of parts.paragraphs) p.text = exactText(raw, view, p.text, p);
  for (const r of parts.related) r.title = exactText(raw, view, r.title, r);
  for (const a of parts.authors) if (a.span) a.name = exactText(raw, view, a.name, a.span);
  for (const item of parts.items ?? []) {
    if (item.title !== undefined) item.title = exactPart(raw, view, item.title, item);
    if (item.teaser !== undefined) item.teaser = exactPart(raw, view, item.teaser, item);
    if (item.author !== undefined) item.author = exactPart(raw, view, item.author, item);
  }
}

/** What the article's reader knows before it reads the body: the header's marks and the first title. */
interface ArticleStart {
  title: TitleChoice | undefined;
  /** The last header line (a byline, a date or source line) over the first text, or -1. */
  anchor: number;
  sourceLine: SourceLine | undefined;
  signed: readonly Signed[];
  /** Whether a byline named someone (a bare label may name nobody: a menu's `von`). */
  signedByName: boolean;
  dateLines: readonly Dated[];
  url: string | undefined;
}

/** What reading the article settled besides the parts and the header it fills. */
interface ArticleRead {
  /** The title, revised once the body is known. */
  title: TitleChoice | undefined;
  /** The title block whose header lines were read (a headline found later had none read under it). */
  headed: number | undefined;
  /** A byline opening the first paragraph (`Par X, le 3 mars –`). */
  inline: ReturnType<typeof inlineByline>;
  /** A date line the body's run took in at its top. */
  topDate: DateChoice | undefined;
}

/**
 * Reads an article's page: the header under the title, the body's region
 * chosen and refined, the title revised once the body is known, and the
 * bylines, date line or author's box the body's run took in. Fills `parts`
 * (paragraphs, related links, kind) and `header` (authors, related links).
 */
function readArticleParts(
  doc: TextDoc,
  parts: ArticleParts,
  header: Header,
  start: ArticleStart,
): ArticleRead {
  const { input } = doc;
  const { anchor, sourceLine, signed, signedByName, dateLines, url } = start;
  let title = start.title;
  let inline: ReturnType<typeof inlineByline>;
  let topDate: DateChoice | undefined;
  const from = title
    ? readHeader(doc, title.block.index, header, signedByName)
    : Math.max(anchor, sourceLine?.block.index ?? -1) + 1;
  const headed = title?.block.index;
  const read = readBody(doc, from);
  if (!cutShort(input)) endAuthor(doc, read.blocks, signed.length + header.authors.length, header);
  const anchored = datedHeader(doc, title, from);
  let region = chooseRegion(doc, from, cutShort(input), anchored);
  // The article printed again below (a hidden metadata block): its copy leaves, the run is chosen again.
  const copies = region ? copiedBlocks(doc, from, region) : [];
  if (copies.length > 0) {
    for (const k of copies) doc.roles.set(k, 'boilerplate');
    read.blocks.drop(new Set(copies));
    region = chooseRegion(doc, from, cutShort(input), anchored);
  }
  // A programme's script written one phrase a line and no prose on the page: its lines are the body (phrase-lines.ts).
  if (!region && title) {
    region = phraseRegion(doc, from);
    if (region) {
      const { first, last } = region;
      for (let k = first; k <= last; k++) {
        doc.roles.set(k, 'body');
        read.blocks.insert(k);
      }
      const inside = (r: Span) =>
        r.start >= (doc.blocks[first]?.start ?? 0) && r.end <= (doc.blocks[last]?.end ?? 0);
      header.related = header.related.filter((r) => !inside(r));
      read.related = read.related.filter((r) => !inside(r));
    }
  }
  // Lines the run took back from a latest-news run (a headed list, see body-region.ts) join the body's blocks.
  if (region && doc.takenIn)
    for (const run of doc.takenIn)
      for (let k = run.first; k <= run.last; k++)
        if (doc.roles.get(k) === 'body') read.blocks.insert(k);
  // A forum thread's posts under the run, each closed by the action row the run crossed: the body goes on through them.
  const thread = region ? threadEnd(doc, region) : -1;
  if (region && thread > region.last) {
    region = { ...region, last: thread };
    // The posters' profile boxes between the posts leave (their registration lines).
    const profiles = profileLines(doc, region.first, thread);
    for (const k of profiles) doc.roles.set(k, 'boilerplate');
    read.blocks.drop(profiles);
  }
  // A Q&A page's answers under the question, past their count (`2 Antworten`): the body goes on through them.
  const answers = region ? qaAnswers(doc, region) : undefined;
  const asked = doc.blocks[answers?.asked ?? -1];
  if (region && answers) {
    for (const k of answers.furniture) doc.roles.set(k, 'boilerplate');
    for (const k of answers.widgets) doc.roles.set(k, 'widget');
    if (answers.released >= 0) doc.roles.set(answers.released, 'boilerplate');
    read.blocks.drop(answers.furniture);
    read.blocks.drop(answers.widgets);
    region = { ...region, first: answers.first, last: answers.end };
  }
  const kept = keepRegion(doc, read.blocks, region);
  const body = { paragraphs: kept.paragraphs, owners: kept.owners, related: read.related };
  // A one-word subheading between two paragraphs of prose, which the body reader took for a menu's entry.
  keepLoneHeadings(doc, body, region);
  // No title, or one far above where the body turned out to be (a menu entry): the headline over the body.
  title = reviseTitle(doc, header, body, title, anchor, url);
  // The lede under the headline, a box with no prose between it and the run: it opens the body.
  const lede =
    title && region
      ? ledeOverGap(doc, read.blocks, region, title.block.index, title.block.index !== headed)
      : undefined;
  if (lede) {
    const again = keepRegion(doc, read.blocks, lede);
    body.paragraphs = again.paragraphs;
    body.owners = again.owners;
    // (The first choice left them out.)
    for (const k of again.owners) if (doc.roles.get(k) === 'boilerplate') doc.roles.set(k, 'body');
    keepLoneHeadings(doc, body, lede);
  }
  // (A Q&A page's answers run on through the last one its answerer's dated line closes, as a thread's posts do.)
  const through = answers ? Math.max(thread, answers.through) : thread;
  refineBody(doc, body, title?.text, through, signedNames(signed, header.authors));
  // The next article loaded under the page's own, its headline over a dated byline as the page's: the body ends above it.
  if (title) cutAtNextArticle(doc, body.paragraphs, body.owners, title.block.index);
  // A live page's entries signed one by one: their bylines are the article's authors.
  header.authors.push(...takeEntryBylines(doc, body.paragraphs, body.owners));
  // A byline the region took in, and the headline over it when none was found.
  const head = readBodyHead(doc, body, title === undefined);
  if (head.author && signed.length === 0 && header.authors.length === 0)
    header.authors.push(head.author);
  if (head.title && !title) title = head.title;
  // A date line the body's run took in with the header: the article's date, not a paragraph.
  const top =
    signed.length === 0 && dateLines.length === 0 ? dateAtBodyTop(doc, body.owners) : undefined;
  if (top) {
    topDate = top.date;
    const [owner] = body.owners.splice(top.at, 1);
    body.paragraphs.splice(top.at, 1);
    if (owner !== undefined) doc.roles.set(owner, 'date');
  }
  // A Q&A page's asker's line under the question (the body went back up over it): the page's date, when no other.
  else if (asked) topDate = shortDateLine(doc, asked);
  // An author's box the body's run took in over the text: the name is the author, the box leaves.
  const box =
    signed.length === 0 && header.authors.length === 0
      ? bioAtBodyTop(
          doc,
          body.owners,
          body.paragraphs.slice(0, BOX_PARAGRAPHS).map((p) => p.text),
        )
      : undefined;
  if (box) {
    for (const owner of body.owners.splice(0, box.drop)) doc.roles.set(owner, 'boilerplate');
    body.paragraphs.splice(0, box.drop);
    header.authors.push(box.name);
  }
  // A reproduced statement's place and day, and its signatory, close the body.
  keepClosingSignature(doc, body);
  // A letter's or a post's sign-off under its last paragraph closes it too.
  keepClosingSignOff(doc, body);
  parts.paragraphs = body.paragraphs;
  parts.related = [...header.related, ...body.related];
  // A headline over a paywall's box and no text: an article's page all the same, its text for subscribers.
  if (read.wall && title && body.paragraphs.length === 0) parts.kind = 'article';
  // A video's page: its headline dated over the player's running time, and no text (media-page.ts).
  if (
    anchored &&
    title &&
    title.block.index === headed &&
    body.paragraphs.length === 0 &&
    runningTimeUnder(doc, title.block.index)
  )
    parts.kind = 'article';
  const first = parts.paragraphs[0];
  const firstBlock = first && doc.blocks.find((b) => b.start <= first.start && first.end <= b.end);
  if (first && firstBlock && signed.length === 0 && header.authors.length === 0) {
    inline = inlineByline(doc, firstBlock);
    if (inline) {
      const text = input.slice(inline.bodyStart, first.end);
      parts.paragraphs[0] = { ...first, text, start: inline.bodyStart };
      header.authors.push(inline.author);
    } else header.authors.push(...reporterLead(firstBlock));
  }
  return { title, headed, inline, topDate };
}

/**
 * Reads a text page's parts: marks its header lines (tickers, boilerplate, source and credit lines, bylines, date
 * lines), tells a listing from an article, reads the listing's items or the article ({@link readArticleParts}), then
 * its authors, date, source and warnings.
 */
function readParts(doc: TextDoc, lines: Line[], options: TextOptions): ArticleParts {
  const { input } = doc;
  // parseArticle has checked the option: a day that does not read is a TypeError there.
  const reference = options.referenceDate ? readReferenceDay(options.referenceDate) : undefined;
  if (reference) doc.reference = reference;

  const { tickerItems, tickerRuns, grid, sourceLine, credit, signature, signed, dateLines } =
    markHeaderLines(doc, lines);
  // Whether a byline named someone (a bare label may name nobody: a menu's `von`).
  const signedByName = signed.some((x) => x.name !== undefined);

  // Whether the page is a listing (and its archive heading and dated headlines), or holds nothing at all.
  const { archive, empty, datedList, listing } = readKind(
    doc,
    options.url,
    sourceLine !== undefined || credit !== undefined,
  );
  // A teaser cut short (`…`, a read-more link) is another box's text, not the article's first.
  // Nor is a line mostly a web address (`print header logo https://…`, a print header's), nor the page's frame
  // printed first (a cookie banner, the logo's text twice): the header's anchors under it still count.
  const firstText =
    doc.blocks.find(
      (b) =>
        isFree(doc, b) &&
        bodyLike(b.text) &&
        !teaserLike(b.text) &&
        !mostlyAddress(b.text) &&
        !isPageFrame(doc, b),
    )?.index ?? doc.blocks.length;
  // A relative time with no reference day (`1 hour ago`) is no anchor: teasers print them under their headlines.
  const datedLines = datedIndices(dateLines);
  const early = lastAnchorBefore(firstText, sourceLine?.block.index, signed, datedLines);
  // No anchor over the first text (a menu's blurb): a headline, its date line and its lede printed under it.
  const dated = early < 0 ? datedHeadline(doc, datedLines) : undefined;
  const anchor = dated ? dated.index + 1 : early;
  // A page that is a programme grid and no prose besides is no article: no headline, no text (the grid's notes and
  // its pickers are no paragraphs), and the grid's day dates nothing.
  // So is a search or archive page that found nothing.
  const gridOnly = empty || (grid && firstText >= doc.blocks.length);
  let title =
    listing || gridOnly ? undefined : dated ? wholeTitle(dated) : chooseTitle(doc, anchor);
  if (title) title = headlineOverDeck(doc, title, options.url);
  if (title) doc.roles.set(title.block.index, 'title');
  // A headline broken over two lines (brokenHeadline): its first line is the title's too.
  if (title && title.start < title.block.start) doc.roles.set(title.block.index - 1, 'title');

  const parts: ArticleParts = { authors: [], paragraphs: [], related: [], warnings: doc.warnings };
  const header: Header = { authors: [], related: [] };
  let inline: ReturnType<typeof inlineByline>;
  let topDate: DateChoice | undefined;
  // The title block whose header lines were read (a headline found later had none read under it).
  let headed: number | undefined;
  if (listing) {
    parts.kind = 'listing';
    const authorAt = (k: number) => signed.find((x) => x.block.index === k)?.name?.text;
    parts.items = readListingItems(doc, archive, authorAt, datedList);
  } else if (!gridOnly) {
    ({ title, headed, inline, topDate } = readArticleParts(doc, parts, header, {
      title,
      anchor,
      sourceLine,
      signed,
      signedByName,
      dateLines,
      url: options.url,
    }));
  }
  // No byline yet: the one between the title and the body, now that both are known.
  // The block holding the body's first paragraph (a block left out of the body may keep its role).
  const opening = parts.paragraphs[0];
  const firstBodyBlock = opening
    ? doc.blocks.find((b) => b.start <= opening.start && opening.start < b.end)
    : undefined;
  // A bare label that named nobody (a menu's `von`) does not stop the search.
  if (!listing && firstBodyBlock && !signedByName && header.authors.length === 0) {
    const near = unsignedAuthor(doc, title?.block.index ?? -1, firstBodyBlock.index);
    if (near) header.authors.push(near);
  }
  const firstParagraph = doc.blocks.find((b) => doc.roles.get(b.index) === 'body');
  // The deck between the headline and the body, which the body leaves out.
  if (title && firstBodyBlock) {
    const deck = standfirstOf(
      doc,
      title,
      firstBodyBlock.index,
      title.block.index !== headed,
      header,
    );
    if (deck) parts.standfirst = { text: deck.text, span: { start: deck.start, end: deck.end } };
  }
  const { date, fromUrl } = listing
    ? {}
    : articleDate(
        doc,
        {
          sourceLine,
          signed,
          dateLines,
          title,
          firstParagraph,
          inline: inline?.date,
          topDate,
          author: signed.find((x) => x.name)?.name ?? header.authors[0],
        },
        options.url,
        gridOnly,
      );
  const hasArticle = title !== undefined || parts.paragraphs.length > 0;
  const source = listing
    ? undefined
    : chooseSource(
        doc,
        sourceLine,
        credit,
        signed,
        parts.paragraphs,
        options.url,
        dateLines,
        signature,
      );
  if (!source && hasArticle && !listing) {
    const slug = slugSource(options.url);
    if (slug) parts.source = slug;
  }

  if (title) setTitleField(parts, header, title, signed.length > 0 || header.authors.length > 0);
  takeTailAuthors(doc, parts, header, signed.length > 0 || header.authors.length > 0, listing);
  if (source) parts.source = { name: source.name, span: { start: source.start, end: source.end } };
  if (date) parts.publishedAt = { iso: date.iso, span: { start: date.start, end: date.end } };
  else if (fromUrl) parts.publishedAt = { iso: fromUrl };
  if (sourceLine && sourceLine.dateStart !== undefined && !sourceLine.date) {
    doc.warnings.push(
      `source line date is not a calendar day: ${input.slice(sourceLine.dateStart, sourceLine.dateEnd)}`,
    );
  }
  if (!listing) setAuthorsField(doc, parts, signed, header);
  else setListingLang(doc, parts);

  // With no article text, the page's language is its headlines' language.
  if (!title && parts.paragraphs.length === 0) setHeadlinesLang(doc, parts);
  // A page that stops on its headline (nothing read under it) was cut there: an article whose text was lost.
  const cutAtTitle =
    !listing && title?.block.index === doc.blocks.length - 1 && parts.paragraphs.length === 0;
  if (cutAtTitle) parts.kind = 'article';
  addPageWarnings(doc, parts, {
    listing,
    titled: title !== undefined,
    ticker: tickerItems.length > 0 || tickerRuns.length > 0,
    cut: cutAtTitle || tickerItems.some((t) => t.truncated),
  });
  return parts;
}
