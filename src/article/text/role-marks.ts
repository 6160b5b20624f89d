/**
 * The first pass over a text dump's blocks: recognisers that give lines their
 * roles (ticker, latest news, boilerplate, widget, footer, read-more, listing
 * header, source and credit lines, date lines, a renderer's references, a
 * crawler's mark) before the refiners choose the title, the body and the rest.
 */

import { isLineUp } from '../../furniture/line-ups.js';
import { mailHeaderField, mailHeaderRun } from '../../furniture/mail-headers.js';
import { isPlayerLine } from '../../furniture/player.js';
import type { splitLines } from '../../input/text-blocks.js';
import { spacesAtLeast } from '../../text/chars.js';
import { withoutRepeatedLines } from '../../ticker/duplicates.js';
import {
  HEADLINE_MIN,
  headlineLike,
  headlineRuns,
  isBreakingLabel,
  labelledRuns,
} from '../../ticker/latest-news.js';
import { findTickerLines } from '../../ticker/ticker-lines.js';
import type { TickerItem } from '../../types.js';
import { PROFILES } from '../profiles/index.js';
import { opensTemplateLine, recogniseBoilerplate, WEATHER } from '../recognisers/boilerplate.js';
import { isReadMoreLine } from '../recognisers/read-more.js';
import { recogniseSourceLine, type SourceLine } from '../recognisers/source-line.js';
import { closingAgencyReader } from './closing-agency.js';
import { CRAWLER_MARK, dateLine } from './date.js';
import { blockFold, foldedOf, isFree, type TextDoc } from './doc.js';
import type { Dated } from './header-lines.js';
import { headOf, pagerOf } from './line-facts.js';
import { isListingHeader } from './listing.js';
import { wholeParagraph } from './lone-article.js';
import { mastheadDay } from './masthead-day.js';
import { linkHeader } from './page-title.js';
import { namedByRights } from './rights-name.js';
import { creditLine, type SourceChoice } from './source.js';
import { BOILERPLATE } from './template-lines.js';
import { weatherTail } from './weather-tail.js';
import { markWeatherHead, markWidgetHead } from './widget-head.js';

/** Every profile's source-line forms, read in one pass. */
const SOURCE_FORMS = PROFILES.flatMap((p) => p.sourceLines);

/** Marks ticker lines (NBSP-joined) and latest-news blocks (one headline per line). */
export function markTickers(
  doc: TextDoc,
  lines: ReturnType<typeof splitLines>,
  minItems?: number,
): TickerItem[] {
  const tickers = findTickerLines(doc.input, lines, minItems);
  let t = 0;
  for (const block of doc.blocks) {
    while (t < tickers.length && (tickers[t]?.end ?? 0) < block.start) t++;
    const ticker = tickers[t];
    if (ticker && block.start >= ticker.start && block.end <= ticker.end)
      doc.roles.set(block.index, 'ticker');
  }
  // Every line stays the ticker's (no body), a line printed again gives no headline.
  return withoutRepeatedLines(tickers).flatMap((line) => line.items);
}

/** Fewest headlines a run keeps once the masthead is out (a breaking bar's fewest). */
const MIN_LEFT = 3;

/** How many lines of blocks `first`–`last` are headlines: of a headline's length, no breaking label. */
function headlinesIn(doc: TextDoc, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) {
    const t = doc.blocks[k]?.text ?? '';
    if (t.length >= HEADLINE_MIN && !isBreakingLabel(t)) n++;
  }
  return n;
}

/**
 * Latest-news runs among the blocks still free, marked as tickers: breaking bars first, whose
 * lines no other run reads again (a bar's last headline with unlabelled headlines right under it).
 */
export function markLatestNews(doc: TextDoc): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  // The masthead a rights line further down names ends a run printed above or under it.
  const masthead = (k: number): boolean => {
    const b = doc.blocks[k];
    return b !== undefined && namedByRights(doc.input, b.text, b.end);
  };
  for (const find of [labelledRuns, headlineRuns])
    for (const found of find(
      doc.blocks,
      (b) => isFree(doc, b),
      (b) => foldedOf(doc, b),
    )) {
      if (find === headlineRuns && betweenParagraphs(doc, found)) continue;
      let [first, last] = found;
      while (first <= last && masthead(first)) doc.roles.set(first++, 'boilerplate');
      while (last >= first && masthead(last)) doc.roles.set(last--, 'boilerplate');
      if ((first !== found[0] || last !== found[1]) && headlinesIn(doc, first, last) < MIN_LEFT)
        continue;
      runs.push([first, last]);
      for (let k = first; k <= last; k++) doc.roles.set(k, 'ticker');
    }
  return runs;
}

/**
 * Whether a run of headline-shaped lines of three words or more each stands between two whole paragraphs: one
 * right above it, a blank line between, and one right under it or under a subheading glued to its last line
 * (Chromium prints a subheading and the list under it, `<h2>` ⏎ `<li>`…, with no blank line). Such lines are a
 * list of the article's; a box of links between two paragraphs (`Beliebte Kreditarten` ⏎ `Kfz-Finanzierung` ⏎ …,
 * `See also` ⏎ `Vector space` ⏎ …) names its entries in a word or two. The run's first line may be the list's
 * subheading in a word or two (`Vos missions` ⏎ four duties), over two items or more. Over the run, two sentences
 * glued to its first line, the list's first items ({@link underItems}), stand for the paragraph above.
 */
function betweenParagraphs(doc: TextDoc, [first, last]: [number, number]): boolean {
  if (
    ((doc.blocks[first]?.blankBefore ?? 0) === 0 || !wholeParagraph(doc, first - 1)) &&
    !underItems(doc, first)
  )
    return false;
  const head = last - first >= 2 ? first + 1 : first;
  for (let k = head; k <= last; k++) if (!spacesAtLeast(doc.blocks[k]?.text ?? '', 2)) return false;
  const under = doc.blocks[last + 1];
  return (
    wholeParagraph(doc, last + 1) || (under?.blankBefore === 0 && wholeParagraph(doc, last + 2))
  );
}

/** Fewest sentences of a list glued over a run ({@link underItems}). */
const GLUED_ITEMS = 2;

/**
 * Whether the run opening at block `first` goes on a list whose items right above it, with no blank line between,
 * are sentences (two of them, {@link sentenceItem}): Chromium prints a list's items with no blank line, and the
 * shorter items of a list of the article's pass for headlines (`Sandbags: the council will hand out … who ask.` ⏎
 * `Sirens: … at noon.` ⏎ `Parking: … is issued!` ⏎ `Schools: … during a red warning` ⏎ …). A box of links holds no
 * sentence over its headlines; a teaser's excerpt stands under its headline, one sentence between two headlines.
 */
function underItems(doc: TextDoc, first: number): boolean {
  let items = 0;
  for (let k = first; items < GLUED_ITEMS && (doc.blocks[k]?.blankBefore ?? 1) === 0; k--) {
    const above = doc.blocks[k - 1];
    if (above === undefined || !sentenceItem(above.text)) break;
    items++;
  }
  return items >= GLUED_ITEMS;
}

/** Whether a line is a list's item written as a sentence: six words or more, closed by a stop, no headline. */
function sentenceItem(text: string): boolean {
  return (
    '.!?؟'.includes(text.charAt(text.length - 1)) && spacesAtLeast(text, 5) && !headlineLike(text)
  );
}

/** Most lines read as a mail's header. */
const MAX_MAIL_HEADER = 12;

/** The texts of the dump's first blocks up to the first blank line, {@link MAX_MAIL_HEADER} at most. */
function topLines(doc: TextDoc): string[] {
  const texts: string[] = [];
  for (const b of doc.blocks) {
    if (b.index >= MAX_MAIL_HEADER || (b.index > 0 && b.blankBefore > 0)) break;
    texts.push(b.text);
  }
  return texts;
}

/** Marks boilerplate, widgets (and the short lines right after a weather reading), footers and read-more lines. */
export function markBoilerplate(doc: TextDoc): void {
  let footer = false;
  let afterWidget = 0;
  // A crawl record's header on top (`WARC/1.0`, `WARC-Date: …`, down to its blank line) is the record's, not the page's.
  let header = doc.input.startsWith('WARC/');
  // A mail's header lines on top (`From: …` to `Subject: …`, no blank line between) are the mail's; its date line
  // (`Date:`, `Envoyé :`, `التاريخ:`) is left to date the story.
  const mail = mailHeaderRun(topLines(doc));
  for (const block of doc.blocks) {
    if (!isFree(doc, block)) continue;
    if (block.index < mail) {
      if (mailHeaderField(block.text) !== 'sent') doc.roles.set(block.index, 'boilerplate');
      continue;
    }
    header &&= block.index === 0 || block.blankBefore === 0;
    if (footer || header) {
      doc.roles.set(block.index, header ? 'boilerplate' : 'after-footer');
      continue;
    }
    // lynx's list of the page's `<link>` elements on the dump's first line (`#alternate`, `#Feed » Comments Feed`).
    if (linkHeader(block)) {
      doc.roles.set(block.index, 'boilerplate');
      continue;
    }
    // The recognisers below use it while they read this block (one getter per document, see blockFold).
    const folded = blockFold(doc, block);
    const head = headOf(doc, block);
    // A template's line the dump stops inside (`Merci d'avoir s`) is the template's too.
    const kind =
      recogniseBoilerplate(block.text, BOILERPLATE, folded, head, pagerOf(doc, block)) ??
      (block.end === doc.input.length &&
      cutShort(doc.input) &&
      opensTemplateLine(block.text, BOILERPLATE)
        ? 'boilerplate'
        : undefined);
    if (kind) {
      doc.roles.set(block.index, kind);
      footer = kind === 'footer';
      const weather = kind === 'widget' && WEATHER.test(block.text);
      // A timetable's first line: the day it shows and its heading, just above, are the widget's.
      if (kind === 'widget' && !weather && doc.roles.get(block.index - 1) !== 'widget')
        markWidgetHead(doc, block.index);
      // A weather page's reading under its sky (`Météo à X` ⏎ `<day>` ⏎ `Nuageux` ⏎ `18°C`): the same.
      else if (weather) markWeatherHead(doc, block.index);
      afterWidget = kind === 'widget' ? (weather ? 3 : 1) : 0;
      continue;
    }
    // A weather reading is followed by its city and the day's date: `26 C⏎Casablanca⏎dimanche 6 juillet 2025`.
    if (afterWidget > 0 && weatherTail(block.text)) {
      doc.roles.set(block.index, 'widget');
      afterWidget--;
      continue;
    }
    afterWidget = 0;
    // A match sheet's line-up (`Team : Keeper - Back, Back, … - Fwd, Fwd.`) is the sheet's, not the report's text.
    if (isLineUp(block.text)) doc.roles.set(block.index, 'widget');
    // A video player's labels (`Play Video`, `Current Time 0:00`, `Fullscreen`) are the player's.
    else if (isPlayerLine(block.text, folded, head)) doc.roles.set(block.index, 'widget');
    else if (isReadMoreLine(block.text, folded, head)) doc.roles.set(block.index, 'read-more');
    else if (isListingHeader(block.text, folded, head))
      doc.roles.set(block.index, 'listing-header');
  }
}

/** A credit line (`Continue Reading on X`, `(APS)` alone): marked before the body is read, so it stays out of it. */
export function markCreditLine(doc: TextDoc): SourceChoice | undefined {
  const closingAgency = closingAgencyReader(doc);
  for (const block of doc.blocks) {
    if (!isFree(doc, block)) continue;
    const credit = creditLine(block) ?? closingAgency(block);
    if (credit) {
      doc.roles.set(block.index, 'source');
      return credit;
    }
  }
  return undefined;
}

/** The network's source line, when there is one. */
export function markSourceLine(doc: TextDoc): SourceLine | undefined {
  for (const block of doc.blocks) {
    if (!isFree(doc, block)) continue;
    const line = recogniseSourceLine(block, SOURCE_FORMS);
    if (line) {
      doc.roles.set(block.index, 'source');
      return line;
    }
  }
  return undefined;
}

/** Date lines near the top (before the body's second paragraph); a relative date with no reference day has no value. */
export function markDateLines(doc: TextDoc, limit: number): Dated[] {
  const out: Dated[] = [];
  for (const block of doc.blocks) {
    if (block.index >= limit) break;
    if (!isFree(doc, block)) continue;
    const line = dateLine(doc, block);
    if (!line) continue;
    // The site's day over its menu is the crawl day's, a widget's: it dates no article and anchors no title.
    if (mastheadDay(doc, block)) {
      doc.roles.set(block.index, 'widget');
      continue;
    }
    doc.roles.set(block.index, 'date');
    out.push(line.date ? { block, date: line.date } : { block });
  }
  return out;
}

/** lynx's list of references closing the dump is the renderer's: everything from its heading on is after the footer. */
export function markReferences(doc: TextDoc, start: number | undefined): void {
  if (start === undefined) return;
  doc.linkNumbered = true;
  for (let k = start; k < doc.blocks.length; k++) doc.roles.set(k, 'after-footer');
}

/** A crawler's ` date YYYY-MM-DD ` at the start is not text of the page: cut it off the first block. */
export function cutCrawlerMark(doc: TextDoc): void {
  const first = doc.blocks[0];
  const m = first ? CRAWLER_MARK.exec(first.text) : null;
  if (!first || !m) return;
  const rest = first.text.slice(m[0].length).trimStart();
  if (rest.length === 0) {
    doc.roles.set(first.index, 'boilerplate');
    return;
  }
  first.start = first.end - rest.length;
  first.text = rest;
}

/** Whether the input stops mid-word or mid-sentence (a dump cut at a byte limit). */
export function cutShort(input: string): boolean {
  const last = input.trimEnd();
  if (last.length === 0 || last.length < input.length) return false;
  return /[\p{L}\p{N},;'’-]$/u.test(last);
}
