/**
 * HTML front door: one pass over the balanced element events of
 * {@link buildTree} that yields the page's text blocks (with owner element,
 * context flags, link characters and spans), per-element totals, and the
 * records metadata readers need (`<meta>`, `<link>`, `<title>`, JSON-LD,
 * `<time>`, and the text of byline and date elements). Streaming: no tree is
 * built and nesting depth costs no stack.
 */
import { relatedAt } from '../article/recognisers/related.js';
import type { Block } from '../input/block.js';
import { isInvisibleCode } from '../text/invisibles.js';
import { at, HtmlElements } from './elements.js';
import * as F from './flags.js';
import { type HintCache, readHints, tagFlags } from './hints.js';
import { buildTree } from './nesting.js';
import { BLOCK, NO_TEXT } from './tags.js';
import type { Attr, AttrLocs } from './tokens.js';

/** An HTML text block: a {@link Block} with its owner element and context. */
export interface HtmlBlock extends Block {
  /** Id of the innermost block-level element that holds the text. */
  owner: number;
  /** Context flags of the owner ({@link F}), plus `LINK` when the whole text is a link. */
  flags: number;
  /** Characters inside links. */
  linkChars: number;
  /** Number of links that start in the block. */
  links: number;
  /** Commas (Latin and Arabic) in the text. */
  commas: number;
  /**
   * The link that opens the block when it holds most of the text and only a
   * short tail follows (`<li><a>Title</a> <span>July 2, 2025</span></li>`):
   * its address, the length of its text at the block's start, and the span of
   * that text in the input.
   */
  lead?: { href: string; length: number; start: number; end: number };
}

/** A `<meta>`, `<link>`, `<title>`, JSON-LD `<script>`, `<time>` or hinted element, with its text. */
export interface MetaRecord {
  /** Tag name. */
  tag: string;
  /** Its attributes. */
  attrs: readonly Attr[];
  /** Source ranges of the attribute values, by name. */
  attrLocs?: AttrLocs;
  /** Its text (raw for `<title>` and scripts, whitespace-collapsed otherwise, a line break where a block element inside it starts or ends), up to a bound. */
  text: string;
  /** Where that text was read from, when it had any. */
  textStart: number;
  /** End of that range. */
  textEnd: number;
  /** The element's context flags. */
  flags: number;
  /** Index of the first block after the element's start. */
  block: number;
  /** Id of the element. */
  element: number;
}

/** A related-article capsule cut from a paragraph (`<span>À LIRE AUSSI <a href="…">Title</a></span>`). */
export interface InlineRelated {
  /** The linked title, as the walk reads it. */
  title: string;
  /** The link's target. */
  href: string;
  /** Span of the link's text in the input. */
  start: number;
  /** End of that span. */
  end: number;
}

/** What the walk found. */
export interface HtmlPage {
  /** Text blocks in document order. */
  blocks: HtmlBlock[];
  /** Related-article capsules cut from inside paragraphs, in document order. */
  capsules: InlineRelated[];
  /** Every element, by id. */
  elements: HtmlElements;
  /** Metadata records in document order. */
  meta: MetaRecord[];
}

/**
 * The commas (Latin and Arabic) of a text run, or -1 when it holds a
 * character that needs a closer look: a no-break space or an invisible one.
 * One loop, where a pattern and two searches read the run three times.
 */
function commasIfPlain(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0xa0) {
      if (c === 0x2c) n++;
    } else if (c === 0x60c) n++;
    else if (c === 0xa0 || isInvisibleCode(c)) return -1;
  }
  return n;
}

/** Most element slots taken at once (65,536: 2.6 MB of columns); a larger page grows them. */
const ELEMENTS_AHEAD = 1 << 16;

/** Texts longer than this are not kept in metadata records (a byline or date is short). */
const CAPTURE_MAX = 400;
/** JSON-LD and titles may be long. */
const RAW_CAPTURE_MAX = 200_000;

interface Capture {
  record: MetaRecord;
  depth: number;
  raw: boolean;
  pendingSpace: boolean;
  /** A block element opened or closed inside the record after some text: the next text starts a new line. */
  pendingBreak: boolean;
}

function attrOf(attrs: readonly Attr[], name: string): string | undefined {
  for (const a of attrs) if (a.name === name) return a.value;
  return undefined;
}

/** An RDFa `property` naming a publication date: schema.org's, or Dublin Core's `dc:date`, `dc:created`, `dcterms:issued`. */
export const PUBLISHED_PROPERTY =
  /date(?:published|created)|(?:^|\s)dc(?:terms)?:(?:date|created|issued)(?:\s|$)/i;

/** Whether an element's `property` names a publication date (most elements have none: no pattern is run). */
const publishedProperty = (property: string | undefined): boolean =>
  property !== undefined && PUBLISHED_PROPERTY.test(property);

function wantsRecord(tag: string, attrs: readonly Attr[], own: number): boolean {
  switch (tag) {
    case 'meta':
    case 'link':
    case 'title':
    case 'time':
    case 'html':
    case 'base':
      return true;
    case 'script': {
      const type = attrOf(attrs, 'type');
      return type?.toLowerCase().includes('ld+json') === true;
    }
    default:
      return (
        (own & (F.BYLINE | F.DATE)) !== 0 ||
        attrOf(attrs, 'itemprop') !== undefined ||
        publishedProperty(attrOf(attrs, 'property')) ||
        (tag === 'abbr' && attrOf(attrs, 'title') !== undefined)
      );
  }
}

/** Walks `input` as HTML. Linear in its length; never throws on a string. */
export function walkHtml(input: string): HtmlPage {
  const blocks: HtmlBlock[] = [];
  // News pages hold about one element per 200 characters: room for most of them at once.
  const elements = new HtmlElements(Math.min(input.length >> 8, ELEMENTS_AHEAD));
  const meta: MetaRecord[] = [];
  const open: number[] = []; // element ids
  const blockOwners: number[] = []; // ids of open block-level elements
  const captures: Capture[] = [];
  const hintCache: HintCache = new Map();
  let noText = 0; // open elements whose content is not page text
  let linkDepth = 0;
  let href: string | undefined;

  let text = '';
  let links = 0;
  let linkCount = 0;
  let commas = 0;
  let start = -1;
  let end = -1;
  let pendingSpace = false;
  // Open inline elements inside text, with the block's state when each opened: a capsule closing rolls the block back.
  const marks: InlineMark[] = [];
  let serial = 0; // blocks flushed so far
  let cuts = 0; // capsules cut from the current block
  const capsules: InlineRelated[] = [];
  // Every link opened so far (`linkAt` of them), with its address and the span of its text: a capsule's title is its first link.
  let linkAt = 0;
  const linkHrefs: string[] = [];
  const linkStarts: number[] = [];
  const linkEnds: number[] = [];
  // Where each link's text starts and ends in its block's text (-1 until it has some).
  const linkTextStarts: number[] = [];
  const linkTextEnds: number[] = [];

  const flush = (): void => {
    // A block that is a related label and one linked title (`<div><span>Read also:</span> <a>…</a></div>`) is a capsule.
    if (linkCount === 1 && cuts === 0 && links < text.length && blockCapsule()) text = '';
    if (text.length > 0) {
      const owner = blockOwners[blockOwners.length - 1] ?? 0;
      // A block that is one link (`<li><a href>…</a></li>`, `<a href><h3>…</h3></a>`) carries its address.
      const only = links === text.length && linkCount === 1 ? linkHrefs[linkAt - 1] : undefined;
      const blockHref = href ?? (only === '' ? undefined : only);
      const whole = blockHref !== undefined && links === text.length;
      const lead = whole ? undefined : leadLink();
      blocks.push({
        index: blocks.length,
        text,
        start,
        end,
        verbatim: false,
        blankBefore: 0,
        tag: elements.tags[owner] ?? 'body',
        owner,
        flags: links === text.length ? F.LINK : 0,
        linkChars: links,
        links: linkCount,
        commas,
        ...(whole ? { href: blockHref } : {}),
        ...(lead ? { lead } : {}),
      });
    }
    text = '';
    links = 0;
    linkCount = 0;
    commas = 0;
    start = -1;
    end = -1;
    pendingSpace = false;
    // Marks opened before this point now belong to a finished block.
    serial++;
    cuts = 0;
  };

  const addToCaptures = (
    piece: string,
    s: number,
    e: number,
    space: boolean,
    rawOnly: boolean,
  ): void => {
    for (let i = captures.length - 1; i >= 0 && i >= captures.length - 4; i--) {
      const c = captures[i];
      if (!c || (rawOnly && !c.raw)) continue;
      const r = c.record;
      const max = c.raw ? RAW_CAPTURE_MAX : CAPTURE_MAX;
      if (r.text.length >= max) continue;
      if (c.raw)
        r.text += piece.length > max - r.text.length ? piece.slice(0, max - r.text.length) : piece;
      else if (space) {
        c.pendingSpace = r.text.length > 0;
        continue;
      } else {
        if (c.pendingBreak) r.text += '\n';
        else if (c.pendingSpace) r.text += ' ';
        c.pendingSpace = false;
        c.pendingBreak = false;
        r.text += piece.length > max ? piece.slice(0, max) : piece;
      }
      if (r.textStart < 0) r.textStart = s;
      r.textEnd = e;
    }
  };

  /** A block boundary inside the open records: their next text goes on a new line (`<h4>Name</h4><p>Bio…</p>`). */
  const breakCaptures = (): void => {
    for (const c of captures) if (!c.raw && c.record.text.length > 0) c.pendingBreak = true;
  };

  const addText = (value: string, s: number, e: number, space: boolean): void => {
    const current = open[open.length - 1];
    if (captures.length > 0) addToCaptures(value, s, e, space, noText > 0);
    if (noText > 0 || current === undefined || (at(elements.flags, current) & F.HIDDEN) !== 0)
      return;
    if (space) {
      pendingSpace = true;
      return;
    }
    // Non-space runs may still hold U+00A0 (a space) and invisible characters.
    let piece: string;
    let chars: number;
    const plainCommas = commasIfPlain(value);
    if (plainCommas >= 0) {
      piece = pendingSpace && text.length > 0 ? ` ${value}` : value;
      chars = piece.length;
      pendingSpace = false;
      commas += plainCommas;
    } else {
      piece = '';
      chars = 0;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c === 0xa0) {
          pendingSpace = true;
          continue;
        }
        // Soft hyphens, zero-width spaces and BOMs are invisible: they would split words.
        if (isInvisibleCode(c)) continue;
        if (pendingSpace && (text.length > 0 || piece.length > 0)) {
          piece += ' ';
          chars++;
        }
        pendingSpace = false;
        if (c === 0x2c || c === 0x60c) commas++;
        piece += value[i];
        chars++;
      }
    }
    if (piece.length === 0) return;
    if (start < 0) start = s;
    end = e;
    text += piece;
    elements.text[current] = at(elements.text, current) + chars;
    if (linkDepth > 0) {
      links += chars;
      elements.links[current] = at(elements.links, current) + chars;
      const k = linkAt - 1;
      if (k >= 0) {
        if ((linkStarts[k] ?? -1) < 0) {
          linkStarts[k] = s;
          linkTextStarts[k] = text.length - piece.length + (piece.charCodeAt(0) === 0x20 ? 1 : 0);
        }
        linkEnds[k] = e;
        linkTextEnds[k] = text.length;
      }
    }
  };

  /** The link opening the current block, when it holds most of the text and a short tail follows (see `HtmlBlock.lead`). */
  const leadLink = (): HtmlBlock['lead'] => {
    if (linkCount === 0) return undefined;
    const k = linkAt - linkCount;
    const href = linkHrefs[k];
    const length = linkTextEnds[k] ?? -1;
    if (!href || linkTextStarts[k] !== 0 || length * 2 < text.length) return undefined;
    if (text.length - length > LEAD_TAIL) return undefined;
    return { href, length, start: linkStarts[k] ?? -1, end: linkEnds[k] ?? -1 };
  };

  /** The capsule `piece` holds (a related label, then a title mostly link `k`'s text, `linkChars` of it linked) and that link's span. */
  const capsuleOf = (
    piece: string,
    linkChars: number,
    k: number,
  ): { title: string; from: number; to: number } | undefined => {
    const lead = piece.length - piece.trimStart().length;
    const match = relatedAt(piece, lead, piece.length);
    if (match?.titleStart === undefined || match.titleEnd === undefined) return undefined;
    // The title is the link: a label before plain words is a sentence (`Read more about the plan in <a>our guide</a>`).
    const title = piece.slice(match.titleStart, match.titleEnd);
    if (linkChars < CAPSULE_LINK_SHARE * title.length) return undefined;
    return { title, from: linkStarts[k] ?? -1, to: linkEnds[k] ?? -1 };
  };

  /** Records the current block's one link as a capsule when the block's text is a related label and that linked title. */
  const blockCapsule = (): boolean => {
    if (text.length > CAPSULE_MAX) return false;
    const k = linkAt - 1;
    const c = capsuleOf(text, links, k);
    if (!c || c.from < 0 || c.to <= c.from) return false;
    capsules.push({ title: c.title, href: linkHrefs[k] ?? '', start: c.from, end: c.to });
    return true;
  };

  /** Rolls the block back to `m` when the inline element's text is a related label and a linked title; records the link. */
  const cutCapsule = (m: InlineMark): boolean => {
    // Bounded work: a capsule is short, and a paragraph holds a few (each cut copies the paragraph's text).
    if (text.length - m.len > CAPSULE_MAX || cuts >= CAPSULES_PER_BLOCK) return false;
    const c = capsuleOf(text.slice(m.len), links - m.links, m.link);
    if (!c) return false;
    if (c.from >= 0 && c.to > c.from)
      capsules.push({ title: c.title, href: linkHrefs[m.link] ?? '', start: c.from, end: c.to });
    text = text.slice(0, m.len);
    links = m.links;
    linkCount = m.linkCount;
    commas = m.commas;
    start = m.start;
    end = m.end;
    // The paragraph's text resumes after the capsule as after a space.
    pendingSpace = true;
    cuts++;
    return true;
  };

  buildTree(input, {
    open(tag, attrs, s, _end, attrLocs) {
      const parentId = open[open.length - 1] ?? -1;
      const hints = readHints(tag, attrs, hintCache);
      let own = tagFlags(tag) | hints.flags;
      if (tag === 'a' && attrOf(attrs, 'href') === undefined) own &= ~F.LINK;
      const isBlock = BLOCK.has(tag);
      // An inline element hidden by class words (`<span class="hidden">`) hides its text inside the paragraph; a box is weighed by its size later.
      if (!isBlock && (own & F.UNSHOWN) !== 0) own |= F.HIDDEN;
      if (isBlock) {
        flush();
        breakCaptures();
      }
      const id = elements.add(
        tag,
        parentId,
        open.length,
        own,
        (at(elements.flags, parentId) & F.HIDDEN) | own,
        hints.weight,
        s,
        blocks.length,
        attrOf(attrs, 'class'),
      );
      open.push(id);
      if (isBlock) blockOwners.push(id);
      if (NO_TEXT.has(tag)) noText++;
      if ((own & F.LINK) !== 0) {
        if (linkDepth === 0) {
          href = attrOf(attrs, 'href');
          linkCount++;
          linkHrefs.push(href ?? '');
          linkStarts.push(-1);
          linkEnds.push(-1);
          linkTextStarts.push(-1);
          linkTextEnds.push(-1);
          linkAt = linkHrefs.length;
        }
        linkDepth++;
      } else if (!isBlock && noText === 0 && tag !== 'br')
        marks.push({
          id,
          block: serial,
          len: text.length,
          links,
          linkCount,
          commas,
          start,
          end,
          link: linkAt,
        });
      if (wantsRecord(tag, attrs, own)) {
        const record: MetaRecord = {
          tag,
          attrs,
          text: '',
          textStart: -1,
          textEnd: -1,
          flags: own,
          block: blocks.length,
          element: id,
          ...(attrLocs ? { attrLocs } : {}),
        };
        meta.push(record);
        if (tag !== 'meta' && tag !== 'link' && tag !== 'base')
          captures.push({
            record,
            depth: open.length,
            raw: tag === 'script' || tag === 'title',
            pendingSpace: false,
            pendingBreak: false,
          });
      }
    },
    close() {
      const id = open.pop();
      if (id === undefined || id >= elements.length) return;
      const tag = elements.tag(id);
      if (BLOCK.has(tag)) {
        flush();
        breakCaptures();
        blockOwners.pop();
      }
      elements.endBlock[id] = blocks.length;
      if (marks.length > 0 && marks[marks.length - 1]?.id === id) {
        const m = marks.pop();
        if (m && m.block === serial && linkCount > m.linkCount && cutCapsule(m)) {
          elements.text[id] = 0;
          elements.links[id] = 0;
        }
      }
      const parent = at(elements.parent, id);
      if (parent >= 0) {
        elements.text[parent] = at(elements.text, parent) + at(elements.text, id);
        elements.links[parent] = at(elements.links, parent) + at(elements.links, id);
      }
      if (NO_TEXT.has(tag)) noText--;
      if ((at(elements.own, id) & F.LINK) !== 0 && linkDepth > 0) {
        linkDepth--;
        if (linkDepth === 0) href = undefined;
      }
      const top = captures[captures.length - 1];
      if (top && top.depth === open.length + 1) captures.pop();
    },
    text: addText,
  });
  flush();
  const page = { blocks, elements, meta, capsules };
  resolveFlags(page);
  return page;
}

/** An open inline element and the state of the block when it opened. */
interface InlineMark {
  /** The element's id. */
  id: number;
  /** Serial number of the block it opened in. */
  block: number;
  /** Length of that block's text at the element's start. */
  len: number;
  /** The block's link characters, links, commas and source range at that point, to roll back to. */
  links: number;
  linkCount: number;
  commas: number;
  start: number;
  end: number;
  /** Index of the first link that may open inside it. */
  link: number;
}

/** Longest text after a block's opening link for the link to lead it (a date, a category). */
const LEAD_TAIL = 60;
/** Longest capsule text: a label and one headline. */
const CAPSULE_MAX = 300;
/** Most capsules cut from one block. */
const CAPSULES_PER_BLOCK = 8;
/** Share of a capsule's title that its link must cover. */
const CAPSULE_LINK_SHARE = 0.6;

/** Class-derived flags that a large wrapper does not pass on (a whole page inside `class="site-overlay"`). */
const WEAK =
  F.COMMENTS |
  F.RELATED |
  F.SHARE |
  F.FURNITURE |
  F.DIALOG |
  F.DATE |
  F.BYLINE |
  F.CAPTION |
  F.UNSHOWN;

/** Flags of regions that are small by nature. */
const SMALL = F.FURNITURE | F.DATE | F.BYLINE | F.CAPTION | F.SHARE;
/** Landmarks that some pages wrap around everything (an ASP.NET `<form>`, a `<header>` holding the page). */
const LANDMARKS = F.FORM | F.NAV | F.HEADER | F.FOOTER | F.ASIDE;

/**
 * Sets every element's, block's and record's inherited flags in one forward
 * pass (elements come parents first). A weak flag on an element that holds
 * the page's first `<h1>` or half of its text is ignored: it names a layout,
 * not a region. A dialog the page's semantics name stays one unless it
 * holds the `<h1>`.
 */
function resolveFlags(page: HtmlPage): void {
  const { elements, blocks, meta } = page;
  let h1 = -1;
  for (const b of blocks) {
    if (elements.tags[b.owner] === 'h1') {
      h1 = b.index;
      break;
    }
  }
  const { text, links, flags } = elements;
  const total = at(text, 0);
  for (let id = 0; id < elements.length; id++) {
    let own = at(elements.own, id);
    if ((own & (WEAK | LANDMARKS | F.MODAL)) !== 0) {
      const chars = at(text, id);
      const holdsTitle = h1 >= at(elements.firstBlock, id) && h1 < at(elements.endBlock, id);
      const most = chars > 0.5 * total;
      if (holdsTitle || most) own &= ~WEAK;
      // A dialog by the page's semantics (`role=dialog`, `<dialog>`) is one however much it holds (a popup's glossary), unless it holds the title.
      if ((own & F.MODAL) !== 0 && !holdsTitle) own |= F.DIALOG;
      // Widgets, share bars, captions and bylines are small and link-rich: a region of prose named like one is a layout.
      if (chars > 2500 || (chars > 600 && at(links, id) < 0.3 * chars)) own &= ~SMALL;
      if (most || (holdsTitle && elements.tag(id) === 'form')) own &= ~LANDMARKS;
    }
    flags[id] = at(flags, at(elements.parent, id)) | own | (at(flags, id) & F.HIDDEN);
  }
  for (const b of blocks) b.flags |= at(flags, b.owner);
  for (const r of meta) r.flags = r.element < elements.length ? at(flags, r.element) : r.flags;
}
