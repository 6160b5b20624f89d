/**
 * The shape probe: synthetic news pages whose article body takes uncommon
 * markup shapes (bench/probes/shapes.py writes them: thirteen body shapes,
 * four page frames, four tails, French, English and Arabic), read as HTML and
 * as w3m, lynx and Chromium print them. Each passes when the kind and title
 * are right, every body paragraph is in `article.text`, no comment, teaser
 * excerpt, footer or ad label is, and no warning is given. Unlike the body and
 * header probes, the HTML column counts here too: the HTML path is what these
 * shapes test first. Failures are grouped by language and cause.
 * Needs python3, w3m, lynx and Chromium (`$CHROMIUM`, default /usr/bin/chromium).
 *
 *   npx tsx bench/probe-shapes.ts                 # generate, render, check
 *   npx tsx bench/probe-shapes.ts --check-only    # check the renders already made
 *   npx tsx bench/probe-shapes.ts --matrix        # also a pass count per shape, frame and tail
 *   npx tsx bench/probe-shapes.ts --verbose ar_   # one line per failing render whose name holds `ar_`
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/index.js';
import { norm, runProbe } from './probes/tally.js';

/** What the generator says of one page. */
interface Expected {
  lang: string;
  shape: string;
  frame: string;
  after: string;
  title: string;
  P: string[];
  forbidden: Record<string, string[]>;
}

/** What is wrong with one render or page, empty when it passes. */
function errorsOf(file: string, m: Expected): string[] {
  const name = file.slice(file.lastIndexOf('/') + 1, file.indexOf('.', file.lastIndexOf('/')));
  const a = parseArticle(readFileSync(file, 'utf8'), { url: `https://example.com/eco/${name}` });
  const t = norm(a.text);
  const errs: string[] = [];
  if (a.kind !== 'article') errs.push(`kind=${a.kind}`);
  if (norm(a.title ?? '') !== norm(m.title)) errs.push('title');
  const missing = m.P.flatMap((p, i) => (t.includes(norm(p)) ? [] : [`P${i + 1}`]));
  if (missing.length > 0)
    errs.push(`missing ${missing.length === m.P.length ? 'all' : missing.join(',')}`);
  for (const [piece, marks] of Object.entries(m.forbidden))
    if (marks.some((x) => t.includes(norm(x)))) errs.push(`leak:${piece}`);
  for (const w of a.warnings) errs.push(`warning:${w.slice(0, 40)}`);
  return errs;
}

await runProbe<Expected>('shapes', 'shapes.py', {
  errorsOf,
  rowsOf: (m) => [`shape=${m.shape}`, `frame=${m.frame}`, `after=${m.after}`],
  byLanguage: true,
});
