/**
 * Balanced element events from the token stream: the simplified tree
 * construction of the HTML front door. Start tags close what the HTML
 * standard says they close (`<p>` before a block, `<li>` before `<li>`,
 * table cells and rows, `<head>` before body content), void elements close
 * at once, stray end tags are dropped, and an end tag never closes past a
 * special element or a scope boundary it does not belong to. Every step is
 * constant time amortised: per-level "nearest open" indexes replace searches
 * down the stack.
 */

import { words } from '../util/tables.js';
import { CLOSES_P, HEADINGS, SCOPE, SPECIAL, TABLE_PARTS, VOID } from './tags.js';
import { type Attr, type AttrLocs, type TokenSink, tokenize } from './tokens.js';

/** Receives properly nested element events and text. */
export interface TreeSink {
  /** An element opens; `start`/`end` bound its start tag (equal for an implied element). */
  open(
    tag: string,
    attrs: readonly Attr[],
    start: number,
    end: number,
    attrLocs: AttrLocs | undefined,
  ): void;
  /** The innermost open element closes at `at` (its end tag's start, or where it was implied). */
  close(at: number): void;
  /** Text inside the innermost open element. */
  text(chars: string, start: number, end: number, space: boolean): void;
}

// One bit per rule a tag takes part in, looked up once per tag.
const B_CLOSES_P = 1;
const B_SPECIAL = 2;
const B_SCOPE = 4;
const B_LIST_BOUNDARY = 8;
const B_TABLE_PART = 16;
const B_VOID = 32;
const B_HEADING = 64;
const B_FOREIGN = 128;
const B_IN_HEAD = 256;

const BITS = new Map<string, number>();
function mark(tags: Iterable<string>, bit: number): void {
  for (const t of tags) BITS.set(t, (BITS.get(t) ?? 0) | bit);
}
mark(CLOSES_P, B_CLOSES_P);
mark(SPECIAL, B_SPECIAL);
mark(SCOPE, B_SCOPE);
mark(SCOPE, B_LIST_BOUNDARY);
mark(words('ul ol menu dl'), B_LIST_BOUNDARY);
mark(TABLE_PARTS, B_TABLE_PART);
mark(['table'], B_TABLE_PART);
mark(VOID, B_VOID);
mark(HEADINGS, B_HEADING);
mark(['svg', 'math'], B_FOREIGN);
// Elements that may stand in <head>; any other start tag ends it.
mark(words('meta link title style script noscript base template basefont bgsound'), B_IN_HEAD);

function last(arr: readonly number[]): number {
  return arr.length === 0 ? -1 : (arr[arr.length - 1] ?? -1);
}

/** Reads `input` and sends balanced events to `sink`; `lean` as {@link tokenize} takes it. */
export function buildTree(input: string, sink: TreeSink, lean = true): void {
  const tags: string[] = [];
  const bits: number[] = [];
  // Per level: index of the nearest open element of a kind, -1 when none (or a boundary is nearer).
  const nearP: number[] = [];
  const nearLi: number[] = [];
  const nearDd: number[] = [];
  const nearSpecial: number[] = [];
  const nearScope: number[] = [];
  const nearTable: number[] = [];
  const byTag = new Map<string, number[]>();
  let foreign = 0;

  const nearestOf = (tag: string): number => {
    const list = byTag.get(tag);
    return list === undefined ? -1 : last(list);
  };

  const pop = (at: number): void => {
    const tag = tags.pop();
    if (tag === undefined) return;
    const b = bits.pop() ?? 0;
    nearP.pop();
    nearLi.pop();
    nearDd.pop();
    nearSpecial.pop();
    nearScope.pop();
    nearTable.pop();
    byTag.get(tag)?.pop();
    if ((b & B_FOREIGN) !== 0) foreign--;
    sink.close(at);
  };
  const closeTo = (index: number, at: number): void => {
    while (tags.length > index) pop(at);
  };

  const push = (tag: string, b: number): void => {
    const i = tags.length;
    tags.push(tag);
    bits.push(b);
    nearP.push(tag === 'p' ? i : (b & B_SCOPE) !== 0 ? -1 : last(nearP));
    nearLi.push(tag === 'li' ? i : (b & B_LIST_BOUNDARY) !== 0 ? -1 : last(nearLi));
    nearDd.push(tag === 'dd' || tag === 'dt' ? i : (b & B_LIST_BOUNDARY) !== 0 ? -1 : last(nearDd));
    nearSpecial.push((b & B_SPECIAL) !== 0 ? i : last(nearSpecial));
    nearScope.push((b & B_SCOPE) !== 0 ? i : last(nearScope));
    nearTable.push(tag === 'table' ? i : last(nearTable));
    let list = byTag.get(tag);
    if (list === undefined) {
      list = [];
      byTag.set(tag, list);
    }
    list.push(i);
    if ((b & B_FOREIGN) !== 0) foreign++;
  };

  /** Closes the nearest open `tag` when it sits inside the current table. */
  const closeInTable = (tag: string, at: number): void => {
    const i = nearestOf(tag);
    if (i >= 0 && i > last(nearTable)) closeTo(i, at);
  };

  const impliedEnds = (tag: string, b: number, at: number): void => {
    if ((b & B_CLOSES_P) !== 0 && last(nearP) >= 0) closeTo(last(nearP), at);
    if (tag === 'li') {
      if (last(nearLi) >= 0) closeTo(last(nearLi), at);
    } else if (tag === 'dd' || tag === 'dt') {
      if (last(nearDd) >= 0) closeTo(last(nearDd), at);
    } else if ((b & B_HEADING) !== 0) {
      if (((bits[bits.length - 1] ?? 0) & B_HEADING) !== 0) pop(at);
    } else if (tag === 'a') {
      const a = nearestOf('a');
      if (a >= 0 && last(nearSpecial) < a) closeTo(a, at);
    } else if (tag === 'td' || tag === 'th') {
      closeInTable('td', at);
      closeInTable('th', at);
    } else if (tag === 'tr') {
      closeInTable('tr', at);
    } else if (tag === 'tbody' || tag === 'thead' || tag === 'tfoot') {
      closeInTable('tbody', at);
      closeInTable('thead', at);
      closeInTable('tfoot', at);
    } else if (tag === 'option' && tags[tags.length - 1] === 'option') pop(at);
  };

  const tokens: TokenSink = {
    startTag(tag, attrs, selfClosing, start, end, attrLocs) {
      const b = BITS.get(tag) ?? 0;
      if (foreign > 0) {
        push(tag, b);
        sink.open(tag, attrs, start, end, attrLocs);
        if (selfClosing) pop(end);
        return;
      }
      // A second <html> or <body> only adds attributes in the standard: keep one of each.
      if ((tag === 'html' || tag === 'body') && nearestOf(tag) >= 0) return;
      if ((b & B_IN_HEAD) === 0) {
        const head = nearestOf('head');
        if (head >= 0) closeTo(head, start);
      }
      impliedEnds(tag, b, start);
      push(tag, b);
      sink.open(tag, attrs, start, end, attrLocs);
      if ((b & B_VOID) !== 0) pop(end);
    },
    endTag(tag, start) {
      if (tag === 'br') {
        push('br', BITS.get('br') ?? 0);
        sink.open('br', [], start, start, undefined);
        pop(start);
        return;
      }
      if (tag === 'html' || tag === 'body') return; // content after them still belongs to the body
      const i = nearestOf(tag);
      if (i < 0) return;
      const b = BITS.get(tag) ?? 0;
      if (foreign > 0 || (b & B_TABLE_PART) !== 0) {
        if (tag === 'table' || foreign > 0 || i > last(nearTable)) closeTo(i, start);
        return;
      }
      if ((b & B_SPECIAL) === 0 && last(nearSpecial) > i) return;
      if ((b & B_SCOPE) === 0 && last(nearScope) > i) return;
      closeTo(i, start);
    },
    text(chars, start, end, space) {
      sink.text(chars, start, end, space);
    },
    inForeign: () => foreign > 0,
  };
  tokenize(input, tokens, lean);
  closeTo(0, input.length);
}
