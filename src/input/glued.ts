/**
 * Recogniser: one string holding many crawled pages glued together (a WET or
 * WARC file read whole, several HTML documents concatenated). parseArticle
 * reads one page; splitting records is `depeche batch`'s job, so the result
 * says so in a warning rather than reading a thousand pages as one.
 */

/** A record's version line (`WARC/1.0`, `WARC/1.1`) after a line break. */
const VERSION_LINE = '\nWARC/1.';
/** A record's type header, counted when the version lines are not there. */
const TYPE_LINE = '\nWARC-Type:';
/** The doctypes counted, as pages write them. */
const DOCTYPES = ['<!DOCTYPE html', '<!doctype html', '<!DOCTYPE HTML'];

/** How many times `mark` occurs in `input` (native searches, one pass). */
function occurrences(input: string, mark: string, accept?: (at: number) => boolean): number {
  let n = 0;
  for (let at = input.indexOf(mark); at >= 0; at = input.indexOf(mark, at + mark.length))
    if (!accept || accept(at)) n++;
  return n;
}

/** Crawl records: version lines (and a record opening the input), else type headers. */
function records(input: string): number {
  const versions =
    (input.startsWith('WARC/') ? 1 : 0) +
    occurrences(input, VERSION_LINE, (at) => '01'.includes(input.charAt(at + VERSION_LINE.length)));
  return versions >= 2 ? versions : Math.max(versions, occurrences(input, TYPE_LINE));
}

/** HTML documents: doctypes, else `<html` tags. */
function documents(input: string): number {
  const doctypes = occurrences(input, '<!', (at) => DOCTYPES.some((d) => input.startsWith(d, at)));
  return doctypes > 0 ? doctypes : occurrences(input, '<html');
}

/**
 * A warning when `input` holds several crawl records (WARC/WET headers) or
 * several HTML documents; undefined for one page.
 */
export function gluedPagesWarning(input: string): string | undefined {
  // Most inputs hold neither mark's start: one native search each rules both patterns of a kind out
  // (`WARC` first: a search for a line break stops at every line, one for `W` seldom).
  const r =
    input.startsWith('WARC/') || (input.includes('WARC') && input.includes('\nWARC'))
      ? records(input)
      : 0;
  if (r >= 2)
    return `several pages in one input: ${r} crawl records glued together; split them first (depeche batch reads WARC and WET files record by record)`;
  const d = input.includes('<') ? documents(input) : 0;
  if (d >= 2)
    return `several pages in one input: ${d} HTML documents glued together; only the first page's structure is read reliably`;
  return undefined;
}
