/**
 * Decides whether an input string is an HTML page or a text dump, from the
 * document's structure: a page starts with markup, or markup is its fabric
 * (many tags, closing tags among them). A text that mentions a tag in its
 * prose (`<noun>.js`, an escaped `<div class="x">` quoted from a noscript
 * block) stays text.
 */

const HTML_START =
  /^[\s\ufeff]*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|!--|\?xml\s|(?:div|article|section|main|header|nav|table|p|span|h[1-6]|ul|form|link|script|style|title)[\s>/])/i;
const OPEN_TAG =
  /<(?:html|head|body|div|p|span|a|article|section|main|nav|header|footer|aside|script|style|meta|link|title|li|ul|ol|table|tr|td|br|img|h[1-6]|figure|iframe|form|input|button)[\s>/]/gi;
const CLOSE_TAG =
  /<\/(?:html|head|body|div|p|span|a|article|section|main|nav|header|footer|aside|script|style|title|li|ul|ol|table|tr|td|h[1-6]|figure|form|button)\s*>/gi;

/** Tags and closing tags the first 8 kB must hold to read as markup when they do not open it. */
const MIN_TAGS = 10;
const MIN_CLOSES = 4;

/** Which front door an input goes through. */
export type InputFormat = 'html' | 'text';

function countUpTo(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text) !== null) n++;
  return n;
}

/**
 * `html` when the input starts like a page (doctype, `<html>`, `<head>`, a
 * block element…) or its first 8 kB hold at least ten element tags with
 * closing tags among them; `text` otherwise.
 */
export function sniffFormat(input: string): InputFormat {
  const head = input.slice(0, 8192);
  if (HTML_START.test(head)) return 'html';
  return countUpTo(OPEN_TAG, head, MIN_TAGS) >= MIN_TAGS &&
    countUpTo(CLOSE_TAG, head, MIN_CLOSES) >= MIN_CLOSES
    ? 'html'
    : 'text';
}
