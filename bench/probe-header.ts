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
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/index.js';
import { RENDERERS, renderPages } from './probes/render.js';

const dir = process.env.PROBE_DIR ?? '/tmp/depeche-probe-header';
const pages = join(dir, 'pages');
const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--')) ?? '';

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

/** The page itself through the HTML path: shown, not counted. */
const COLUMNS = [...RENDERERS, 'html'] as const;

if (!args.includes('--check-only')) {
  execFileSync('python3', [join(import.meta.dirname, 'probes', 'header.py')], {
    env: { ...process.env, PROBE_DIR: dir },
    stdio: 'inherit',
  });
  await renderPages(pages);
}

/** Spacing and typographic quotes aside, as renderers differ there. */
const norm = (s: string): string =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

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

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
  string,
  Expected
>;
let renders = 0;
let passed = 0;
const byColumn = new Map<string, [number, number]>();
const byLang = new Map<string, [number, number]>();
const groups = new Map<string, string[]>();
const matrix = new Map<string, Map<string, [number, number]>>();
for (const [name, m] of Object.entries(manifest)) {
  if (!name.includes(filter)) continue;
  for (const r of COLUMNS) {
    const file = join(pages, `${name}.${r === 'html' ? 'html' : `${r}.txt`}`);
    if (!existsSync(file)) continue;
    const errs = errorsOf(file, m);
    const ok = errs.length === 0;
    const column = byColumn.get(r) ?? [0, 0];
    byColumn.set(r, [column[0] + (ok ? 1 : 0), column[1] + 1]);
    for (const [dimension, value] of Object.entries(m.layout)) {
      const key = `${m.lang} ${dimension}=${value}`;
      const row = matrix.get(key) ?? new Map<string, [number, number]>();
      const cell = row.get(r) ?? [0, 0];
      row.set(r, [cell[0] + (ok ? 1 : 0), cell[1] + 1]);
      matrix.set(key, row);
    }
    if (r !== 'html') {
      renders++;
      if (ok) passed++;
      const lang = byLang.get(m.lang) ?? [0, 0];
      byLang.set(m.lang, [lang[0] + (ok ? 1 : 0), lang[1] + 1]);
    }
    for (const e of errs) {
      const key = `${m.lang} ${e}`;
      groups.set(key, [...(groups.get(key) ?? []), `${name}.${r}`]);
    }
    if (args.includes('--verbose') && !ok) console.log(`${name}.${r}: ${errs.join('; ')}`);
  }
}
const columns = [...byColumn].map(([r, [ok, all]]) => `${r} ${ok}/${all}`).join(', ');
console.log(
  `${passed} of ${renders} text renders pass (${columns}; html: the HTML path, reference)`,
);
console.log(`by language: ${[...byLang].map(([l, [ok, all]]) => `${l} ${ok}/${all}`).join(', ')}`);
for (const [g, files] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
  const per = COLUMNS.map((r) => `${r}:${files.filter((f) => f.endsWith(r)).length}`).join(' ');
  console.log(`${String(files.length).padStart(4)}  ${g}  [${per}]  e.g. ${files[0]}`);
}
if (args.includes('--matrix'))
  for (const [key, row] of [...matrix].sort((x, y) => x[0].localeCompare(y[0])))
    console.log(
      key.padEnd(22),
      COLUMNS.map((r) => `${r} ${row.get(r)?.[0] ?? 0}/${row.get(r)?.[1] ?? 0}`).join('  '),
    );
