/**
 * The items of a text page read as a listing: the one post an archive's
 * heading prints in full, or the listing's units read from the blocks and
 * refined one step at a time (teasers, bullets, ranks, prose excerpts,
 * stamped units, a side box of headlines under the last unit, footer links past
 * the pager, the masthead), each item's closing date its own.
 */
import type { ListingItem } from '../../types.js';
import { lonePostItem, onePostItem } from './archive-heading.js';
import { hasArticleRun } from './body-region.js';
import type { TextDoc } from './doc.js';
import { withGroupDates, withUnitFacts } from './item-dates.js';
import {
  foldProseItems,
  withoutMasthead,
  withoutMoreHeading,
  withoutPastPager,
  withStampedDays,
  withStampedUnits,
} from './item-refiners.js';
import { listingItems } from './listing.js';
import {
  betterItems,
  withoutBullets,
  withoutRanks,
  withoutSideBox,
  withTeasers,
} from './listing-refiners.js';
import { teaserText } from './page-kind.js';
import { namedInRights } from './rights-site.js';
import { spellsSiteName } from './site-suffix.js';
import { stampedUnits } from './stamped-units.js';
import { teaserUnits } from './teaser-units.js';
import { splitTitleDates } from './title-date.js';

/**
 * A listing page's items.
 * @param archive - The block of the archive's heading (`Étiquette : X`), or -1.
 * @param authorAt - The name a byline in block `k` signs, if any (a post printed in full is signed).
 * @param datedList - Headlines each dated in full on their line, if the page prints a run of them.
 */
export function readListingItems(
  doc: TextDoc,
  archive: number,
  authorAt: (k: number) => string | undefined,
  datedList: readonly ListingItem[] | undefined,
): ListingItem[] {
  const { input } = doc;
  // A single post printed in full under the archive's heading is the listing's one item; so is one under no
  // heading on a listing's address (a feed reader's tag page) when its prose is an article's run and no teaser
  // unit stands beside it.
  let post = archive >= 0 ? onePostItem(doc, archive, authorAt) : undefined;
  const units = post ? [] : teaserUnits(doc);
  const stamped = post ? [] : withTeasers(stampedUnits(doc));
  // Units headed by their date lines (each opening at its date line, not at its headline) are sure of their days.
  const opened = stamped.every((u) => u.title !== undefined && !input.startsWith(u.title, u.start));
  // With teaser units beside it, a post printed in full above them (a blog's latest post) is the first item.
  const full =
    archive < 0 && hasArticleRun(doc, teaserText) ? lonePostItem(doc, authorAt) : undefined;
  if (units.length === 0) post ??= full;
  const items = post
    ? [post]
    : // A box of headlines under the last unit (`Les plus lus`) gives no item.
      withoutSideBox(
        doc,
        withStampedDays(
          withStampedUnits(
            foldProseItems(
              withoutRanks(
                withoutBullets(
                  withUnitFacts(
                    doc,
                    betterItems(withTeasers(listingItems(doc, doc.blocks)), units),
                    units,
                  ),
                  input,
                ),
                input,
              ),
            ),
            // A unit with no excerpt over the first one with an excerpt is the page's top (a menu over the day's date).
            stamped,
            false,
            opened,
          ),
          stamped,
        ),
      );
  // A date closing an item's title (`Title | il y a 2 heures`) is the item's.
  splitTitleDates(items, doc.reference);
  // A date heading or closing an item's group of lines is its item's. The site's name over the list is its masthead,
  // no item: dropped before the dated headlines are counted.
  const titled = withoutMasthead(
    withGroupDates(doc, items),
    (title) =>
      (doc.siteLabels !== undefined && spellsSiteName(title, doc.siteLabels)) ||
      namedInRights(doc.blocks, title),
  );
  // The dated headlines are the items when they outnumber the items read otherwise, and lend their days to the items
  // that are they.
  const dated = withStampedDays(
    withStampedUnits(titled, datedList ?? [], true),
    datedList ?? [],
    false,
  );
  // Headlines past the pager under the last excerpt are the footer's links; a heading over more articles closing
  // the list is none.
  const all = withoutPastPager(doc, withoutMoreHeading(dated));
  const first = all[0];
  return full && full !== post && first && full.end <= first.start ? [full, ...all] : all;
}
