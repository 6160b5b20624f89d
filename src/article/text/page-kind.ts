/**
 * Recogniser of a text page's kind before its parts are read: a listing (its
 * address, an archive's heading, headlines dated or timed one a line, repeated
 * teaser units), a page that found nothing (an empty search or archive, an
 * error page), or an article.
 */

import type { ListingItem } from '../../types.js';
import { readMoreInside } from '../recognisers/read-more.js';
import { archiveDay, archiveHeadingAt, emptyArchive, notFoundPage } from './archive-heading.js';
import { hasArticleRun } from './body-region.js';
import type { TextDoc } from './doc.js';
import { pagedHeadlines, rankedHeadlines } from './headline-index.js';
import { looksLikeListing, teaserLike } from './listing.js';
import { teaserListEnd } from './listing-refiners.js';
import { cutMidWord } from './listing-units.js';
import { holdsLiveEntries } from './live-entries.js';
import { loneArticleHeader } from './lone-article.js';
import { mediaUnits } from './media-units.js';
import { clockHeadlines, datedHeadlines } from './title-date.js';
import { articleUrl, listingUrl } from './url-kind.js';

/** A teaser's text: cut short (`…`, a read-more link) or in mid-word. */
export function teaserText(t: string): boolean {
  return teaserLike(t) || readMoreInside(t) !== undefined || cutMidWord(t);
}

/** What the page's kind reads. */
export interface PageKind {
  /** The block of an archive's heading (`Étiquette : X`), or -1. */
  archive: number;
  /** A search, archive or error page that found nothing: no listing and no article. */
  empty: boolean;
  /** Headlines each dated in full or timed on their line, a media index's, or bare headlines over the pager, when the page prints a run of them. */
  datedList: ListingItem[] | undefined;
  /** Read as a listing. */
  listing: boolean;
}

/**
 * The page's kind. An address that names one article settles it: its teasers are a related box, not a listing;
 * `credited`, a source or credit line was read (an article's).
 */
export function readKind(doc: TextDoc, url: string | undefined, credited: boolean): PageKind {
  // An archive page's heading over the text (`Étiquette : X`) makes a listing even of one full post.
  const archive = articleUrl(url) ? -1 : archiveHeadingAt(doc);
  // A search or archive page that found nothing (`Aucun résultat` under its heading) holds no listing and no article.
  // So does an error page (`Page introuvable` over its notice).
  const empty = (archive >= 0 && emptyArchive(doc, archive)) || notFoundPage(doc);
  // Headlines each dated in full on their line (`Title – 12/03/2025`), or each by a video's running time or a
  // gallery's size (`04:12`, `18 photos`), or bare headlines over the listing's pager: a list however it is headed.
  // A day's archive times its headlines by the clock alone, over or on their lines: its heading gives their day.
  // A most-read page prints each headline under its rank alone (`1` ⏎ headline).
  const day = archiveDay(doc, archive);
  const datedList =
    datedHeadlines(doc) ??
    mediaUnits(doc, day) ??
    clockHeadlines(doc, day) ??
    rankedHeadlines(doc) ??
    pagedHeadlines(doc);
  const listing =
    !empty &&
    (listingUrl(url) ||
      archive >= 0 ||
      (!articleUrl(url) &&
        !credited &&
        (datedList !== undefined || looksLikeListing(doc, teaserListEnd(doc))) &&
        !hasArticleRun(doc, teaserText) &&
        // A short brief beside a sidebar of teasers: its one header (headline, byline or date, a whole paragraph) tells it.
        !loneArticleHeader(doc) &&
        // A live page's timed entries, each a whole paragraph, are one article's text.
        !holdsLiveEntries(doc)));
  return { archive, empty, datedList, listing };
}
