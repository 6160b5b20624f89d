/**
 * HTML front door: one iterative walk over parse5's tree that yields the
 * page's text blocks (with tag, ancestors, link characters and spans) and the
 * head's metadata elements.
 */
import { parse } from 'parse5';
import type { Block } from '../input/block.js';
import { childrenOf, type Element, isElement, isText, type Node } from './dom.js';

/** Ancestors kept per block: enough to find an article container, bounded so deep pages stay linear. */
const MAX_ANCESTORS = 12;

/** Elements whose content is never text of the page. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'button',
  'textarea',
]);

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'html',
  'body',
  'head',
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'form',
  'fieldset',
  'address',
  'hr',
  'br',
  'center',
  'details',
  'summary',
  'caption',
  'dialog',
  'menu',
  'option',
]);

/** An HTML block: a {@link Block} with the element ids of its ancestors. */
export interface HtmlBlock extends Block {
  /** Ids of the enclosing elements, outermost first (ids from {@link HtmlPage.elements}). */
  ancestors: number[];
}

/** What the walk found. */
export interface HtmlPage {
  /** Text blocks in document order. */
  blocks: HtmlBlock[];
  /** `<meta>`, `<link>`, `<title>`, `<time>`, `<html>` and JSON-LD `<script>` elements, in order. */
  meta: Element[];
  /** Every element the walk entered, by id: the tag name. */
  elements: string[];
}

interface Frame {
  node: Node;
  exit: boolean;
  id: number;
}

/** Walks `input` as HTML. Iterative: nesting depth costs no stack. */
export function walkHtml(input: string): HtmlPage {
  const doc = parse(input, { sourceCodeLocationInfo: true });
  const blocks: HtmlBlock[] = [];
  const meta: Element[] = [];
  const elements: string[] = [];
  const open: number[] = []; // ids of open elements
  const openTags: string[] = [];
  const blockOwners: number[] = []; // index into `open` of each open block element
  let linkDepth = 0;
  let href: string | undefined;

  let text = '';
  let links = 0;
  let start = -1;
  let end = -1;
  let pendingSpace = false;

  const flush = (): void => {
    if (text.length > 0) {
      const ownerPos = blockOwners[blockOwners.length - 1] ?? 0;
      const from = Math.max(0, ownerPos + 1 - MAX_ANCESTORS);
      const ancestors = open.slice(from, ownerPos + 1);
      blocks.push({
        index: blocks.length,
        text,
        start,
        end,
        verbatim: false,
        blankBefore: 0,
        tag: openTags[ownerPos] ?? 'body',
        path: openTags.slice(from, ownerPos + 1),
        linkChars: links,
        ancestors,
        parent: ancestors[ancestors.length - 2] ?? ancestors[0] ?? 0,
        ...(href !== undefined && links === text.length ? { href } : {}),
      });
    }
    text = '';
    links = 0;
    start = -1;
    end = -1;
    pendingSpace = false;
  };

  const addText = (value: string, s: number, e: number): void => {
    let i = 0;
    const n = value.length;
    let piece = '';
    while (i < n) {
      const c = value.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0) {
        pendingSpace = true;
        i++;
        continue;
      }
      if (pendingSpace && (text.length > 0 || piece.length > 0)) piece += ' ';
      pendingSpace = false;
      piece += value[i];
      i++;
    }
    if (piece.length === 0) return;
    if (start < 0) start = s;
    end = e;
    text += piece;
    if (linkDepth > 0) links += piece.length;
  };

  const stack: Frame[] = [{ node: doc, exit: false, id: -1 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame; // length checked by the loop condition
    const node = frame.node;
    if (frame.exit) {
      if (isElement(node)) {
        const tag = node.tagName;
        if (BLOCK_TAGS.has(tag)) {
          flush();
          blockOwners.pop();
        }
        if (tag === 'a') {
          linkDepth--;
          if (linkDepth === 0) href = undefined;
        }
        open.pop();
        openTags.pop();
      }
      continue;
    }
    if (isText(node)) {
      const loc = node.sourceCodeLocation;
      addText(node.value, loc?.startOffset ?? 0, loc?.endOffset ?? 0);
      continue;
    }
    if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 'meta' || tag === 'link' || tag === 'title' || tag === 'time' || tag === 'html')
        meta.push(node);
      if (tag === 'script') {
        if (node.attrs.some((a) => a.name === 'type' && a.value.toLowerCase().includes('ld+json')))
          meta.push(node);
        continue;
      }
      if (SKIPPED.has(tag) || tag === 'title') continue;
      const id = elements.length;
      elements.push(tag);
      if (BLOCK_TAGS.has(tag)) {
        flush();
        blockOwners.push(open.length);
      }
      open.push(id);
      openTags.push(tag);
      if (tag === 'a') {
        linkDepth++;
        href = node.attrs.find((a) => a.name === 'href')?.value;
      }
      stack.push({ node, exit: true, id });
    }
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ node: kid, exit: false, id: -1 });
    }
  }
  flush();
  return { blocks, meta, elements };
}
