/**
 * The article's date on a text page, from the clues its header and body give,
 * tried in order of trust: the source line, a byline's date, a date line near
 * the title, the body's dateline, then stamps under the body and the boxes
 * around it, the page's address, and last the title's own date and the
 * crawler's mark. An update stamp gives way to a publication stamp.
 */
import { urlDate } from '../../html/html-dates.js';
import type { Block } from '../../input/block.js';
import type { SourceLine } from '../recognisers/source-line.js';
import {
  besideRepeat,
  crawlerDate,
  type DateChoice,
  dateAboveTitle,
  dateIn,
  dateInBodyHead,
  datelineIn,
  dateNear,
  dateUnderByline,
  isUpdateDate,
  joinedStampDate,
  onlyStampDate,
  publicationFirst,
  publicationStamp,
  stampDate,
} from './date.js';
import { lastBodyBlock, type TextDoc } from './doc.js';
import type { NameSpan } from './header.js';
import type { Dated, Signed } from './header-lines.js';
import { infoBoxDate } from './info-box.js';
import { signatureDate } from './signature.js';
import type { TitleChoice } from './title.js';

/** What the article's date is read from, once its title and body are known. */
export interface DateClues {
  sourceLine: SourceLine | undefined;
  signed: readonly Signed[];
  dateLines: readonly Dated[];
  title: TitleChoice | undefined;
  /** The body's first block. */
  firstParagraph: Block | undefined;
  /** The date of a byline opening the first paragraph (`Par X, le 3 mars –`). */
  inline: DateChoice | undefined;
  /** A date line the body's run took in at its top. */
  topDate: DateChoice | undefined;
  /** The first name a byline signs, or the first author found otherwise. */
  author: NameSpan | undefined;
}

/** The article's date: printed (with its span), or only the page address's (`fromUrl`, no span). */
export interface ArticleDate {
  date?: DateChoice | undefined;
  fromUrl?: string | undefined;
}

/** Chooses the date from the header: source line, byline, a date line near the title, the body's dateline. */
function chooseDate(
  doc: TextDoc,
  source: SourceLine | undefined,
  signed: readonly Signed[],
  dateLines: readonly Dated[],
  title: TitleChoice | undefined,
  firstParagraph: Block | undefined,
): DateChoice | undefined {
  if (source?.date && source.dateStart !== undefined && source.dateEnd !== undefined) {
    return { iso: source.date, start: source.dateStart, end: source.dateEnd };
  }
  for (const s of signed) {
    const d = dateIn(doc, s.block, s.byline.restStart, s.block.end);
    if (d) return d;
  }
  // A date line counts when it stands near the title: lines far ahead of it are widgets and crawl days.
  const titleAt = title?.block.index ?? -1;
  // An update stamp (`Aktualisiert: 11.04.2020`) dates the article only when no other date line does.
  // The header's own lines under the title first: a line over the headline may be the site's (today's day under its menu).
  const under = publicationFirst(dateLines, ({ block, date }) =>
    date && titleAt >= 0 && block.index > titleAt ? { text: block.text, date } : undefined,
  );
  if (under) return under;
  // Then the two lines over it, or a line beside another copy of it (a header printed twice).
  const near = publicationFirst(dateLines, ({ block, date }) =>
    date &&
    (titleAt < 0 ||
      block.index >= titleAt - 2 ||
      (title !== undefined && besideRepeat(doc, block.index, title.block)))
      ? { text: block.text, date }
      : undefined,
  );
  if (near) return near;
  if (firstParagraph) {
    const d = datelineIn(doc, firstParagraph);
    // A dateline gives the day alone (`ORAN – Thursday, 03 December 2026 (APS) –`): a stamp of that day in the header gives its time.
    const stamp =
      d && d.iso.length === 10 ? dateNear(doc, titleAt, firstParagraph.index) : undefined;
    if (d) return stamp?.iso.startsWith(d.iso) ? stamp : d;
  }
  return undefined;
}

/**
 * The date written in the title (`Revue de presse du 12 mars 2024`), then
 * the crawler's mark: read last, after every line of the header and the
 * stamps, since a title's date is as often an event's (`seit 1. Januar
 * 2020`, `Protokoll der Sitzung vom 5.8.2019`).
 */
function lastResortDate(doc: TextDoc, title: TitleChoice | undefined): DateChoice | undefined {
  const d = title ? dateIn(doc, title.block, title.start, title.end) : undefined;
  return d ?? crawlerDate(doc);
}

/**
 * The article's date from `c`, or only the full date in the page's address
 * `url` (`/2019/11/18/slug`) when none is printed in the header, at the body's
 * edges or in the boxes under it. A programme grid's page (`gridOnly`) is
 * dated by its address only.
 */
export function articleDate(
  doc: TextDoc,
  c: DateClues,
  url: string | undefined,
  gridOnly: boolean,
): ArticleDate {
  const { title, firstParagraph } = c;
  let date = gridOnly
    ? undefined
    : (c.inline ??
      chooseDate(doc, c.sourceLine, c.signed, c.dateLines, title, firstParagraph) ??
      (firstParagraph
        ? dateNear(doc, title?.block.index ?? -1, firstParagraph.index)
        : undefined) ??
      c.topDate ??
      dateUnderByline(doc, c.author) ??
      (firstParagraph
        ? stampDate(doc, title?.block.index ?? firstParagraph.index, lastBodyBlock(doc))
        : undefined) ??
      (title ? dateAboveTitle(doc, title.block.index) : undefined) ??
      (firstParagraph ? infoBoxDate(doc, lastBodyBlock(doc)) : undefined) ??
      (firstParagraph ? signatureDate(doc, lastBodyBlock(doc)) : undefined) ??
      (firstParagraph ? dateInBodyHead(doc, firstParagraph.index) : undefined) ??
      (firstParagraph
        ? joinedStampDate(doc, title?.block.index ?? firstParagraph.index, firstParagraph.index)
        : undefined));
  // An update stamp dates the article only when no publication stamp stands between the title and under the body,
  // nor a full date in the page's address (the day it was filed under).
  if (date && firstParagraph && isUpdateDate(doc, date)) {
    const from = title?.block.index ?? firstParagraph.index;
    const stamp = publicationStamp(doc, from, lastBodyBlock(doc));
    if (stamp) date = stamp;
    else if (urlDate(url)) date = undefined;
  }
  // With no date printed in the header, the body's edges or the boxes under it: the full date in the page's
  // address, as the HTML path reads it (no span: it is not in the text); then the title's date and the crawler's mark.
  const fromUrl = date ? undefined : urlDate(url);
  if (!gridOnly && !date && !fromUrl) date = onlyStampDate(doc) ?? lastResortDate(doc, title);
  return { date, fromUrl };
}
