/**
 * The block-by-block verdict inside a chosen body: whether one block is
 * article text or furniture (a link list, a caption, a credit, a date or
 * byline line, a notice), as the body, its lead and the short-body rescue all
 * judge it.
 */

import { isTradeLine } from '../furniture/bio.js';
import { isBodyFurniture } from '../furniture/body-furniture.js';
import { isCommentFormLine } from '../furniture/comments.js';
import { isConsentNotice } from '../furniture/consent.js';
import { isAgencyCaption, isLabelledCaption, isPhotoCredit } from '../furniture/credits.js';
import { fold } from '../text/fold.js';
import { bylineLine } from './byline.js';
import * as F from './flags.js';
import { isFurnitureBlock } from './furniture.js';
import type { HtmlBlock } from './walk.js';

function density(links: number, text: number): number {
  return text === 0 ? 0 : links / text;
}

/** Whether a block of the chosen region is kept as body: not a link list, furniture, a date or byline line. */
export function keepBlock(b: HtmlBlock): boolean {
  const d = density(b.linkChars, b.text.length);
  const heading = (b.flags & F.HEADING) !== 0;
  // An embedded post is quoted whole: its links (a shortened address, the date linking to the post) are part of it.
  const embedded = (b.flags & F.EMBED) !== 0;
  if (
    d > 0.5 &&
    !embedded &&
    !(d <= LINKED_SENTENCE_DENSITY && isLinkedSentence(b)) &&
    !isAddress(b.text)
  )
    return false;
  if (b.text.length < 2) return false;
  // Folded once for both recognisers; neither reads lines longer than this.
  const folded = b.text.length <= CREDIT_MAX ? fold(b.text) : undefined;
  if (isFurnitureBlock(b.text, heading, folded)) return false;
  // A photo credit (`Sanjeev Verma/Hindustan Times/Getty Images`) or a caption closed by one, as the text path reads them.
  if (folded !== undefined && isPhotoCredit(b.text, folded)) return false;
  // A news agency's caption (`In this Jan. 17, 2020, file photo, …`) or a labelled one (`FILE PHOTO: …`, `Image caption …`), as the text path reads them.
  if (isAgencyCaption(b.text) || isLabelledCaption(b.text, folded)) return false;
  // The furniture a text body may hold among its paragraphs (a caption with its credit, a form's consent, an appeal for money…), as the text path reads it.
  if (!heading && isBodyFurniture(b.text)) return false;
  // A comment form's line (its consent box, its notice, its house rules), as the text path reads it.
  if (!heading && isCommentFormLine(b.text, folded === undefined ? undefined : () => folded))
    return false;
  // A cookie-consent notice in a box no class word names (`nutzen wir Cookies. Wenn Sie OK klicken, …`), as the text path
  // reads it; two plain searches first, as most lines name no cookie.
  if (!heading && namesCookies(b.text) && isConsentNotice(b.text, folded)) return false;
  if ((b.flags & F.DATE) !== 0 && b.text.length < 150) return false;
  // Bylines and author boxes (an author's short biography) are not the article.
  if ((b.flags & F.BYLINE) !== 0 && b.text.length < 400) return false;
  // A byline written as a line of the body (`Propos recueillis par X`, `حوار: X`).
  if (b.text.length <= 120 && bylineLine(b.text).length > 0) return false;
  // A columnist's trade printed under the name (`Urbaniste et chroniqueur`), as the text path reads it; not a heading.
  if (!heading && isTradeLine(b.text)) return false;
  return true;
}

/** Whether a line names cookies (`cookie`, `Cookies`, `COOKIES`). */
function namesCookies(text: string): boolean {
  return text.includes('ookie') || text.includes('OOKIE');
}

/** Highest link density of a paragraph kept as a sentence (trafilatura's limit for paragraphs). */
const LINKED_SENTENCE_DENSITY = 0.8;
/** Shortest such paragraph: a teaser's headline is shorter, or is one link. */
const LINKED_SENTENCE_MIN = 80;

/**
 * A paragraph of prose whose clauses are links (`As <a>the storm batters
 * the coast</a> and <a>the islands</a>, forecasters warn…`): a `<p>` of some
 * length, with several links and words between them, closed as a sentence.
 * A list's item or a line that is one link is a teaser, not this.
 */
function isLinkedSentence(b: HtmlBlock): boolean {
  return (
    b.tag === 'p' &&
    b.links >= 2 &&
    b.text.length >= LINKED_SENTENCE_MIN &&
    (b.flags & (F.LIST | F.HEADING)) === 0 &&
    /[.!?؟]["'»”’)]*$/u.test(b.text)
  );
}

/** A web or mail address written out: `https://…`, `www.…`, `name@host.tld`. */
const ADDRESS =
  /^(?:\[\d{1,3}\]\s?|\(\d{1,3}\)\s?|\d{1,3}[.)]\s)?(?:(?:https?:\/\/|www\.)[^\s]{3,200}|[^\s@]{1,64}@[^\s@]{1,120}\.[a-z]{2,12})$/i;

/**
 * A line that is a link showing its own address (`suivi@example.org`,
 * `https://www.gnu.org/philosophy/`), or a numbered note giving one
 * (`[1] https://…`): a reference the author wrote out, not a teaser, which
 * shows a headline.
 */
function isAddress(text: string): boolean {
  return text.length <= 200 && ADDRESS.test(text.trim());
}

/** Longest line the photo-credit recogniser reads (a caption closed by its credit). */
const CREDIT_MAX = 300;
