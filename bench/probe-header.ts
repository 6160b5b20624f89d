/**
 * The header probe: synthetic news pages whose head is laid out every way a
 * news site commonly does (bench/probes/header.py writes them: French, English
 * and Arabic; breadcrumb or not, kicker or not, standfirst before or after the
 * meta line, an image and its caption before or after it, several byline/date
 * line layouts), rendered to crawler text the way the textified corpus was (w3m,
 * lynx, Chromium `innerText`), then read by `parseArticle`. Each render passes
 * when the kind, title, authors (none when the page has no byline) and day of
 * publication (none when it has no date line) are right, the lead and last
 * paragraphs are in `article.text`, and neither the tail (tags, share row,
 * comments) nor the caption is. No URL is given: the date must come from the
 * page. The HTML page itself through the HTML path is shown beside, for
 * reference only. Failures are grouped by language and cause.
 * Needs python3, w3m, lynx and Chromium (`$CHROMIUM`, default /usr/bin/chromium).
 *
 *   npx tsx bench/probe-header.ts                  # generate, render, check
 *   npx tsx bench/probe-header.ts --check-only     # check the renders already made
 *   npx tsx bench/probe-header.ts --matrix         # also a pass count per layout choice
 *   npx tsx bench/probe-header.ts --verbose ar_1   # one line per failing render whose name holds `ar_1`
 *   PROBE_DIR=/data/probe npx tsx bench/probe-header.ts
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/index.js';
import { norm, runProbe } from './probes/tally.js';

/** What the generator says of one page. */
interface Expected {
  lang: string;
  /** Each layout dimension's value: crumb, kicker, dek, img, meta. */
  layout: Record<string, string>;
  title: string;
  /** Empty when the page has no byline. */
  authors: string[];
  /** `YYYY-MM-DD`, null when the page has no date line. */
  day: string | null;
  /** The first words of the lead and of the last paragraph. */
  lead: string;
  last: string;
  forbidden: Record<string, string[]>;
}

/** What is wrong with one render, empty when it passes. */
function errorsOf(file: string, m: Expected): string[] {
  const a = parseArticle(readFileSync(file, 'utf8'));
  const t = norm(a.text);
  const errs: string[] = [];
  if (a.kind !== 'article') errs.push(`kind=${a.kind}`);
  if (norm(a.title ?? '') !== norm(m.title)) errs.push('title');
  if (JSON.stringify(a.authors) !== JSON.stringify(m.authors))
    errs.push(m.authors.length === 0 ? 'authors invented' : 'authors');
  const day = a.publishedAt?.slice(0, 10) ?? null;
  if (day !== m.day) errs.push(m.day === null ? 'date invented' : 'date');
  if (!t.includes(norm(m.lead))) errs.push('missing lead');
  if (!t.includes(norm(m.last))) errs.push('missing last');
  for (const [piece, marks] of Object.entries(m.forbidden))
    if (marks.some((x) => t.includes(norm(x)))) errs.push(`leak:${piece}`);
  return errs;
}

await runProbe<Expected>('header', 'header.py', {
  errorsOf,
  rowsOf: (m) =>
    Object.entries(m.layout).map(([dimension, value]) => `${m.lang} ${dimension}=${value}`),
  byLanguage: true,
});
