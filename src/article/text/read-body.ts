/**
 * The body's read: the free blocks from the first body paragraph on, with the
 * boxes inside it (teasers, labelled headline boxes, pull quotes) cut out and
 * the related links under it kept apart (see BodyBlocks).
 */

import { dateShare } from '../../dates/find-dates.js';
import { isReaderAppeal } from '../../furniture/appeals.js';
import { isCommentHeading } from '../../furniture/comments.js';
import { isContactLine } from '../../furniture/contact.js';
import { isInterfaceLine } from '../../furniture/interface.js';
import { isNewsletterHeading } from '../../furniture/newsletter.js';
import { holdsPrice, isPaywallLine } from '../../furniture/paywall.js';
import { isTagLabel } from '../../furniture/post-meta.js';
import { isRightsLine } from '../../furniture/rights.js';
import { isRelatedBoxHeading } from '../../furniture/teaser-headings.js';
import type { Block } from '../../input/block.js';
import { startsWithBullet } from '../../text/chars.js';
import type { RelatedLink } from '../../types.js';
import { findInlineRelated, recogniseRelated } from '../recognisers/related.js';
import { BodyBlocks } from './body-blocks.js';
import { endsSentence, isTeaserHeadingBlock } from './body-region.js';
import { blockFlags, isFree, knownFold, paragraphLike, type TextDoc, titleLike } from './doc.js';
import { listBulletLength } from './list-items.js';
import { teaserLike } from './listing.js';
import { isMediaMark } from './media-units.js';
import { isIngredientsHeading, recipeAt } from './recipe.js';

/** Longest line of a paywall's offer, its appeals aside (`Je m'abonne`, `Déjà abonné ? Se connecter`). */
const OFFER_LINE = 100;
/** A Chinese or Japanese sentence's full stop closing a line, a closing quote or bracket after it (`…予定です。`, `…」。`, `…。」`). */
const CJK_SENTENCE_END = /。[」』）)”"]?$/u;

/** A line without its list bullet (`* `, `+ `, `- `, `• `, `o `), as text renderers print them. */
function withoutBullet(text: string): string {
  return startsWithBullet(text) ? text.slice(2) : text;
}
/** Most headlines read as one related box under a bare label. */
const MAX_BOX = 6;

/** Whether block `k` is a headline over a teaser (`…`, a read-more link): another unit of a box of teasers. */
function anotherUnit(doc: TextDoc, k: number): boolean {
  const head = doc.blocks[k];
  const teaser = doc.blocks[k + 1];
  return (
    head !== undefined &&
    teaser !== undefined &&
    isFree(doc, head) &&
    isFree(doc, teaser) &&
    titleLike(head.text) &&
    !paragraphLike(head.text) &&
    (teaserLike(teaser.text) || datedSummary(doc, teaser.index))
  );
}

/** Longest summary of a box's unit written whole (not cut by `…`): an article's paragraphs run longer. */
const MAX_SUMMARY = 300;

/** Whether block `k` is a date line alone (`06/12/2026`, `5 décembre 2026`). */
function dateLineAt(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && dateShare(b.text, doc.reference) > 0.8;
}

/**
 * Whether block `k` is a box's unit's summary written whole and closed by the unit's date line (`<headline>` ⏎
 * `<one sentence>.` ⏎ `06/12/2026`): a free short paragraph with a date line alone right under it. The date tells
 * it from a paragraph of the story under a subheading.
 */
function datedSummary(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return (
    b !== undefined &&
    isFree(doc, b) &&
    b.text.length <= MAX_SUMMARY &&
    paragraphLike(b.text) &&
    dateLineAt(doc, k + 1)
  );
}

/** Index of block `k` when it is a free excerpt (cut by `…`) over a read-more link: the teaser of a unit. */
function excerptOverReadMore(doc: TextDoc, k: number): number | undefined {
  const b = doc.blocks[k];
  return b !== undefined &&
    isFree(doc, b) &&
    doc.roles.get(k + 1) === 'read-more' &&
    teaserLike(b.text)
    ? k
    : undefined;
}

/** Body blocks (their paragraphs cut out when asked, see BodyBlocks) and related links from the free blocks at or after `from`. */
export function readBody(
  doc: TextDoc,
  from: number,
): { blocks: BodyBlocks; related: RelatedLink[]; wall: boolean } {
  const blocks = new BodyBlocks(doc);
  const related: RelatedLink[] = [];
  const { input } = doc;
  let pendingLabel = false;
  let boxed = 0;
  // The box's units read so far have summaries written whole, each closed by its date line.
  let summarised = false;
  // The label was a box heading: its headlines weigh in the body walk as their shape says.
  let headedBox = false;
  // A paywall's prompt was read (`wall`), and the offer (pitch, prices, login) that follows it is being read (`walled`).
  let wall = false;
  let walled = false;
  // Blocks of the offer read so far, its prompt included.
  let offer = 0;
  // The last block of a recipe's ingredients list read (-1: none): a lone word in it is an ingredient (`Salz`).
  let listEnd = -1;
  for (const block of doc.blocks) {
    if (block.index < from) continue;
    // A heading over a box of related headlines (`Articles similaires`, `مقالات ذات صلة`), free or taken as
    // boilerplate: its headlines are links. It stays a heading (against the body), so it is boilerplate.
    const role = doc.roles.get(block.index);
    if (
      (role === undefined || role === 'boilerplate') &&
      isRelatedBoxHeading(block.text, knownFold(doc, block.index, block.text))
    ) {
      doc.roles.set(block.index, 'boilerplate');
      pendingLabel = true;
      boxed = 0;
      summarised = false;
      headedBox = true;
      continue;
    }
    // The footer's rights notice under a box, taken out before (`© 2026 X. All rights reserved.`), closes it.
    if (pendingLabel && role !== undefined && isRightsLine(block.text)) pendingLabel = false;
    // So does a tag list under it (`الكلمات المفتاحية: …`, `Tags : …`), free or taken out before.
    if (pendingLabel && isTagLabel(block.text, knownFold(doc, block.index, block.text)))
      pendingLabel = false;
    // Five headlines or more under a box's label read as a latest-news run before the box was seen: they are its links.
    if (!isFree(doc, block) && !(pendingLabel && role === 'ticker')) continue;
    // A box's section label over each headline (`Business` ⏎ <headline>): the box goes on under it.
    // So does a video's running time or a gallery's size over each (`More videos` ⏎ `02:31` ⏎ <headline>).
    if (pendingLabel && headedBox && (boxLabel(doc, block.index) || isMediaMark(block.text))) {
      doc.roles.set(block.index, 'boilerplate');
      continue;
    }
    if (pendingLabel) {
      // A date line under a box's headline is that headline's date, no link: the box goes on under it.
      if (boxed > 0 && dateLineAt(doc, block.index)) {
        doc.roles.set(block.index, 'related');
        continue;
      }
      pendingLabel = false;
      // A heading over other teasers (`READ THIS NEXT`) ends the box: it is no headline of it;
      // nor is the footer's rights notice right under the box (`Le212 © 2025. Tous droits réservés.`),
      // nor a button's label under its last headline (`Share this interview`).
      if (
        titleLike(block.text) &&
        // A headline asking a question (`Can the ports compete?`) under a box's heading is one of its links.
        (!paragraphLike(block.text) ||
          (headedBox && block.text.length < 120 && block.text.endsWith('?'))) &&
        !isTeaserHeadingBlock(doc, block) &&
        !isRightsLine(block.text) &&
        !isInterfaceLine(block.text) &&
        // Nor the comments' heading under the box (`Commentaires (3)`, `التعليقات`), nor the footer's address.
        !isCommentHeading(block.text, knownFold(doc, block.index, block.text)) &&
        !isContactLine(block.text, knownFold(doc, block.index, block.text))
      ) {
        // A box printed as a list (`* <headline>`): the headline starts after its bullet.
        const skip = listBulletLength(block.text);
        related.push({ title: block.text.slice(skip), start: block.start + skip, end: block.end });
        doc.roles.set(block.index, 'related');
        if (headedBox) blockFlags(doc, 'boxItems')[block.index] = 2;
        // `شاهد أيضاً⏎<title>⏎<teaser> …`: the related article's teaser belongs to the link.
        const next = doc.blocks[block.index + 1];
        const cut = isFree(doc, next) && teaserLike(next.text);
        // A summary written whole and dated is the unit's teaser when the box's units are so written: another unit
        // under it, or the units above summarised so (`Lire aussi` ⏎ <headline> ⏎ <summary>. ⏎ <date> ⏎ …).
        const whole: boolean =
          !cut &&
          next !== undefined &&
          datedSummary(doc, next.index) &&
          (summarised || anotherUnit(doc, next.index + 2));
        const teaser = cut || whole;
        if (teaser && next) doc.roles.set(next.index, 'related');
        summarised ||= whole;
        // A box of several headlines under one label: the next headline-shaped lines are links too;
        // after a teaser, only when another headline over its teaser follows (a box of units), past the unit's
        // date line when its summary is written whole.
        pendingLabel =
          ++boxed < MAX_BOX &&
          (teaser
            ? anotherUnit(doc, block.index + (whole ? 3 : 2))
            : next !== undefined &&
              (next.text.split(' ').length >= 3 ||
                (headedBox && (boxLabel(doc, next.index) || isMediaMark(next.text))) ||
                // A date alone in figures (`3/3/2025`): the headline's date, read as such above.
                dateLineAt(doc, next.index)));
        continue;
      }
    }
    // The offer's lines (short, or an appeal to subscribe) follow the prompt, down to a box's heading (`More stories`);
    // an article printed in full under the box resumes after them.
    const prompt = isPaywallLine(block.text);
    wall ||= prompt;
    walled =
      prompt ||
      (walled &&
        (block.text.length < OFFER_LINE || isReaderAppeal(block.text) || holdsPrice(block.text)) &&
        !isTeaserHeadingBlock(doc, block) &&
        // Past the offer's first line, a subheading over a paragraph is the article's, printed on under the box.
        !(offer > 1 && headsParagraph(doc, block)));
    offer = walled ? offer + 1 : 0;
    if (walled) {
      doc.roles.set(block.index, 'boilerplate');
      continue;
    }
    const rel = recogniseRelated(input, block);
    if (rel && (rel.titleStart === undefined || block.text.length <= 200)) {
      doc.roles.set(block.index, 'related');
      if (rel.titleStart !== undefined && rel.titleEnd !== undefined) {
        related.push({
          title: input.slice(rel.titleStart, rel.titleEnd),
          start: rel.titleStart,
          end: rel.titleEnd,
        });
      } else {
        pendingLabel = true;
        boxed = 0;
        summarised = false;
        headedBox = false;
      }
      continue;
    }
    // A headline over a read-more link (`… ⏎Read more 0`), or over its excerpt and then the link
    // (a teaser unit: `<headline>⏎<excerpt> …⏎Read more 0`), is a link to another article.
    // A credit line over the excerpt (`Medically reviewed by X`) is no headline.
    // (The interface test, the costliest, is asked last, of a headline over an excerpt only.)
    const excerpt = excerptOverReadMore(doc, block.index + 1);
    if (
      (excerpt !== undefined || doc.roles.get(block.index + 1) === 'read-more') &&
      titleLike(block.text) &&
      !paragraphLike(block.text) &&
      // The next story's date line over its excerpt (`Le 20/01/2025 à 16:10`) names no article.
      (excerpt === undefined ||
        (!isInterfaceLine(block.text) && dateShare(block.text, doc.reference) < 0.5))
    ) {
      related.push({ title: block.text, start: block.start, end: block.end });
      doc.roles.set(block.index, 'related');
      if (excerpt !== undefined) doc.roles.set(excerpt, 'related');
      continue;
    }
    const ingredient = block.index <= listEnd;
    if (!ingredient && block.text.length <= 40 && isIngredientsHeading(block))
      listEnd = (recipeAt(doc.blocks, block.index, endsSentence)?.method ?? 0) - 1;
    // A lone word is a menu entry, not a paragraph, with a list bullet (`* Pinterest`) or without.
    // (A Chinese or Japanese sentence has no space: its full stop closing the line tells it.)
    if (
      block.text.length <= 22 &&
      !ingredient &&
      !/[\s.!?؟]/u.test(withoutBullet(block.text)) &&
      !CJK_SENTENCE_END.test(block.text)
    ) {
      doc.roles.set(block.index, 'boilerplate');
      continue;
    }
    doc.roles.set(block.index, 'body');
    // A collapsed body holds its related links inline: they are cut out of its paragraphs.
    const inlines = block.text.length > 200 ? findInlineRelated(input, block) : [];
    for (const inline of inlines) {
      related.push({
        title: input.slice(inline.titleStart, inline.titleEnd),
        start: inline.titleStart,
        end: inline.titleEnd,
      });
      if (inline.unsure)
        doc.warnings.push(
          `related link title end guessed: ${input.slice(inline.titleStart, inline.titleEnd).slice(0, 80)}`,
        );
    }
    blocks.add(block.index, inlines);
  }
  return { blocks, related, wall };
}

/**
 * Whether `b` is a subheading over a paragraph of the article: a headline's shape (no closing stop, no price),
 * right over a long line closing a sentence that no appeal or price makes the offer's.
 */
function headsParagraph(doc: TextDoc, b: Block): boolean {
  const next = doc.blocks[b.index + 1];
  return (
    titleLike(b.text) &&
    !paragraphLike(b.text) &&
    !endsSentence(b.text) &&
    !holdsPrice(b.text) &&
    isFree(doc, next) &&
    next.text.length >= OFFER_LINE &&
    endsSentence(next.text) &&
    !isReaderAppeal(next.text) &&
    !holdsPrice(next.text)
  );
}

/**
 * Whether free block `k` is a section's label (one or two words, capitalised) over a free headline of
 * three words or more. A newsletter's heading (`Newsletter` ⏎ its pitch) opens the sign-up box, no section.
 */
function boxLabel(doc: TextDoc, k: number): boolean {
  const next = doc.blocks[k + 1];
  const text = doc.blocks[k]?.text ?? '';
  return (
    /^\p{Lu}\p{L}*(?: \p{L}+)?$/u.test(text) &&
    isFree(doc, next) &&
    next.text.split(' ').length >= 3 &&
    !isNewsletterHeading(text)
  );
}
