/**
 * The block: the one intermediate form between the front doors (text, HTML)
 * and the classifiers (article, ticker). A run of text with its span in the
 * input and the hints the classifiers need.
 */

/** A run of text found in the input, with its place and layout hints. */
export interface Block {
  /** Position among the blocks of the input, from 0. */
  index: number;
  /** The block's text: the trimmed line for text dumps, whitespace-collapsed text for HTML. */
  text: string;
  /** Start of the text's source range in the input (UTF-16). */
  start: number;
  /** End of the text's source range in the input (UTF-16, exclusive). */
  end: number;
  /** Whether `input.slice(start, end) === text` (true for text dumps). */
  verbatim: boolean;
  /** Blank lines right before this block (text dumps). */
  blankBefore: number;
  /** The element's tag name (HTML), e.g. `p`, `h1`, `li`. */
  tag?: string;
  /** Ancestor tag names and landmark classes (HTML), outermost first. */
  path?: string[];
  /** Characters of the text that sit inside links (HTML). */
  linkChars?: number;
  /** Link target when the whole block is one link (HTML). */
  href?: string;
  /** Identifier of the block's parent element (HTML), for grouping. */
  parent?: number;
}
