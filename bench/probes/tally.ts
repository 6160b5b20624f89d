/**
 * The probes' common tally: every page of a manifest checked as each renderer
 * printed it (and as HTML, for reference), counted per column, per language
 * and per layout value, with failures grouped by language and cause.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERERS, renderPages } from './render.js';

/** The renderers, then the page itself through the HTML path (shown, not counted). */
export const COLUMNS = [...RENDERERS, 'html'] as const;

/** What a probe's manifest says of every page at least. */
export interface ProbePage {
  lang: string;
}

/** How to tally one probe. */
export interface TallyOptions<M extends ProbePage> {
  /** The probe's folder: `manifest.json` and `pages/` (`<name>.html`, `<name>.<renderer>.txt`). */
  dir: string;
  /** The command's arguments: a filter on page names, `--verbose` (one line per failing render), `--matrix` (a pass count per matrix row). */
  args: readonly string[];
  /** What is wrong with one render or page, empty when it passes. */
  errorsOf: (file: string, m: M) => string[];
  /** The matrix rows a page counts in: its variant, or each of its layout values. */
  rowsOf: (m: M) => string[];
  /** Also print the text renders' passes per language. */
  byLanguage?: boolean;
}

/** Counts passes in `[passed, all]` cells under `key`. */
function count(cells: Map<string, [number, number]>, key: string, ok: boolean): void {
  const cell = cells.get(key) ?? [0, 0];
  cells.set(key, [cell[0] + (ok ? 1 : 0), cell[1] + 1]);
}

/** `key ok/all` for each cell, joined. */
function shown(cells: Iterable<[string, [number, number]]>, sep: string): string {
  return [...cells].map(([key, [ok, all]]) => `${key} ${ok}/${all}`).join(sep);
}

/** Checks every render of every page and prints the tally. */
export function tallyProbe<M extends ProbePage>(o: TallyOptions<M>): void {
  const pages = join(o.dir, 'pages');
  const manifest = JSON.parse(readFileSync(join(o.dir, 'manifest.json'), 'utf8')) as Record<
    string,
    M
  >;
  const filter = o.args.find((a) => !a.startsWith('--')) ?? '';
  const verbose = o.args.includes('--verbose');
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
      const errs = o.errorsOf(file, m);
      const ok = errs.length === 0;
      count(byColumn, r, ok);
      for (const key of o.rowsOf(m)) {
        const row = matrix.get(key) ?? new Map<string, [number, number]>();
        count(row, r, ok);
        matrix.set(key, row);
      }
      if (r !== 'html') {
        renders++;
        if (ok) passed++;
        count(byLang, m.lang, ok);
      }
      for (const e of errs) {
        const key = `${m.lang} ${e}`;
        groups.set(key, [...(groups.get(key) ?? []), `${name}.${r}`]);
      }
      if (verbose && !ok) console.log(`${name}.${r}: ${errs.join('; ')}`);
    }
  }
  console.log(
    `${passed} of ${renders} text renders pass (${shown(byColumn, ', ')}; html: the HTML path, reference)`,
  );
  if (o.byLanguage) console.log(`by language: ${shown(byLang, ', ')}`);
  for (const [g, files] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
    const per = COLUMNS.map((r) => `${r}:${files.filter((f) => f.endsWith(r)).length}`).join(' ');
    console.log(`${String(files.length).padStart(4)}  ${g}  [${per}]  e.g. ${files[0]}`);
  }
  if (o.args.includes('--matrix'))
    for (const [key, row] of [...matrix].sort((x, y) => x[0].localeCompare(y[0])))
      console.log(
        key.padEnd(22),
        COLUMNS.map((r) => `${r} ${row.get(r)?.[0] ?? 0}/${row.get(r)?.[1] ?? 0}`).join('  '),
      );
}

/** Spacing and typographic quotes aside, as renderers differ there. */
export const norm = (s: string): string =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** Writes the probe's pages with its generator (`bench/probes/<generator>`) into `dir`, then renders them. */
export async function preparePages(generator: string, dir: string, pages: string): Promise<void> {
  execFileSync('python3', [join(import.meta.dirname, generator)], {
    env: { ...process.env, PROBE_DIR: dir },
    stdio: 'inherit',
  });
  await renderPages(pages);
}

/** A short hash of the working folder: two checkouts probing at once write apart. */
function checkoutTag(): string {
  let h = 0x811c9dc5;
  for (const c of process.cwd()) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h.toString(16);
}

/**
 * Runs a probe from the command line: its pages in `$PROBE_DIR` (default
 * `/tmp/depeche-probe-<name>-<hash of the working folder>`, so that probes run
 * from two checkouts at once do not overwrite each other's pages), written by
 * `generator` and rendered unless `--check-only`, then checked and tallied.
 */
export async function runProbe<M extends ProbePage>(
  name: string,
  generator: string,
  check: Omit<TallyOptions<M>, 'dir' | 'args'>,
): Promise<void> {
  const dir = process.env.PROBE_DIR ?? `/tmp/depeche-probe-${name}-${checkoutTag()}`;
  const args = process.argv.slice(2);
  if (!args.includes('--check-only')) await preparePages(generator, dir, join(dir, 'pages'));
  tallyProbe({ ...check, dir, args });
}
