/**
 * depeche's benchmarks: throughput on text dumps, HTML and entities; growth
 * from 1 kB to 64 MB (time ratio per doubling); peak memory; and, on the same
 * HTML in the same run, bare `parse5.parse` and Readability on linkedom.
 * Prints a Markdown report (docs/performance.md holds a copy).
 *
 *   npm run bench                 # everything (a few minutes)
 *   npm run bench -- --quick      # smaller sizes, fewer repeats
 *   DEPECHE_CORPUS=/data/corpus npm run bench
 */
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { dumpCorpus, dumpFixtures, entityCorpus, htmlPages, lib } from './bench-inputs.js';
import { HOSTILE_SHAPES } from './hostile-shapes.js';
import { RENDERERS, TEXT_SETS, textifiedRoot, textPages } from './textified-corpus.js';

const { extractEntities, parseArticle, parseTicker } = lib;

const quick = process.argv.includes('--quick');
const here = import.meta.dirname;
const MB = 1024 * 1024;

/** Runs `fn` repeatedly for at least `minMs` and returns milliseconds per call (median of batches). */
function timeIt(fn: () => void, minMs = quick ? 300 : 1000, minSamples = 3): number {
  fn(); // warm up
  const samples: number[] = [];
  const started = performance.now();
  while (performance.now() - started < minMs || samples.length < minSamples) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    if (samples.length > 2000) break;
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const fmt = (x: number, d = 1): string => x.toFixed(d);

// ---------------------------------------------------------------- inputs
const dumps = dumpFixtures();
const dumpText = dumpCorpus(dumps);
const entityText = entityCorpus(dumps);
const pages = htmlPages();
const htmlBytes = pages.reduce((n, p) => n + bytes(p), 0);

const lines: string[] = [];
const out = (s = ''): void => {
  lines.push(s);
  console.log(s);
};

out('# depeche benchmarks');
out();
out(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 1024 ** 3, 0)} GiB; Node ${process.version}. Command: \`npm run bench${quick ? ' -- --quick' : ''}\`. Single-threaded. Throughput: median of repeated runs; HTML side by side: fastest of six rounds in turn; growth: see below.`,
);
out();

// ---------------------------------------------------------------- throughput
out('## Throughput');
out();
out('| workload | input | time per run | throughput |');
out('|---|---|---|---|');
const tDump = timeIt(() => parseArticle(dumpText, { format: 'text' }));
out(
  `| parseArticle, text dumps (${dumps.length} fixtures joined) | ${fmt(bytes(dumpText) / 1024)} kB | ${fmt(tDump, 2)} ms | **${fmt(bytes(dumpText) / MB / (tDump / 1000))} MB/s** |`,
);
const tTicker = timeIt(() => parseTicker(dumpText));
out(
  `| parseTicker, same input | ${fmt(bytes(dumpText) / 1024)} kB | ${fmt(tTicker, 2)} ms | ${fmt(bytes(dumpText) / MB / (tTicker / 1000))} MB/s |`,
);
const tEnt = timeIt(() => extractEntities(entityText));
out(
  `| extractEntities, article texts | ${fmt(bytes(entityText) / 1024)} kB | ${fmt(tEnt, 2)} ms | **${fmt(bytes(entityText) / MB / (tEnt / 1000), 2)} MB/s** |`,
);
out();

// ---------------------------------------------------------------- crawler text of real pages
const textified = RENDERERS.map((renderer) => ({
  renderer,
  pages: TEXT_SETS.flatMap((set) => textPages(renderer, set)),
}));
if (textified.some((t) => t.pages.length > 0)) {
  out(`## Crawler text of real pages (the benchmark pages rendered to text, \`${textifiedRoot}\`)`);
  out();
  out('| renderer | pages | characters | time per pass | throughput |');
  out('|---|---|---|---|---|');
  for (const { renderer, pages: texts } of textified) {
    if (texts.length === 0) continue;
    const chars = texts.reduce((n, p) => n + p.text.length, 0);
    const t = timeIt(() => {
      for (const p of texts) parseArticle(p.text, p.url ? { url: p.url } : {});
    });
    out(
      `| ${renderer} | ${texts.length} | ${fmt(chars / 1e6, 2)} M | ${fmt(t, 0)} ms | **${fmt(chars / 1e6 / (t / 1000), 2)} M characters/s** |`,
    );
  }
  out();
} else out(`(No textified corpus at ${textifiedRoot}: crawler-text throughput skipped.)\n`);

// ---------------------------------------------------------------- HTML side by side
out(
  `## HTML, same ${pages.length} pages (${fmt(htmlBytes / MB, 2)} MB), one fresh process, the three in turn`,
);
out();
// In a fresh process (bench/html-side.ts): the heap the text sections leave here slows parse5 more than depeche.
const side = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(here, 'html-side.ts'), ...(quick ? ['--quick'] : [])],
  { encoding: 'utf8', maxBuffer: MB },
);
const sideTimes = new Map(
  side.stdout
    .trim()
    .split(' ')
    .map((kv) => [kv.slice(0, kv.indexOf('=')), Number(kv.slice(kv.indexOf('=') + 1))] as const),
);
const sideTime = (name: string): number => sideTimes.get(name) ?? Number.NaN;
const fastest = ['parse5', 'depeche', 'readability'].map(sideTime);
const [tParse5 = 0, tDepeche = 0, tReadability = 0] = fastest;
out('| tool | pages/s | MB/s | relative to parse5.parse |');
out('|---|---|---|---|');
for (const [name, t] of [
  ['bare `parse5.parse` (tree only)', tParse5],
  ['depeche `parseArticle`', tDepeche],
  ['Readability + linkedom', tReadability],
] as const) {
  out(
    `| ${name} | ${fmt(pages.length / (t / 1000))} | ${fmt(htmlBytes / MB / (t / 1000), 2)} | ${fmt(tParse5 / t, 2)}× |`,
  );
}
out();
out(
  `depeche runs at ${fmt(tParse5 / tDepeche, 2)}× the speed of a bare parse5 parse and ${fmt(tReadability / tDepeche, 1)}× the speed of Readability on linkedom.`,
);
out();

// ---------------------------------------------------------------- growth
/** Fresh processes per size: a size's time moves by up to ±10% from one process to the next on a shared machine. */
const FRESH_RUNS = quick ? 1 : 2;

/** Steady-state time per call of one workload at one size, the fastest of FRESH_RUNS fresh processes (bench/growth-one.ts). */
function timeInFreshProcess(kind: string, size: number): number | undefined {
  let best: number | undefined;
  for (let run = 0; run < FRESH_RUNS; run++) {
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=12288',
        '--import',
        'tsx',
        join(here, 'growth-one.ts'),
        kind,
        String(size),
      ],
      { encoding: 'utf8', maxBuffer: MB },
    );
    const m = /ms=([0-9.]+)/.exec(r.stdout);
    if (m) best = Math.min(best ?? Number.POSITIVE_INFINITY, Number(m[1]));
  }
  return best;
}

function growth(label: string, kind: string, maxSize: number): void {
  out(`### ${label}`);
  out();
  out('| size | time | ratio to the size before |');
  out('|---|---|---|');
  let prev = 0;
  let worst = 0;
  let from64k = 0;
  let last = 0;
  let doublings = 0;
  for (let size = 1024; size <= maxSize; size *= 2) {
    const t = timeInFreshProcess(kind, size);
    const name = size >= MB ? `${size / MB} MB` : `${size / 1024} kB`;
    if (t === undefined) {
      out(`| ${name} | failed | |`);
      break;
    }
    const ratio = prev > 0 ? t / prev : 0;
    if (prev > 0 && size > 64 * 1024) worst = Math.max(worst, ratio);
    if (size === 64 * 1024) from64k = t;
    if (size > 64 * 1024) doublings++;
    last = t;
    out(`| ${name} | ${fmt(t, 3)} ms | ${prev > 0 ? fmt(ratio, 2) : '–'} |`);
    prev = t;
  }
  out();
  const mean = doublings > 0 ? (last / from64k) ** (1 / doublings) : 0;
  out(
    `From 64 kB up: mean ratio per doubling **${fmt(mean, 2)}** (time ×${fmt(last / from64k, 0)} for input ×${2 ** doublings}); largest single ratio **${fmt(worst, 2)}**.`,
  );
  out();
}

out('## Growth (time per doubling of the input)');
out();
out(
  'Each size in two fresh processes (bench/growth-one.ts): a warm-up second, then five batches of calls of at least half a second each (at least one call); the table gives the mean time per call of the fastest batch of either process. Sizes are UTF-16 code units of the fixtures repeated to that length (text: the 63 dump fixtures joined; HTML: the 5 kB hand-written article page, so that no size is a prefix of one big page; entities: the article texts).',
);
out();
const maxSize = quick ? 8 * MB : 64 * MB;
growth('parseArticle on a text dump', 'text', maxSize);
growth('parseArticle on HTML', 'html', quick ? 4 * MB : 64 * MB);
growth(
  'bare `parse5.parse` of the same HTML (the reference: what the machine does with any HTML parse)',
  'parse5',
  quick ? 4 * MB : 64 * MB,
);
growth('extractEntities', 'entities', quick ? 4 * MB : 64 * MB);

// ---------------------------------------------------------------- hostile shapes
out('## Hostile shapes (time for 1 MB, and ratio to 256 kB: linear is about 4)');
out();
out(
  'Each shape of bench/hostile-shapes.ts, built at 256 kB and 1 MB and run once each through the four entry points, after a warm-up on the small one. A quadratic path would show a ratio near 16.',
);
out();
out('| shape | parseArticle (HTML) | parseArticle (text) | parseTicker | extractEntities |');
out('|---|---|---|---|---|');
const entryPoints: ReadonlyArray<(s: string) => unknown> = [
  (s) => parseArticle(s, { format: 'html' }),
  (s) => parseArticle(s, { format: 'text' }),
  (s) => parseTicker(s),
  (s) => extractEntities(s),
];
let worstHostile = 0;
for (const [name, make] of HOSTILE_SHAPES) {
  const small = make(256 * 1024);
  const large = make(MB);
  const cells = entryPoints.map((fn) => {
    fn(small);
    const t0 = performance.now();
    fn(small);
    const t1 = performance.now();
    fn(large);
    const t2 = performance.now();
    // Below a millisecond the ratio is timer noise.
    const ratio = (t2 - t1) / Math.max(t1 - t0, 1);
    worstHostile = Math.max(worstHostile, ratio);
    return `${fmt(t2 - t1, 0)} ms (×${fmt(ratio, 1)})`;
  });
  out(`| ${name} | ${cells.join(' | ')} |`);
}
out();
out(`Largest ratio for 4× the input: **${fmt(worstHostile, 1)}**.`);
out();

// ---------------------------------------------------------------- memory
out('## Peak memory on text dumps');
out();
out(
  "Each size in a fresh process, after a warm-up parse. Peak heap: the largest heap V8 reports (under `--trace-gc`) while parsing, less the heap in use before (the input string included); peak RSS growth is an upper bound that also holds V8's young-generation space.",
);
out();
out('| input (UTF-8) | peak heap growth | ratio | peak RSS growth | ratio |');
out('|---|---|---|---|---|');
for (const size of quick ? [4 * MB] : [4 * MB, 16 * MB, 64 * MB]) {
  const r = spawnSync(
    process.execPath,
    ['--trace-gc', '--import', 'tsx', join(here, 'peak-memory.ts'), String(size)],
    {
      encoding: 'utf8',
      maxBuffer: 64 * MB,
    },
  );
  const m = /peak=(\d+) input=(\d+)/.exec(r.stdout);
  const marker = r.stdout.indexOf('start heapBefore=');
  const heapBefore = Number(/start heapBefore=(\d+)/.exec(r.stdout)?.[1] ?? 0);
  let heapPeak = 0;
  for (const g of r.stdout.slice(Math.max(0, marker)).matchAll(/ ([0-9.]+) \([0-9.]+\) -> /g)) {
    heapPeak = Math.max(heapPeak, Number(g[1]) * MB);
  }
  if (!m) {
    out(`| ${size / MB} MB | failed: ${r.stderr.slice(0, 80)} | | | |`);
    continue;
  }
  const rss = Number(m[1]);
  const input = Number(m[2]);
  const heap = Math.max(0, heapPeak - heapBefore);
  out(
    `| ${fmt(input / MB, 0)} MB | ${fmt(heap / MB)} MB | ${fmt(heap / input, 2)}× | ${fmt(rss / MB)} MB | ${fmt(rss / input, 2)}× |`,
  );
}
out();
