/**
 * The text path's first phase: every line that is the page's furniture or
 * header marked with its role before a title or a body is chosen (tickers,
 * a crawler's mark, lynx's references, boilerplate, programme grids,
 * latest-news runs, the source or credit line, an agency's closing signature,
 * bylines and date lines), in the order each needs the others' marks.
 */
import type { Line } from '../../input/text-blocks.js';
import type { TickerItem } from '../../types.js';
import type { SourceLine } from '../recognisers/source-line.js';
import { markBylines } from './bylines.js';
import { markClosingSignature } from './closing-agency.js';
import { bodyLike, isFree, type TextDoc } from './doc.js';
import type { Dated, Signed } from './header-lines.js';
import { unlinkBlockStarts } from './link-numbers.js';
import { teaserLike } from './listing.js';
import { isPageFrame, markGluedBars } from './page-frame.js';
import { referencesStart } from './references.js';
import {
  cutCrawlerMark,
  markBoilerplate,
  markCreditLine,
  markDateLines,
  markLatestNews,
  markReferences,
  markSourceLine,
  markTickers,
} from './role-marks.js';
import { markSchedules } from './schedule.js';
import type { SourceChoice } from './source.js';

/** What the first phase marked and found. */
export interface HeaderMarks {
  /** The ticker's items (NBSP-joined headlines). */
  tickerItems: TickerItem[];
  /** The latest-news runs (one headline a line), first and last block. */
  tickerRuns: Array<[number, number]>;
  /** Whether a programme grid's slots were marked. */
  grid: boolean;
  /** The aggregator's source line (`Publié dans X le …`). */
  sourceLine: SourceLine | undefined;
  /** A credit line naming the source, when no source line does. */
  credit: SourceChoice | undefined;
  /** The text's last sentence signed by its agency (`… en 2026. (MAP)`), when neither does. */
  signature: SourceChoice | undefined;
  /** The bylines over the body's text. */
  signed: Signed[];
  /** The date lines over the body's text. */
  dateLines: Dated[];
}

/** Index of the first block after which body text runs (where bylines and dates stop being looked for). */
function bodyLimit(doc: TextDoc): number {
  let seen = 0;
  for (const b of doc.blocks) {
    // A teaser's excerpt cut short (`…`, a read-more link) is another article's: a sidebar of them
    // printed before the article does not end the header's search; nor does the page's frame (a cookie banner).
    if (
      isFree(doc, b) &&
      bodyLike(b.text) &&
      !teaserLike(b.text) &&
      !isPageFrame(doc, b) &&
      ++seen === 2
    )
      return b.index;
  }
  return doc.blocks.length;
}

/** Marks the page's furniture and header lines with their roles; `lines` are the input's lines. */
export function markHeaderLines(doc: TextDoc, lines: Line[]): HeaderMarks {
  // lynx's list of references closes the dump: its link numbers mark links (a linked headline starts after its number).
  const references = referencesStart(doc);
  if (references !== undefined) unlinkBlockStarts(doc, references);
  const tickerItems = markTickers(doc, lines);
  cutCrawlerMark(doc);
  markGluedBars(doc);
  markReferences(doc, references);
  markBoilerplate(doc);
  // A programme grid's slots (a time, a show, its description) are a widget's lines, not an article's.
  const grid = markSchedules(doc);
  const tickerRuns = markLatestNews(doc);
  const sourceLine = markSourceLine(doc);
  const credit = sourceLine ? undefined : markCreditLine(doc);
  // The text's last sentence signed by its agency (`… en 2026. (MAP)`): no photo's credit.
  const signature = sourceLine || credit ? undefined : markClosingSignature(doc);
  const limit = bodyLimit(doc);
  const signed = markBylines(doc, limit);
  const dateLines = markDateLines(doc, limit);
  return { tickerItems, tickerRuns, grid, sourceLine, credit, signature, signed, dateLines };
}
