/**
 * `depeche batch` benchmark: records/s with -j1 and -j2 against a plain
 * in-process loop of parseArticle + parseTicker over the same decoded texts,
 * for a WET and a WARC file, and the peak resident memory of a -j2 run on a
 * large WET file. Inputs are made up (test/helpers/crawl-writer.ts) and
 * written to a temporary folder at run time, then removed.
 *
 *   npm run bench:batch                      # 4000 records, a 1 GB WET file
 *   npm run bench:batch -- --records 1000 --big-mb 256
 *
 * Prints a Markdown report (docs/performance.md holds a copy).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
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
const RECORDS = arg('--records', 4000);
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

/** Records/s of a plain loop: parseArticle + parseTicker on each decoded text (best of 3 passes). */
function plainLoop(texts: Awaited<ReturnType<typeof decodedTexts>>): number {
  let best = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const { text, record, format } of texts) {
      parseArticle(text, {
        ...(record.source.url && { url: record.source.url }),
        ...(format && { format }),
      });
      parseTicker(text);
    }
    best = Math.min(best, performance.now() - t0);
  }
  return texts.length / (best / 1000);
}

/** Records/s of `depeche batch` (wall clock, process start included; best of 2 runs). */
function batchRate(path: string, jobs: number, n: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [cli, 'batch', `-j${jobs}`, '--only', 'article,ticker', '--quiet', path],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (r.status !== 0) throw new Error(`depeche batch exited ${r.status}`);
    best = Math.min(best, performance.now() - t0);
  }
  return n / (best / 1000);
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

/** Peak resident memory (VmHWM, all threads) and wall time of `depeche batch -j2` on `path`. */
async function peakMemory(path: string): Promise<{ peak: number; seconds: number; lines: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'batch', '-j2', '--quiet', path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const b of chunk) if (b === 0x0a) lines++;
  });
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm?.[1]) peak = Math.max(peak, Number(hwm[1]) * 1024);
    } catch {
      /* exited */
    }
  }, 200);
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  clearInterval(poll);
  if (code !== 0) throw new Error(`depeche batch exited ${code}`);
  return { peak, seconds: (performance.now() - t0) / 1000, lines };
}

const report: string[] = [];
const out = (s = ''): void => {
  report.push(s);
  console.log(s);
};

out('## Batch (`depeche batch`)');
out();
out(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 1024 ** 3)} GiB; Node ${process.version}. Command: \`npm run bench:batch -- --records ${RECORDS} --big-mb ${BIG_MB}\`. Inputs made up by test/helpers/crawl-writer.ts. Batch runs: \`--only article,ticker\`, wall clock including the process start, best of 2; plain loop: parseArticle + parseTicker over the same decoded texts in one thread, best of 3.`,
);
out();
out('| input | plain loop, 1 thread | batch -j1 | -j1 / loop | batch -j2 | -j2 / -j1 |');
out('|---|---|---|---|---|---|');
for (const [name, write] of [
  ['WET', writeWet],
  ['WARC', writeWarc],
] as const) {
  const path = join(tmp, `bench.${name.toLowerCase()}.gz`);
  write(path, RECORDS);
  const texts = await decodedTexts(path);
  const loop = plainLoop(texts);
  const j1 = batchRate(path, 1, texts.length);
  const j2 = batchRate(path, 2, texts.length);
  out(
    `| ${name}, ${texts.length} records, ${fmt(statSync(path).size / 1e6, 1)} MB gzipped | ${fmt(loop)} records/s | ${fmt(j1)} records/s | ${fmt((100 * j1) / loop)} % | ${fmt(j2)} records/s | ${fmt(j2 / j1, 2)}× |`,
  );
}
out();

const big = join(tmp, 'big.warc.wet.gz');
const made = await writeBigWet(big, BIG_MB);
const mem = await peakMemory(big);
out(
  `Peak memory: \`depeche batch -j2\` (all three parts) on a WET file of ${fmt(made.raw / 1e6)} MB uncompressed (${fmt(statSync(big).size / 1e6)} MB gzipped, ${made.records} records): peak resident set **${fmt(mem.peak / 1e6)} MB** (VmHWM of the process, all threads), ${mem.lines} lines in ${fmt(mem.seconds)} s (${fmt(mem.lines / mem.seconds)} records/s).`,
);
if (mem.lines !== made.records)
  out(`**Line count mismatch: ${mem.lines} lines for ${made.records} records.**`);
rmSync(tmp, { recursive: true, force: true });
