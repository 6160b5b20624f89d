/**
 * `depeche batch` benchmark: records/s with -j1 and -j2 against a plain
 * in-process loop of parseArticle + parseTicker over the same decoded texts,
 * for a WET and a WARC file, and the peak resident memory of a -j2 run on a
 * large WET file. Inputs are made up (test/helpers/crawl-writer.ts) and
 * written to a temporary folder at run time, then removed.
 *
 *   npm run bench:batch                      # 20000 records, a 1 GB WET file
 *   npm run bench:batch -- --records 1000 --big-mb 256
 *
 * Prints a Markdown report (docs/performance.md holds a copy).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageText } from '../src/cli/crawl/job.js';
import { type CrawlRecord, readRecords } from '../src/cli/crawl/records.js';
import { extractEntities, parseArticle, parseTicker } from '../src/index.js';
import {
  arabicText,
  englishText,
  frenchHtml,
  frenchText,
  gzipMembers,
  httpResponse,
  warcExchange,
  wetConversion,
} from '../test/helpers/crawl-writer.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('--records', 20000);
const BIG_MB = arg('--big-mb', 1024);
const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const tmp = mkdtempSync(join(tmpdir(), 'depeche-bench-batch-'));
const fmt = (x: number, d = 0): string => x.toFixed(d);
void extractEntities;

/** A made-up page of about 2–3 kB of text, varied by `i`. */
function wetText(i: number): string {
  const base = i % 10 === 7 ? arabicText(i) : i % 10 === 8 ? englishText(i) : frenchText(i);
  return `${base}\n${frenchText(i + 1)
    .split('\n')
    .slice(3, 6)
    .join('\n')}\n${frenchText(i + 2)
    .split('\n')
    .slice(3, 5)
    .join('\n')}`;
}

function writeWet(path: string, n: number): void {
  const records = [];
  for (let i = 0; i < n; i++)
    records.push(wetConversion(`https://www.example.ma/fr/${i}`, wetText(i)));
  writeFileSync(path, gzipMembers(records));
}

function writeWarc(path: string, n: number): void {
  const records = [];
  for (let i = 0; i < n; i++) {
    const shape = i % 3 === 0 ? { encoding: 'gzip' as const, chunked: true } : {};
    records.push(
      ...warcExchange(`https://www.example.ma/fr/${i}`, httpResponse(frenchHtml(i), shape)),
    );
  }
  writeFileSync(path, gzipMembers(records));
}

/** Decoded texts of a file, as a worker sees them. */
async function decodedTexts(
  path: string,
): Promise<{ text: string; record: CrawlRecord; format?: 'text' | 'html' }[]> {
  const out: { text: string; record: CrawlRecord; format?: 'text' | 'html' }[] = [];
  const source = [readFileSync(path)];
  for await (const item of readRecords(
    path,
    (async function* () {
      yield* source;
    })(),
    {
      maxRecordBytes: 1 << 26,
      fields: { url: 'url', html: 'html', text: 'text' },
    },
  )) {
    if (!('payload' in item)) continue;
    const page = pageText(item);
    if ('text' in page)
      out.push({ text: page.text, record: item, ...(page.format && { format: page.format }) });
  }
  return out;
}

/**
 * Records per CPU second of a plain loop: parseArticle + parseTicker on each
 * decoded text. `first`: the first pass (JIT cold, as in a fresh worker);
 * `best`: the best of three passes (JIT warm).
 */
function plainLoop(texts: Awaited<ReturnType<typeof decodedTexts>>): {
  first: number;
  best: number;
} {
  let best = Number.POSITIVE_INFINITY;
  let first = 0;
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage();
    for (const { text, record, format } of texts) {
      parseArticle(text, {
        ...(record.source.url && { url: record.source.url }),
        ...(format && { format }),
      });
      parseTicker(text);
    }
    const c = process.cpuUsage(c0);
    if (pass === 0) first = (c.user + c.system) / 1e6;
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  return { first: texts.length / first, best: texts.length / best };
}

/**
 * Records per CPU second of the whole job in one thread, as a user's own loop
 * over the file would do it: read and gunzip, decode, parseArticle +
 * parseTicker, serialise each result as a JSON line. Run first, JIT cold.
 */
async function fullLoop(path: string): Promise<number> {
  const c0 = process.cpuUsage();
  const encoder = new TextEncoder();
  let n = 0;
  let bytes = 0;
  for await (const item of readRecords(path, createReadStream(path), {
    maxRecordBytes: 1 << 26,
    fields: { url: 'url', html: 'html', text: 'text' },
  })) {
    if (!('payload' in item)) continue;
    const page = pageText(item);
    if (!('text' in page)) continue;
    const url = item.source.url;
    const article = parseArticle(page.text, {
      ...(url && { url }),
      ...(page.format && { format: page.format }),
    });
    const ticker = parseTicker(page.text);
    bytes += encoder.encode(`${JSON.stringify({ source: item.source, article, ticker })}\n`).length;
    n++;
  }
  const c = process.cpuUsage(c0);
  if (bytes === 0) throw new Error('nothing read');
  return n / ((c.user + c.system) / 1e6);
}

/** Wall seconds, CPU seconds (all threads) and peak resident set of a child, through GNU time. */
function timed(args: string[]): { wall: number; cpu: number; maxRss: number } {
  const stats = join(tmp, 'time.txt');
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', stats, process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  const fields = readFileSync(stats, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  const [user = 0, sys = 0, rssKb = 0] = fields;
  return { wall, cpu: user + sys, maxRss: rssKb * 1024 };
}

/** Records per wall second and per CPU second of `depeche batch` (process start included; best of 3 runs each). */
function batchRate(path: string, jobs: number, n: number): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const t = timed([cli, 'batch', `-j${jobs}`, '--only', 'article,ticker', '--quiet', path]);
    wall = Math.min(wall, t.wall);
    cpu = Math.min(cpu, t.cpu);
  }
  return { wall: n / wall, cpu: n / cpu };
}

/**
 * The machine's own ceiling for two threads: records per wall second of two
 * independent single-threaded (`-j0`) batch processes run at once, over one
 * alone (best of 3 each). Nothing is shared between them, so no design of the
 * pool can scale further than this on this machine.
 */
async function pairCeiling(path: string): Promise<number> {
  const args = [cli, 'batch', '-j0', '--only', 'article,ticker', '--quiet', path];
  const once = async (copies: number): Promise<number> => {
    const t0 = performance.now();
    await Promise.all(
      Array.from(
        { length: copies },
        () =>
          new Promise<void>((done, fail) => {
            const c = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
            c.on('exit', (code) => (code === 0 ? done() : fail(new Error(`exit ${code}`))));
          }),
      ),
    );
    return (performance.now() - t0) / 1000;
  };
  let one = Number.POSITIVE_INFINITY;
  let two = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    one = Math.min(one, await once(1));
    two = Math.min(two, await once(2));
  }
  return (2 * one) / two;
}

/** Writes a WET file of about `mb` MB of uncompressed text, by repeating made-up records. */
async function writeBigWet(path: string, mb: number): Promise<{ records: number; raw: number }> {
  const stream = createWriteStream(path);
  let raw = 0;
  let records = 0;
  const group: Buffer[] = [];
  const block: Buffer[] = [];
  for (let i = 0; i < 200; i++)
    block.push(wetConversion(`https://www.example.ma/fr/${i}`, wetText(i)));
  const member = gzipSync(Buffer.concat(block), { level: 1 });
  const memberRaw = Buffer.concat(block).length;
  while (raw < mb * 1e6) {
    group.push(member);
    raw += memberRaw;
    records += block.length;
    if (group.length >= 16) {
      if (!stream.write(Buffer.concat(group.splice(0))))
        await new Promise<void>((r) => stream.once('drain', () => r()));
    }
  }
  stream.end(Buffer.concat(group));
  await new Promise<void>((r) => stream.on('finish', () => r()));
  return { records, raw };
}

/** Peak resident memory (all threads), wall time and lines of `depeche batch -j2` on `path`. */
function peakMemory(path: string): { peak: number; seconds: number; lines: number } {
  const lines = join(tmp, 'lines.txt');
  const t = timed([
    '-e',
    `
    const { spawn } = require('node:child_process');
    const c = spawn(process.execPath, [${JSON.stringify(cli)}, 'batch', '-j2', '--quiet', ${JSON.stringify(path)}], { stdio: ['ignore', 'pipe', 'inherit'] });
    let n = 0;
    c.stdout.on('data', (b) => { for (const x of b) if (x === 10) n++; });
    c.on('exit', (code) => { require('node:fs').writeFileSync(${JSON.stringify(lines)}, String(n)); process.exitCode = code; });
  `,
  ]);
  return { peak: t.maxRss, seconds: t.wall, lines: Number(readFileSync(lines, 'utf8')) };
}

const report: string[] = [];
const out = (s = ''): void => {
  report.push(s);
  console.log(s);
};

out('## Batch (`depeche batch`)');
out();
out(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 1024 ** 3)} GiB; Node ${process.version}. Command: \`npm run bench:batch -- --records ${RECORDS} --big-mb ${BIG_MB}\`. Inputs made up by test/helpers/crawl-writer.ts. Batch runs: \`--only article,ticker\`, best of 3, process start included; CPU seconds are user + system time of the whole process (main thread, workers, gunzip) from GNU time. Plain loop: parseArticle + parseTicker over the same decoded texts in one thread, CPU time, best of 3. Wall-clock figures depend on what else the machine runs.`,
);
out();
out(
  '| input | parse loop, cold / warm | whole-job loop | batch -j1 | -j1 / parse loop, cold / warm | -j1 / whole-job loop | batch -j1, wall | batch -j2, wall | -j2 / -j1 | machine ceiling: two -j0 processes / one |',
);
out('|---|---|---|---|---|---|---|---|---|---|');
for (const [name, write] of [
  ['WET', writeWet],
  ['WARC', writeWarc],
] as const) {
  const path = join(tmp, `bench.${name.toLowerCase()}.gz`);
  write(path, RECORDS);
  const full = await fullLoop(path);
  const texts = await decodedTexts(path);
  const loop = plainLoop(texts);
  const j1 = batchRate(path, 1, texts.length);
  const j2 = batchRate(path, 2, texts.length);
  const ceiling = await pairCeiling(path);
  const pct = (x: number): string => `${fmt((100 * j1.cpu) / x)} %`;
  out(
    `| ${name}, ${texts.length} records, ${fmt(statSync(path).size / 1e6, 1)} MB gzipped | ${fmt(loop.first)} / ${fmt(loop.best)} | ${fmt(full)} | ${fmt(j1.cpu)} | **${pct(loop.first)}** / ${pct(loop.best)} | **${pct(full)}** | ${fmt(j1.wall)} | ${fmt(j2.wall)} | **${fmt(j2.wall / j1.wall, 2)}×** | ${fmt(ceiling, 2)}× |`,
  );
}
out();

out(
  'Records per CPU second (user + system, all threads) except the two wall-clock columns (records per second of elapsed time). Parse loop: parseArticle + parseTicker over texts decoded beforehand. Whole-job loop: the same file read, gunzipped, decoded, parsed and each result serialised as a JSON line, in one thread, as a hand-written loop would; `depeche batch` does that work plus the threads, messages and ordering. Machine ceiling: two independent single-threaded batch processes on the same file at once, their combined records per wall second over one alone; where it is far below 2×, the two cores share execution units (or a CPU quota) and no thread pool can reach 2× either.',
);
out();

if (BIG_MB <= 0) {
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}
const big = join(tmp, 'big.warc.wet.gz');
const made = await writeBigWet(big, BIG_MB);
const mem = peakMemory(big);
out(
  `Peak memory: \`depeche batch -j2\` (all three parts) on a WET file of ${fmt(made.raw / 1e6)} MB uncompressed (${fmt(statSync(big).size / 1e6)} MB gzipped, ${made.records} records): peak resident set **${fmt(mem.peak / 1e6)} MB** (GNU time's maximum RSS of the batch process, all its threads), ${mem.lines} lines in ${fmt(mem.seconds)} s (${fmt(mem.lines / mem.seconds)} records/s).`,
);
if (mem.lines !== made.records)
  out(`**Line count mismatch: ${mem.lines} lines for ${made.records} records.**`);
rmSync(tmp, { recursive: true, force: true });
