/**
 * Refiner: the page margins a browser prints on every sheet of a printed or
 * PDF copy (`05/12/2026 10:22` ⏎ `<headline> - <site>` at the top, `<address>
 * 1/2` at the foot), which a text taken from the print (pdftotext, a copy of
 * the PDF) holds again at every page break, inside the article's text. Two
 * shapes no sentence takes: the headline with the site's name after a
 * separator (the page's `<title>`, a stamp before it or the address after it
 * when the copy keeps the margin's columns on one line), printed more than
 * once in the dump (a subtitle after the headline is printed once), and the
 * page's address with a page counter after it (or the counter alone before
 * the margin's other column). They leave the body, as does
 * the address alone printed more than once; printed once, it stays (an article
 * may print a link).
 */
import type { Paragraph } from '../../types.js';
import type { TextDoc } from './doc.js';

/** The address and a page counter after it (`https://x.tn/a 1/2`, `… 2 of 3`). */
const ADDRESS_PAGE = /^https?:\/\/\S+\s+\d{1,3} ?(?:\/|of|sur|de|von) ?\d{1,3}$/u;
/** A page counter, then the margin's gap before its other column (`1 of 2          07/12/2026, 10:22`). */
const COUNTER_GAP = /^\d{1,3} ?(?:\/|of|sur|de|von) ?\d{1,3} {2,}\S/u;
/** An address alone. */
const ADDRESS = /^https?:\/\/\S+$/u;
/**
 * What follows the headline in the page's `<title>`: a separator and the site's name (a few words, no
 * sentence), then the address when the copy keeps the margin's columns on one line.
 */
const SITE_AFTER = /^ (?:[-–—|·:]|::) [^\s.!?]+(?: [^\s.!?]+){0,5}(?: {2,}https?:\/\/\S+)?$/u;
/** Longest stamp before the headline on a margin kept on one line (`12/5/26, 10:22 AM` and the gap). */
const STAMP_MAX = 40;

/** Whether a paragraph is a print's page margin (see the module's note); `title`: the article's headline. */
function isMargin(
  text: string,
  title: string | undefined,
  printedTwice: () => ReadonlySet<string>,
): boolean {
  if (COUNTER_GAP.test(text)) return true;
  if (text.startsWith('http'))
    return ADDRESS_PAGE.test(text) || (ADDRESS.test(text) && printedTwice().has(text));
  const at = title === undefined ? -1 : text.indexOf(title);
  // The headline opens the line, or stands after the stamp and a gap of the margin's columns.
  if (
    title === undefined ||
    at < 0 ||
    (at > 0 && (at > STAMP_MAX || !text.startsWith('  ', at - 2)))
  )
    return false;
  return SITE_AFTER.test(text.slice(at + title.length)) && printedTwice().has(text);
}

/** The texts of the blocks printed more than once in the dump. */
function twice(doc: TextDoc): Set<string> {
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const b of doc.blocks) {
    if (seen.has(b.text)) out.add(b.text);
    else seen.add(b.text);
  }
  return out;
}

/** Leaves a print's page margins out of the body (see the module's note). */
export function dropPrintMargins(
  doc: TextDoc,
  paragraphs: Paragraph[],
  owners: number[],
  title: string | undefined,
): void {
  // Counted once, when a paragraph first takes the headline's shape.
  let repeats: Set<string> | undefined;
  const printedTwice = () => {
    repeats ??= twice(doc);
    return repeats;
  };
  let kept = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const owner = owners[k];
    if (p === undefined || owner === undefined) continue;
    if (isMargin(p.text, title, printedTwice)) {
      doc.roles.set(owner, 'boilerplate');
      continue;
    }
    paragraphs[kept] = p;
    owners[kept] = owner;
    kept++;
  }
  paragraphs.length = kept;
  owners.length = kept;
}
