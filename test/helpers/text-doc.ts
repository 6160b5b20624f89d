/** A text document built by hand for the text path's refiners, one block a line. */
import { RoleMap, type TextDoc } from '../../src/article/text/doc.js';

/** A document of one block a line, as the text path reads a dump. */
export function docOf(lines: string[]): TextDoc {
  const input = lines.join('\n');
  let start = 0;
  const blocks = lines.map((text, index) => {
    const b = { index, text, start, end: start + text.length, verbatim: true, blankBefore: 0 };
    start += text.length + 1;
    return b;
  });
  return { input, blocks, roles: new RoleMap(blocks.length), warnings: [] };
}
