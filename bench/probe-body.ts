/**
 * The body probe: synthetic news pages whose article is known word for word
 * (bench/probes/body.py writes them: French, English and Arabic, three page
 * templates, fifty variants of what stands after or inside the body: bios,
 * tags, share rows, related lists, comment threads, newsletter boxes, credits,
 * pull quotes, captions…), rendered to crawler text the way the textified
 * corpus was (w3m, lynx, Chromium `innerText`), then read by `parseArticle`.
 * Each render passes when the kind, title and authors are right, every body
 * paragraph is in `article.text`, no furniture's marker phrase is, and no
 * warning is given. The HTML page itself through the HTML path is shown
 * beside, for reference only. Failures are grouped by language and cause.
 * Needs python3, w3m, lynx and Chromium (`$CHROMIUM`, default /usr/bin/chromium).
 *
 *   npx tsx bench/probe-body.ts                 # generate, render, check
 *   npx tsx bench/probe-body.ts --check-only    # check the renders already made
 *   npx tsx bench/probe-body.ts --matrix        # also a pass count per variant
 *   npx tsx bench/probe-body.ts --verbose en_wp # one line per failing render whose name holds `en_wp`
 *   PROBE_DIR=/data/probe npx tsx bench/probe-body.ts
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/index.js';
import { norm, runProbe } from './probes/tally.js';

/** What the generator says of one page. */
interface Expected {
  lang: string;
  variant: string;
  url: string;
  title: string;
  authors: string[];
  P: string[];
  forbidden: Record<string, string[]>;
  kept: Record<string, string[]>;
  once?: string[];
}

/** What is wrong with one render, empty when it passes. */
function errorsOf(file: string, m: Expected): string[] {
  const a = parseArticle(readFileSync(file, 'utf8'), { url: m.url });
  const t = norm(a.text);
  const errs: string[] = [];
  if (a.kind !== 'article') errs.push(`kind=${a.kind}`);
  if (norm(a.title ?? '') !== norm(m.title)) errs.push('title');
  if (JSON.stringify(a.authors) !== JSON.stringify(m.authors)) errs.push('authors');
  const missing = m.P.flatMap((p, i) => (t.includes(norm(p)) ? [] : [`P${i + 1}`]));
  if (missing.length > 0) errs.push(`missing ${missing.join(',')}`);
  for (const [piece, marks] of Object.entries(m.forbidden))
    if (marks.some((x) => t.includes(norm(x)))) errs.push(`leak:${piece}`);
  for (const x of m.once ?? []) if (t.split(norm(x)).length > 2) errs.push('twice:pull quote');
  for (const [piece, marks] of Object.entries(m.kept))
    if (marks.some((x) => !t.includes(norm(x)))) errs.push(`lost:${piece}`);
  for (const w of a.warnings) errs.push(`warning:${w.slice(0, 40)}`);
  return errs;
}

await runProbe<Expected>('body', 'body.py', {
  errorsOf,
  rowsOf: (m) => [m.variant],
});
