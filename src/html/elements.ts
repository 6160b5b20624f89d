/**
 * The elements of an HTML page as a table of columns (one typed array per
 * field, indexed by element id) rather than one object per element: a page of
 * millions of elements costs a few flat arrays, which the garbage collector
 * neither copies nor traces. Ids are given in document order, parents before
 * their children.
 */

/** A column of the table. */
type Column = Int32Array<ArrayBuffer>;

/** `a` copied into a column of `size` slots. */
function grow(a: Column, size: number): Column {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

const FIRST_CAPACITY = 256;

/** Every element of a page, by id: tag, parent, depth, flags, class weight, start offset, text totals and block range. */
export class HtmlElements {
  /** Number of elements. */
  length = 0;
  /** Tag name, lower case. */
  readonly tags: string[] = [];
  /** Id of the parent element, -1 for the root. */
  parent: Column;
  /** Nesting depth, 0 for the root. */
  depth: Column;
  /** Context flags: its own and its ancestors' (see flags.ts). */
  flags: Column;
  /** Flags the element sets itself (from its tag and attributes). */
  own: Column;
  /** Class/id weight (positive for article-like names). */
  weight: Column;
  /** Offset of its start tag. */
  start: Column;
  /** Its `class` attribute as written, by id (`undefined` when it has none): elements of one kind share it. */
  readonly classNames: Array<string | undefined> = [];
  /** Visible text characters in its content (whitespace collapsed). */
  text: Column;
  /** Of those, characters inside links. */
  links: Column;
  /** Index of its first block. */
  firstBlock: Column;
  /** Index past its last block. */
  endBlock: Column;

  /** A table with room for `capacity` elements before its columns grow. */
  constructor(capacity = FIRST_CAPACITY) {
    const size = Math.max(FIRST_CAPACITY, capacity);
    this.parent = new Int32Array(size);
    this.depth = new Int32Array(size);
    this.flags = new Int32Array(size);
    this.own = new Int32Array(size);
    this.weight = new Int32Array(size);
    this.start = new Int32Array(size);
    this.text = new Int32Array(size);
    this.links = new Int32Array(size);
    this.firstBlock = new Int32Array(size);
    this.endBlock = new Int32Array(size);
  }

  /** Adds an element with no text yet; returns its id. */
  add(
    tag: string,
    parent: number,
    depth: number,
    own: number,
    flags: number,
    weight: number,
    start: number,
    block: number,
    className?: string,
  ): number {
    const id = this.length;
    if (id === this.parent.length) this.reserve(id * 2);
    this.tags.push(tag);
    this.classNames.push(className);
    this.parent[id] = parent;
    this.depth[id] = depth;
    this.own[id] = own;
    this.flags[id] = flags;
    this.weight[id] = weight;
    this.start[id] = start;
    this.firstBlock[id] = block;
    this.endBlock[id] = block;
    this.length = id + 1;
    return id;
  }

  /** The tag of element `id` (empty when there is none). */
  tag(id: number): string {
    return this.tags[id] ?? '';
  }

  private reserve(size: number): void {
    this.parent = grow(this.parent, size);
    this.depth = grow(this.depth, size);
    this.flags = grow(this.flags, size);
    this.own = grow(this.own, size);
    this.weight = grow(this.weight, size);
    this.start = grow(this.start, size);
    this.text = grow(this.text, size);
    this.links = grow(this.links, size);
    this.firstBlock = grow(this.firstBlock, size);
    this.endBlock = grow(this.endBlock, size);
  }
}

/** Reads column `a` at `id`: 0 outside the table. */
export function at(a: Column, id: number): number {
  return a[id] ?? 0;
}

/** Whether two elements are siblings of one kind: same parent, same tag, the same class written. */
export function sameKind(a: number, b: number, elements: HtmlElements): boolean {
  if (a < 0 || b < 0 || at(elements.parent, a) !== at(elements.parent, b)) return false;
  const cls = elements.classNames[a];
  return cls !== undefined && cls === elements.classNames[b] && elements.tag(a) === elements.tag(b);
}

/** Whether element `a` holds element `b` (or is it), looking at most `levels` steps up from `b`. */
export function holds(a: number, b: number, elements: HtmlElements, levels = 60): boolean {
  let cur = b;
  for (let i = 0; i < levels && cur >= 0; i++) {
    if (cur === a) return true;
    cur = at(elements.parent, cur);
  }
  return false;
}
