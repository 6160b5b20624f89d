/**
 * Refiners of a text page's body once its region is chosen (body-region.ts):
 * inside the run, furniture (and the furniture only a body holds,
 * `furniture/body-furniture.ts`), captions above a credit, lines printed again
 * further down, headlines under a teaser heading, boxes their frame tells
 * (`body-boxes.ts`) and the headline repeated are left out of the paragraphs.
 */
import { isBodyFurniture } from '../../furniture/body-furniture.js';
import { isGalleryStrip, isPictureCaption } from '../../furniture/captions.js';
import {
  captionBeforeCreditName,
  endsWithNameAndPaper,
  endsWithPhotoCredit,
  isBareStockCredit,
  isPhotoCredit,
} from '../../furniture/credits.js';
import { isSignatureLine } from '../../furniture/signatures.js';
import type { Block } from '../../input/block.js';
import { holdsLetter, isSpace, isTableRowLine, startsWithOrderedNumber } from '../../text/chars.js';
import { fold, foldLoose, looseSpace } from '../../text/fold.js';
import { SHAPE_SLOTS, shapeSlot } from '../../text/line-shapes.js';
import type { Paragraph } from '../../types.js';
import { recogniseRelated } from '../recognisers/related.js';
import type { BodyBlocks } from './body-blocks.js';
import { boxedBlocks } from './body-boxes.js';
import {
  afterList,
  contentsEntry,
  endsSentence,
  FURNITURE_WEIGHT,
  isFurnitureIn,
  isTeaserHeadingBlock,
  knownNotFurniture,
  LONE_PROSE,
  proseWeight,
  type Region,
  weightOf,
} from './body-region.js';
import { contentsCopies } from './contents-copies.js';
import { bodyLike, foldedOf, paragraphLike, type TextDoc } from './doc.js';
import { gallerySlides } from './gallery-slides.js';
import { nameLine } from './header.js';
import { teaserLike } from './listing.js';
import { altOverMarkedCaption, markedCaption } from './marked-captions.js';
import { isQuotation } from './pull-quotes.js';

/** Body paragraphs with the block each came from. */
export interface BodyParts {
  paragraphs: Paragraph[];
  owners: number[];
}

/** Shortest line read as an image's alt text echoed by the caption under it. */
const ECHO_MIN = 20;

/**
 * Whether `text` ends with `tail`, runs of whitespace read as one space on
 * both sides (a hard-wrapped caption breaks its lines where its alt text did
 * not). Compared from the end, one pass over `tail`.
 */
function endsWithLoosely(text: string, tail: string): boolean {
  let i = text.length - 1;
  let j = tail.length - 1;
  while (j >= 0) {
    if (i < 0) return false;
    const a = text.charCodeAt(i);
    const b = tail.charCodeAt(j);
    if (isSpace(a) && isSpace(b)) {
      while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
      while (j >= 0 && isSpace(tail.charCodeAt(j))) j--;
      continue;
    }
    if (a !== b) return false;
    i--;
    j--;
  }
  return true;
}

/** Longest line checked for repeats. */
const REPEAT_MAX = 1000;

/** Whether block `b` is a line {@link lastOccurrences} looks for repeats of. */
function repeatable(b: Block | undefined): b is Block {
  return b !== undefined && b.text.length <= REPEAT_MAX && b.text.length >= 15;
}

/** Short line texts printed more than once, each with the index of its last block. */
interface Repeats {
  last: Map<string, number>;
  /** 1 at each length one of them has: a text of another length is not looked up (a look-up hashes the whole text). */
  lengths: Uint8Array;
}

/** Whether `text` is one of `repeats`, printed again after block `owner` (its last block is another). */
function printedAgain(repeats: Repeats, text: string, owner: number): boolean {
  return repeats.lengths[text.length] === 1 && (repeats.last.get(text) ?? owner) !== owner;
}

/** The short line texts printed more than once from block `from` on ({@link Repeats}). */
function lastOccurrences(doc: TextDoc, from = 0): Repeats {
  // Shapes counted first (0, 1, 2 or more a slot): a line whose shape comes once is printed once, and is not hashed.
  const shapes = new Uint8Array(SHAPE_SLOTS);
  const start = Math.max(0, from);
  for (let k = start; k < doc.blocks.length; k++) {
    const b = doc.blocks[k];
    if (!repeatable(b)) continue;
    const slot = shapeSlot(b.text);
    if ((shapes[slot] ?? 0) < 2) shapes[slot] = (shapes[slot] ?? 0) + 1;
  }
  // One look-up a line: a text added to `seen` again leaves its size as it was.
  const seen = new Set<string>();
  const repeated = new Map<string, number>();
  const lengths = new Uint8Array(REPEAT_MAX + 1);
  for (let k = start; k < doc.blocks.length; k++) {
    const b = doc.blocks[k];
    if (!repeatable(b) || (shapes[shapeSlot(b.text)] ?? 0) < 2) continue;
    const size = seen.size;
    if (seen.add(b.text).size === size) {
      repeated.set(b.text, b.index);
      lengths[b.text.length] = 1;
    }
  }
  return { last: repeated, lengths };
}

/** No text printed twice (no region to look in). */
const NO_REPEATS: Repeats = { last: new Map(), lengths: new Uint8Array(0) };

/** Whether paragraph `p` is a picture's caption: the line right under it (`next`) is a photo credit. */
function captionAbove(doc: TextDoc, p: Paragraph, next: Block | undefined): boolean {
  return (
    p.text.length <= 300 &&
    next !== undefined &&
    next.text.length <= 300 &&
    // A dispatch's agency signature (`(MAP)` under the last paragraph), read as the source, credits no picture;
    // nor do agencies' codes signing together (`(KNA, DR)`, `(dpa/epd)`).
    doc.roles.get(next.index) !== 'source' &&
    !isSignatureLine(next.text) &&
    // A line the furniture check turned down is no credit: that check holds the credit's.
    !knownNotFurniture(doc, next) &&
    isPhotoCredit(next.text, foldedOf(doc, next)) &&
    // A stock library's name alone (`GETTY`) is the credit's line, no caption's mark: a paragraph or a heading may stand over the picture.
    !isBareStockCredit(next.text, foldedOf(doc, next)) &&
    // Credits alone, each over a paragraph, the first with no caption over it: the page credits its pictures
    // with no caption, and the paragraphs between them are the article's.
    !creditedAlone(doc, next.index - 1) &&
    // A caption closing with its credit (`The terminal at Tanger Med, … Credit: MAP`, `Die Intensivstation
    // im Klinikum / picture alliance`) is the picture's caption itself:
    // a sentence of the article above it is no caption, unless the caption prints it again (the picture's alt text);
    // nor is a listicle's numbered subheading (`3. Add a cheap grow light`): an alt text carries no list number.
    !(
      (endsSentence(p.text) || startsWithOrderedNumber(p.text)) &&
      !next.text.startsWith(p.text.slice(0, ALT_ECHO)) &&
      wordsAtLeast(next.text, CAPTION_WORDS) &&
      (endsWithPhotoCredit(next.text) || captionBeforeCreditName(next.text))
    )
  );
}

/** Block `b`, or the one under it when `b` is a gallery's strip (`1 2 3 4 5 1 / 5 Ver galería completa`). */
function overStrip(doc: TextDoc, b: Block | undefined): Block | undefined {
  return b && isGalleryStrip(b.text) ? doc.blocks[b.index + 1] : b;
}

/** Pictures read up through above a paragraph under a credit. */
const MAX_PICTURES = 6;

/**
 * Whether block `at`, a paragraph of prose, stands under a bare photo credit, in a chain of
 * credits and paragraphs (credit, paragraph, credit, paragraph…) whose first
 * credit has no caption over it: a header's line or nothing, no prose, no
 * caption. There each credit is its picture's alone, and no paragraph of the
 * chain is a caption, however short.
 */
function creditedAlone(doc: TextDoc, at: number): boolean {
  const p = doc.blocks[at];
  if (!p || !bodyLike(p.text)) return false;
  let k = at - 1;
  for (let n = 0; n < MAX_PICTURES; n++) {
    const credit = doc.blocks[k];
    // A bare credit (`Foto: X`), not a caption closing with its credit.
    if (
      !credit ||
      wordsAtLeast(credit.text, CAPTION_WORDS) ||
      !isPhotoCredit(credit.text, foldedOf(doc, credit))
    )
      return false;
    const above = doc.blocks[k - 1];
    if (
      !above ||
      (weightOf(doc, above) <= 0 && !isPictureCaption(above.text, foldedOf(doc, above)))
    )
      return true;
    k -= 2;
  }
  return false;
}

/**
 * Whether paragraph `p` is a picture's caption credited to a bare name on the
 * line right under it (`Berkeley Institute`, `(Atlas Co.)`, no stock library's),
 * set apart between paragraphs of prose: a signature closing the body has none
 * after it, a heading over a short link's line (`Learn more about …`) no long one,
 * a quotation over its speaker's name is none.
 */
function captionOverName(doc: TextDoc, p: Paragraph, next: Block | undefined): boolean {
  const before = next && doc.blocks[next.index - 2];
  const after = next && doc.blocks[next.index + 1];
  if (
    before === undefined ||
    after === undefined ||
    next?.blankBefore !== 0 ||
    doc.blocks[next.index - 1]?.blankBefore === 0 ||
    after.blankBefore === 0 ||
    next.text.length > 42 ||
    after.text.length < PROSE_AFTER
  )
    return false;
  const name = next.text.replace(/^\((.+?)\.?\)$/u, '$1');
  return (
    p.text.length <= 300 &&
    wordsAtLeast(p.text, CAPTION_WORDS) &&
    !p.text.endsWith(':') &&
    // A quotation over a name is the speaker's words and their name (a reader's, a witness's), no caption.
    !isQuotation(p.text) &&
    nameLine(name) &&
    !isBareStockCredit(name) &&
    endsSentence(before.text) &&
    endsSentence(after.text) &&
    weightOf(doc, before) > 0 &&
    weightOf(doc, after) > 0
  );
}

/** Fewest characters of the paragraph under a caption's name credit: prose, not a tool's one-line blurb. */
const PROSE_AFTER = 150;

/** Characters of a line above a caption compared with the caption's opening: the same, it is the picture's alt text. */
const ALT_ECHO = 40;

/** Fewest words of a caption that carries its credit, against a credit alone (`(Bild: Audi)`, `Credit Harry Campbell`). */
const CAPTION_WORDS = 6;

/** Whether `text` holds `n` words or more (runs of spaces count once). */
function wordsAtLeast(text: string, n: number): boolean {
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0 && words < n; i = text.indexOf(' ', i + 1))
    if (text.charCodeAt(i - 1) !== 0x20) words++;
  return words >= n;
}

/** Longest line read as a headline of a box listed under its heading. */
const BOX_HEADLINE = 160;
/** A media label (`[VIDEO]`) or a question mark closing a headline, which {@link endsSentence} reads as a sentence's end. */
const HEADLINE_END = /(?:\[\p{Lu}+\]|\?)$/u;

/**
 * Whether block `b` reads as a headline of a box of other articles listed
 * right under the line above (its heading's or another headline's): no blank
 * line between (one under the heading itself, as renderers set a heading
 * apart), short, no sentence end but a question's or a media label's. An
 * article's paragraphs stand a blank line apart and close their sentences.
 */
function listedHeadline(b: Block, underHeading: boolean): boolean {
  return (
    b.blankBefore <= (underHeading ? 1 : 0) &&
    b.text.length <= BOX_HEADLINE &&
    (!endsSentence(b.text) || HEADLINE_END.test(b.text))
  );
}

/**
 * Whether paragraph `text` of block `k`, right under a teaser heading, opens a section of the story: a sentence
 * closed by its stop (no headline's question, no media label, no bracket), then a short line (a subheading),
 * then two blocks of prose in a row. A box of teasers goes on with a headline and its excerpt.
 */
function sectionUnder(doc: TextDoc, k: number, text: string): boolean {
  const prose = (j: number) => {
    const b = doc.blocks[j];
    return b !== undefined && weightOf(doc, b) > 0;
  };
  const heading = doc.blocks[k + 1];
  return (
    SENTENCE_STOP.test(text) &&
    heading !== undefined &&
    heading.text.length <= SECTION_HEADING &&
    !paragraphLike(heading.text) &&
    prose(k + 2) &&
    prose(k + 3)
  );
}

/** A sentence's full stop or exclamation mark closing a paragraph, a closing quote after it (no `)`, no `?`). */
const SENTENCE_STOP = /[.!]["”»’]?$/u;
/** Longest subheading read over a section of the story. */
const SECTION_HEADING = 80;

/**
 * Whether related line `b` is its label with one headline glued to it, no
 * space between (`Mehr zum ThemaKreistag stimmt …`, `Read moreHarbour board …`):
 * a label element and its link set inline, as Chromium prints them. Like
 * `See also: <title>`, one link, not a box's label: the line under it (a
 * subheading) is no headline of a box.
 */
function gluedLink(doc: TextDoc, b: Block): boolean {
  const title = recogniseRelated(doc.input, b)?.titleStart;
  return title !== undefined && title > b.start && !isSpace(doc.input.charCodeAt(title - 1));
}

/**
 * Keeps the body paragraphs inside the chosen region, furniture lines left
 * out; the rest become boilerplate. Only the blocks inside the region are cut
 * into paragraphs.
 */
export function keepRegion(doc: TextDoc, body: BodyBlocks, region: Region | undefined): BodyParts {
  const paragraphs: Paragraph[] = [];
  const owners: number[] = [];
  // Whether a block inside the region is printed again further down is known from the region's
  // first block on; a paragraph cut out of its block is looked up among all blocks (built if needed).
  const laterOnes = region ? lastOccurrences(doc, region.first) : NO_REPEATS;
  // The subheadings a contents box under the region lists again are the article's (contents-copies.ts).
  const listed = region && laterOnes.last.size > 0 ? contentsCopies(doc, region) : undefined;
  // Boxes only their frame tells (a newsletter's, a previous/next pair): body-boxes.ts.
  const boxed = region ? boxedBlocks(doc, region.first, region.last) : undefined;
  // A gallery's slides printed inside the article (counter, caption, credit): gallery-slides.ts.
  const slides = region ? gallerySlides(doc, region.first, region.last) : new Set<number>();
  let allOnes: Repeats | undefined;
  // Under a teaser heading inside the body (`Related`), the headlines up to the next prose are links, not text.
  let teasers = false;
  // The last teaser heading scanned, and the last block read as a headline listed under it or under a related box's
  // label (-2 when none: the block after it, -1, is no block).
  let headingAt = -2;
  let itemAt = -2;
  // The block of a bare name credit under a caption left out.
  let creditAt = -1;
  let scanned = region?.first ?? 0;
  for (const owner of body.owners) {
    const ob = doc.blocks[owner];
    const bridged =
      region?.bridge !== undefined &&
      owner >= region.bridge.first &&
      owner <= region.bridge.last &&
      // (A table of contents' entry closed by `?` weighs as prose, yet belongs to its box.)
      // A table's row (cells parted by tabs) is the article's too: a results table between the lead and the rest.
      !(
        ob &&
        ((weightOf(doc, ob) > 0 && !contentsEntry(ob.text)) || isTableRowLine(ob.text, false))
      );
    const inside =
      region !== undefined && owner >= region.first && owner <= region.last && !bridged;
    if (!inside) {
      // A block left out with no paragraph keeps its role, as it did when every block was cut first.
      if (doc.roles.get(owner) === 'body' && body.hasParagraph(owner))
        doc.roles.set(owner, 'boilerplate');
      continue;
    }
    for (const p of body.paragraphs(owner)) keepParagraph(p, owner);
  }
  return { paragraphs, owners };

  function keepParagraph(p: Paragraph, owner: number): void {
    // (The paragraph's own block too: a headline of the box's is read with the ones above it.)
    for (; scanned <= owner; scanned++) {
      const b = doc.blocks[scanned];
      if (!b) continue;
      if (isTeaserHeadingBlock(doc, b)) {
        teasers = true;
        headingAt = itemAt = scanned;
      } else if (
        (scanned === itemAt + 1 && listedHeadline(b, scanned === headingAt + 1)) ||
        // A related box's label (`Lesen Sie auch:`) or headline, not one link after its label (`See also: <title>`)
        // nor a teaser's excerpt (`Le texte prévoit…`): the headlines listed right under it are the box's.
        (doc.roles.get(scanned) === 'related' &&
          !/[:|]./.test(b.text) &&
          (b.text.endsWith(':') || !endsSentence(b.text)) &&
          !gluedLink(doc, b))
      )
        itemAt = scanned;
    }
    const block = doc.blocks[owner];
    // The paragraph is its block's whole text when it spans the whole block (it is cut from the block's span).
    const same = block !== undefined && block.start === p.start && block.end === p.end;
    // A line printed again further down (an image's alt text, a gallery caption) counts once, at its last place.
    // (Looked up by the block's own string when equal: its hash is already known.)
    if (!same && !allOnes) allOnes = lastOccurrences(doc);
    const repeated =
      printedAgain(same ? laterOnes : (allOnes ?? laterOnes), same ? block.text : p.text, owner) &&
      !(same && listed?.has(block.text));
    const weight = same ? weightOf(doc, block) : proseWeight(p.text);
    // Under a teaser heading, an excerpt between headlines is the teaser's; two prose blocks in a row are the article again.
    const nextBlock = doc.blocks[owner + 1];
    // (A paragraph set left of the list's bullets follows the list: no item's excerpt.)
    if (
      weight > 0 &&
      // A headline cut short (`Neue Ampel am Bahnhof sorgt für...`) is a teaser's, however it ends.
      !(teasers && teaserLike(p.text)) &&
      (!teasers ||
        // A paragraph long enough to stand alone right under the box's last headline is the article's prose back:
        // a teaser's excerpt stands under its own headline, inside the box.
        (itemAt === owner - 1 && p.text.length >= LONE_PROSE) ||
        // (Or where the region's chooser read the article's prose going on under a related box.)
        region?.resumed?.has(owner) ||
        (nextBlock !== undefined && weightOf(doc, nextBlock) > 0) ||
        // A sentence closed by its stop right under the heading, a subheading under it and the story's prose
        // going on under that (two paragraphs in a row), is the story's: a box lists a headline first
        // (`Pour approfondir` ⏎ `Le rapport … détaille la hausse du coût de l'aide à domicile.` ⏎ `Ce qui change` ⏎ …).
        (owner === headingAt + 1 && sectionUnder(doc, owner, p.text)) ||
        (same && afterList(doc, owner)))
    )
      teasers = false;
    // An image's alt text right above its caption, which prints it again after a label (`Vergrößern <caption>`).
    const echoed =
      same &&
      p.text.length >= ECHO_MIN &&
      nextBlock !== undefined &&
      nextBlock.text.length > p.text.length &&
      endsWithLoosely(nextBlock.text, p.text);
    // A caption between paragraphs over a bare name credit (`Harbour Institute`) goes, and that credit.
    if (same && paragraphs.length > 0 && captionOverName(doc, p, nextBlock)) creditAt = owner + 1;
    // The checks below are read in turn, the costlier last: the first that holds settles it.
    if (
      !boxed?.has(owner) &&
      !slides?.has(owner) &&
      !repeated &&
      !echoed &&
      !teasers &&
      // A headline listed right under the heading or the box's previous headline is a link, however much it weighs.
      itemAt !== owner &&
      !(block !== undefined && isTeaserHeadingBlock(doc, block)) &&
      // (A gallery told in its captions has no slides: its captions are the text, whatever credits them.)
      // (A gallery's strip, its thumbnails' numbers and counter, may stand between a caption and its credit.)
      !(slides && captionAbove(doc, p, overStrip(doc, nextBlock))) &&
      owner !== creditAt &&
      creditAt !== owner + 1 &&
      // A caption printed right under its picture's mark (`[name]`): marked-captions.ts.
      !(same && (markedCaption(doc, owner) || altOverMarkedCaption(doc, owner))) &&
      holdsLetter(p.text) &&
      !(same ? isFurnitureIn(doc, block) : weight === FURNITURE_WEIGHT) &&
      !isBodyFurniture(p.text, same ? () => foldedOf(doc, block) : undefined) &&
      !endsWithNameAndPaper(p.text)
    ) {
      paragraphs.push(p);
      owners.push(owner);
    } else if (doc.roles.get(owner) === 'body') doc.roles.set(owner, 'boilerplate');
  }
}

/** The headline printed again inside the body's run (above the lead, after a caption) is not a paragraph. */
export function dropTitleRepeats(doc: TextDoc, body: BodyParts, title: string): void {
  const key = foldLoose(title);
  const titleFolded = fold(title);
  const keep = body.paragraphs.map((p, i) => {
    if (p.text.length > title.length + 20) return true;
    // The block's shared fold when the paragraph is its whole text: most lines differ there already.
    const block = doc.blocks[body.owners[i] ?? -1];
    const f = block !== undefined && block.text === p.text ? foldedOf(doc, block) : fold(p.text);
    return !sameSkeleton(f, titleFolded) || foldLoose(p.text) !== key;
  });
  if (keep.every(Boolean)) return;
  body.owners.forEach((owner, i) => {
    if (!keep[i]) doc.roles.set(owner, 'title-repeat');
  });
  body.paragraphs = body.paragraphs.filter((_, i) => keep[i]);
  body.owners = body.owners.filter((_, i) => keep[i]);
}

/**
 * Whether two folded strings are equal once spaces, `"` and `-` are left out:
 * `foldLoose` only turns those into spaces and moves spaces, so strings whose
 * skeletons differ never have the same `foldLoose` key.
 */
function sameSkeleton(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && looseSpace(a.charCodeAt(i))) i++;
    while (j < b.length && looseSpace(b.charCodeAt(j))) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}
