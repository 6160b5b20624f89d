/** Small helpers over parse5's default tree. */
import type { DefaultTreeAdapterMap } from 'parse5';

/** A parse5 element. */
export type Element = DefaultTreeAdapterMap['element'];
/** Any parse5 node. */
export type Node = DefaultTreeAdapterMap['node'];
/** A parse5 text node. */
export type TextNode = DefaultTreeAdapterMap['textNode'];

/** True when `node` is an element. */
export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** True when `node` is a text node. */
export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

/** The value of attribute `name` (lower case), or undefined. */
export function attr(el: Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

/** Children of a node that has them (elements, documents, templates' content). */
export function childrenOf(node: Node): Node[] {
  if (node.nodeName === 'template' && 'content' in node) return node.content.childNodes;
  return 'childNodes' in node ? node.childNodes : [];
}

/**
 * The span of attribute `name`'s value in the source, without its quotes;
 * undefined when parse5 kept no location for it.
 */
export function attrValueSpan(
  input: string,
  el: Element,
  name: string,
): { start: number; end: number } | undefined {
  const loc = el.sourceCodeLocation?.attrs?.[name];
  if (!loc) return undefined;
  const eq = input.indexOf('=', loc.startOffset);
  if (eq < 0 || eq >= loc.endOffset) return undefined;
  let start = eq + 1;
  let end = loc.endOffset;
  while (start < end && /\s/.test(input[start] ?? '')) start++;
  const q = input[start];
  if ((q === '"' || q === "'") && input[end - 1] === q) {
    start++;
    end--;
  }
  return { start, end };
}
