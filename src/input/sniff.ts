/** Decides whether an input string is an HTML page or a text dump. */

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--)/i;
const HTML_TAG = /<(?:html|head|body|div|p|article|script|meta|title)[\s>]/gi;

/** Which front door an input goes through. */
export type InputFormat = 'html' | 'text';

/**
 * `html` when the input starts like a page (doctype, `<html>`, `<head>`…) or
 * shows several structural tags in its first 4 kB; `text` otherwise.
 */
export function sniffFormat(input: string): InputFormat {
  const head = input.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  HTML_TAG.lastIndex = 0;
  let tags = 0;
  while (HTML_TAG.exec(head) !== null) {
    if (++tags >= 3) return 'html';
  }
  return 'text';
}
