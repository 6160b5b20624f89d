/**
 * The header a reader service prints over a page's Markdown (Jina Reader: `Title: …`, `URL Source: https://…`,
 * `Published Time: …`, `Markdown Content:`). Its address is the page's own: it names the site when the caller gave
 * no `url`. The title and the time lines are read as the page's first lines, as any text's.
 */

/** The header's first line, and its address line among the lines under it. */
const TITLE_LINE = /^Title: /;
const SOURCE_LINE = /^URL Source: (https?:\/\/\S{1,2000})[ \t]*$/m;
/** How far into the text the header's address line may stand. */
const HEADER_LENGTH = 4096;

/** The page's address printed in a reader service's header opening `input`, or undefined. */
export function readerSourceAddress(input: string): string | undefined {
  if (!TITLE_LINE.test(input)) return undefined;
  const head = input.slice(0, HEADER_LENGTH);
  return SOURCE_LINE.exec(head)?.[1];
}
