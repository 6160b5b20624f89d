/**
 * Refiner: the title revised once the body is known. The first guess, read
 * from the header's anchors before the body was chosen, gives way to the
 * headline over the body when it stands far above the body and unsigned, or
 * is no headline at all (a menu's entry, a credit); then to the line right
 * above the body that its breadcrumb names last; then to the headline the
 * page's address spells.
 */
import { isCjk } from '../../text/chars.js';
import type { BodyParts } from './body-refiners.js';
import { bodyLike, type TextDoc } from './doc.js';
import type { Header } from './header.js';
import {
  bodyHeadline,
  dropHeadlineHeader,
  notTitle,
  titleAbove,
  titleShaped,
  wholeTitle,
} from './page-title.js';
import { slugTitle } from './slug-title.js';
import type { TitleChoice } from './title.js';
import { trailHeadline } from './trail-title.js';

/** A title further above the body than this many blocks is not its headline. */
const TITLE_REACH = 14;

/** Blocks between a title and the byline or date line under it that confirms it. */
const SIGNED_REACH = 4;

/** Whether a byline, date or source line stands right under the title: a title so anchored stays, however far below the body starts. */
function signedBelow(doc: TextDoc, title: TitleChoice, anchor: number): boolean {
  // A date line right over the headline anchors it too.
  if (anchor >= 0 && anchor === title.block.index - 1) return true;
  if (anchor <= title.block.index) return false;
  // Lines between them that could be no headline nor text (the site's buttons: `Share on Facebook`, `Comments`) put no distance.
  let between = 0;
  for (let k = title.block.index + 1; k < anchor && between < SIGNED_REACH; k++) {
    const b = doc.blocks[k];
    if (b && (bodyLike(b.text) || titleShaped(doc, b))) between++;
  }
  return between < SIGNED_REACH;
}

/** Forgets the authors and related links read under a title guess that turned out wrong. */
function dropHeader(doc: TextDoc, header: Header): void {
  for (const x of [...header.authors, ...header.related]) {
    const b = doc.blocks.find((block) => block.start <= x.start && x.end <= block.end);
    if (b) doc.roles.set(b.index, 'boilerplate');
  }
  header.authors = [];
  header.related = [];
}

/** Whether the first guess is to be read again against the body opening at block `first`. */
function doubtful(
  doc: TextDoc,
  title: TitleChoice | undefined,
  first: number,
  anchor: number,
): boolean {
  return (
    !title ||
    (title.block.index < first - TITLE_REACH && !signedBelow(doc, title, anchor)) ||
    // An unsigned first guess above the body, where a headline with its date line opens the body or stands right above it.
    (title.block.index < first &&
      !signedBelow(doc, title, anchor) &&
      bodyHeadline(doc, first) !== undefined) ||
    !titleShaped(doc, title.block)
  );
}

/**
 * The title once the body, whose first block is `body.owners[0]`, is known; `title` is the first guess, `anchor` the
 * header's last anchor over the first text (or -1). Roles are set: the new title's block `title`, a dropped guess's
 * `boilerplate`; a dropped guess's header (authors, related links) is forgotten.
 */
export function reviseTitle(
  doc: TextDoc,
  header: Header,
  body: BodyParts,
  title: TitleChoice | undefined,
  anchor: number,
  url: string | undefined,
): TitleChoice | undefined {
  const first = body.owners[0];
  if (first === undefined) return title;
  if (doubtful(doc, title, first, anchor)) {
    const above = titleAbove(doc, first, url);
    if (above) {
      if (title) doc.roles.set(title.block.index, 'boilerplate');
      // What was read under the first guess (a menu entry) was its header, not the article's.
      dropHeader(doc, header);
      title = above;
      doc.roles.set(above.block.index, 'title');
      // A headline the body's run took in: the short lines above it and its byline are the header's.
      if (above.block.index >= first) dropHeadlineHeader(doc, body, above.block.index);
    } else if (
      title &&
      title.text === title.block.text &&
      // A single word (a menu's last entry, `Économie`; Chinese and Japanese, written without spaces, aside) is no headline either.
      (notTitle(doc, title.block) || !(title.text.includes(' ') || isCjk(title.text.charCodeAt(0))))
    ) {
      // The first guess, a whole line, is known as something else (a credit, a share button) and no headline stands above the body.
      doc.roles.set(title.block.index, 'boilerplate');
      // Nor were the lines read under it (a table's rows) the article's header.
      dropHeader(doc, header);
      title = undefined;
    }
  }
  // The line right above the body that its breadcrumb names last: the headline, however short
  // (a title read under it, a headline the body's run took in, stays: the line is then a section's name).
  const trailed = trailHeadline(doc, first);
  if (trailed && (!title || title.block.index < trailed.index)) {
    if (title && title.text === title.block.text) doc.roles.set(title.block.index, 'boilerplate');
    title = wholeTitle(trailed);
    doc.roles.set(trailed.index, 'title');
  }
  // The headline the page's address spells, where the title read from the text's shape spells none of it.
  const spelled = slugTitle(doc, title, first, url);
  if (spelled) {
    if (title) doc.roles.set(title.block.index, 'boilerplate');
    title = spelled;
    doc.roles.set(spelled.block.index, 'title');
  }
  return title;
}
