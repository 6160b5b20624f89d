/**
 * Recogniser: one string holding many crawled pages glued together (a WET or
 * WARC file read whole, several HTML documents concatenated). parseArticle
 * reads one page; splitting records is `depeche batch`'s job, so the result
 * says so in a warning rather than reading a thousand pages as one.
 */

/** Markers that open a crawl record or a new HTML document, searched for as written. */
const RECORD_MARKS = ['\nWARC/1.0', '\nWARC/1.1', '\nWARC-Type:'];
const DOCUMENT_MARKS = ['<!DOCTYPE html', '<!doctype html', '<!DOCTYPE HTML', '<html'];

function occurrences(input: string, mark: string, max: number): number {
  let n = 0;
  for (let at = input.indexOf(mark); at >= 0 && n < max; at = input.indexOf(mark, at + mark.length))
    n++;
  return n;
}

/**
 * A warning when `input` holds several crawl records (WARC/WET headers) or
 * several HTML documents; undefined for one page.
 */
export function gluedPagesWarning(input: string): string | undefined {
  let records = input.startsWith('WARC/') ? 1 : 0;
  for (const mark of RECORD_MARKS) {
    if (mark === '\nWARC-Type:') continue;
    records += occurrences(input, mark, 1_000_000);
  }
  if (records < 2)
    records = Math.max(records, occurrences(input, RECORD_MARKS[2] ?? '', 1_000_000));
  if (records >= 2)
    return `several pages in one input: ${records} crawl records glued together; split them first (depeche batch reads WARC and WET files record by record)`;
  let documents = 0;
  for (const mark of DOCUMENT_MARKS) {
    if (mark === '<html' && documents > 0) break;
    documents += occurrences(input, mark, 1_000_000);
  }
  if (documents >= 2)
    return `several pages in one input: ${documents} HTML documents glued together; only the first page's structure is read reliably`;
  return undefined;
}
