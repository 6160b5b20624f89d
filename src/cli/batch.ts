/**
 * `depeche batch`: crawl files (WARC, WET, JSONL, text, HTML, gzipped or
 * not) in, one JSONL line per record out, in input order, on every core.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractEntities, parseArticle, parseTicker } from '../index.js';
import {
  type AnalyseOptions,
  parseIsoDay,
  parseParts,
  parsePositiveInt,
  parseTypes,
  UsageError,
} from './analyse.js';
import { expandInputs } from './crawl/inputs.js';
import { errorLine, type Job, type JobSettings, type Outcome, runJob } from './crawl/job.js';
import { normaliseLangs } from './crawl/lang.js';
import { type ReadCounter, rawInput } from './crawl/open.js';
import { type Executor, WorkerPool } from './crawl/pool.js';
import { newCounts, Progress } from './crawl/progress.js';
import { type CrawlFormat, type CrawlRecord, readRecords } from './crawl/records.js';
import { FileSink, removeTemporaries, type Sink, StreamSink } from './crawl/sink.js';
import { parseCommandLine } from './options.js';

export const BATCH_HELP = `Usage: depeche batch [options] <input…>

Reads crawl files and prints one JSON line per record, in input order:
  {"source": {"file", "record", "id", "url", "date", "lang"}, "article": …, "ticker": …, "entities": …}
or, for a record that cannot be read, {"source": …, "error": "…"}.

Inputs: files, directories (recursive), glob patterns, "-" for stdin.
Formats, sniffed from the first bytes (gzip, multi-member too, is unpacked):
  WARC (response records), WET (conversion records), JSONL (objects with
  "url" and "html" or "text"), a plain text or HTML file (one record).

Options:
  -j, --jobs <n>           worker threads (default: the available cores;
                           0 runs everything in the main thread)
  --format <f>             warc, wet, jsonl, text or html instead of sniffing
  --only <parts>           compute and print only article, ticker, entities
  --out-dir <dir>          one <input name>.jsonl per input, written under a
                           temporary name and renamed when complete; inputs
                           whose output exists are skipped (resume)
  --inputs-from <file|->   read input paths, one per line, from a file or stdin
  --lang <tags>            keep pages in these languages (fr,ar); the crawl's
                           own language header when present, else the article's
  --domain <names>         keep pages whose host is one of these or under them
  --since <YYYY-MM-DD>     keep pages published on or after this day
  --until <YYYY-MM-DD>     … on or before (publication date, else record date)
  --dedupe <url|content>   drop exact repeats of an address or of a page text
  --reference-date <d>     relative dates resolve against this day (default: the
                           record's date; entities: the article's own date)
  --types <list>           entity types kept
  --max-input-length <n>   longest page read, in UTF-16 code units
  --url-field <name>       JSONL field names (default url, html, text)
  --html-field <name>
  --text-field <name>
  --max-record-bytes <n>   largest record read (default 67108864)
  --recycle-after <n>      replace a worker after this many records (default 100000)
  --skip-bad-inputs        exit 0 even when inputs or records were bad (they are
                           still reported, as error lines and on stderr)
  --quiet                  no progress and no summary on stderr
  -h, --help               show this help

Exit codes: 0 done; 1 a bad input or record (error lines say which); 2 usage.

Examples:
  depeche batch CC-MAIN-*.warc.wet.gz > pages.jsonl
  depeche batch --lang fr,ar --only article --out-dir out/ crawl/
  cat paths.txt | depeche batch --inputs-from - -j1 --out-dir out/
`;

const OPTIONS = {
  jobs: { type: 'string', short: 'j' },
  format: { type: 'string' },
  only: { type: 'string' },
  'out-dir': { type: 'string' },
  'inputs-from': { type: 'string' },
  lang: { type: 'string' },
  domain: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  dedupe: { type: 'string' },
  'reference-date': { type: 'string' },
  types: { type: 'string' },
  'max-input-length': { type: 'string' },
  'url-field': { type: 'string' },
  'html-field': { type: 'string' },
  'text-field': { type: 'string' },
  'max-record-bytes': { type: 'string' },
  'recycle-after': { type: 'string' },
  'skip-bad-inputs': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS: readonly CrawlFormat[] = ['warc', 'wet', 'jsonl', 'text', 'html'];

/** Everything a run needs, from the command line. */
export interface BatchConfig {
  inputs: string[];
  inputsFrom?: string;
  jobs: number;
  format?: CrawlFormat;
  outDir?: string;
  settings: JobSettings;
  domains?: string[];
  headerLangs?: string[];
  dedupe?: 'url' | 'content';
  fields: { url: string; html: string; text: string };
  maxRecordBytes: number;
  recycleAfter: number;
  skipBadInputs: boolean;
  quiet: boolean;
}

/** Parses the command line of `depeche batch`; throws {@link UsageError}. */
export function parseBatchArgs(argv: string[]): BatchConfig | 'help' {
  const { values, positionals } = parseCommandLine(parseArgs, argv, OPTIONS, 'depeche batch');
  if (values.help) return 'help';
  const format = values.format;
  if (format !== undefined && !FORMATS.some((f) => f === format))
    throw new UsageError(`--format takes ${FORMATS.join(', ')}; not "${format}"`);
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    if (!/^\d{1,4}$/.test(values.jobs))
      throw new UsageError(`--jobs takes a whole number, not "${values.jobs}"`);
    jobs = Number(values.jobs);
  }
  const dedupe = values.dedupe;
  if (dedupe !== undefined && dedupe !== 'url' && dedupe !== 'content')
    throw new UsageError(`--dedupe takes url or content, not "${dedupe}"`);
  if (positionals.length === 0 && values['inputs-from'] === undefined)
    throw new UsageError('expected inputs (files, directories, globs or -) or --inputs-from');
  const only = parseParts(values.only);
  const referenceDate = parseIsoDay('--reference-date', values['reference-date']);
  const types = parseTypes(values.types);
  const max = parsePositiveInt('--max-input-length', values['max-input-length']);
  const since = parseIsoDay('--since', values.since);
  const until = parseIsoDay('--until', values.until);
  const langs = values.lang !== undefined ? normaliseLangs(values.lang) : undefined;
  const analyse: AnalyseOptions = {
    ...(only && { only }),
    ...(referenceDate !== undefined && { referenceDate }),
    ...(types && { types }),
    ...(max !== undefined && { maxInputLength: max }),
  };
  const pageFormat = format === 'text' || format === 'html' ? format : undefined;
  const settings: JobSettings = {
    analyse,
    ...(langs && { langs }),
    ...(since !== undefined && { since }),
    ...(until !== undefined && { until }),
    ...(dedupe === 'content' && { hashContent: true }),
    ...(pageFormat && { pageFormat }),
  };
  const domains = values.domain
    ?.split(',')
    .map((d) => d.trim().toLowerCase().replace(/^\.+/, ''))
    .filter((d) => d !== '');
  return {
    inputs: positionals,
    ...(values['inputs-from'] !== undefined && { inputsFrom: values['inputs-from'] }),
    jobs,
    ...(format !== undefined && { format: format as CrawlFormat }),
    ...(values['out-dir'] !== undefined && { outDir: values['out-dir'] }),
    settings,
    ...(domains && { domains }),
    ...(langs && { headerLangs: langs }),
    ...(dedupe !== undefined && { dedupe }),
    fields: {
      url: values['url-field'] ?? 'url',
      html: values['html-field'] ?? 'html',
      text: values['text-field'] ?? 'text',
    },
    maxRecordBytes:
      parsePositiveInt('--max-record-bytes', values['max-record-bytes']) ?? 64 * 1024 * 1024,
    recycleAfter: parsePositiveInt('--recycle-after', values['recycle-after']) ?? 100_000,
    skipBadInputs: values['skip-bad-inputs'] === true,
    quiet: values.quiet === true,
  };
}

/** The host of `url`, lower-cased, or undefined. */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Runs jobs in the main thread (`-j 0`). */
class InlineExecutor implements Executor {
  private readonly api = { parseArticle, parseTicker, extractEntities };
  constructor(private readonly settings: JobSettings) {}
  async run(job: Job): Promise<Outcome> {
    return runJob(this.api, job, this.settings);
  }
  async close(): Promise<void> {}
}

/** Output file name for an input: its base name without `.gz`, plus `.jsonl`. */
export function outputName(input: string): string {
  if (input === '-') return 'stdin.jsonl';
  return `${basename(input).replace(/\.gz$/i, '')}.jsonl`;
}

/** Input paths listed in a file or on stdin, one per line. */
async function readInputList(from: string): Promise<string[]> {
  let text: string;
  if (from === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else text = readFileSync(from, 'utf8');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** What the main loop waits on, in input order. */
type Entry =
  | { kind: 'outcome'; outcome: Outcome; sink: Sink }
  | { kind: 'end'; file: string; sink: Sink; bad: boolean };

/** Runs `depeche batch`; resolves to the exit code. */
export async function runBatchCommand(argv: string[], _version: string): Promise<number> {
  let config: BatchConfig | 'help';
  try {
    config = parseBatchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`depeche batch: ${error.message}\n`);
    return 2;
  }
  if (config === 'help') {
    process.stdout.write(BATCH_HELP);
    return 0;
  }
  return runBatch(config);
}

/** Runs a batch with a parsed configuration. */
export async function runBatch(config: BatchConfig): Promise<number> {
  const stderr = (s: string): void => {
    process.stderr.write(s);
  };
  let args = config.inputs;
  if (config.inputsFrom !== undefined) {
    try {
      args = [...args, ...(await readInputList(config.inputsFrom))];
    } catch (error) {
      stderr(`depeche batch: cannot read ${config.inputsFrom}: ${(error as Error).message}\n`);
      return 2;
    }
    if (config.inputsFrom === '-' && args.includes('-')) {
      stderr('depeche batch: stdin cannot be both --inputs-from - and an input\n');
      return 2;
    }
  }
  const { files, unmatched } = expandInputs(args);
  for (const u of unmatched) stderr(`depeche batch: ${u}: matched no file\n`);
  if (config.outDir !== undefined) {
    const names = new Map<string, string>();
    for (const f of files) {
      const n = outputName(f);
      const other = names.get(n);
      if (other !== undefined) {
        stderr(`depeche batch: ${other} and ${f} would both write ${n} in --out-dir\n`);
        return 2;
      }
      names.set(n, f);
    }
    mkdirSync(config.outDir, { recursive: true });
  }

  const counts = newCounts(files.length);
  let total = 0;
  for (const f of files) {
    try {
      if (f !== '-') total += statSync(f).size;
      else total = Number.NaN;
    } catch {
      /* reported when read */
    }
  }
  if (Number.isFinite(total) && total > 0) counts.totalBytes = total;
  const progress = new Progress(counts, stderr, process.stderr.isTTY === true, config.quiet);

  const onSignal = (signal: NodeJS.Signals): void => {
    removeTemporaries();
    progress.log(`depeche batch: stopped by ${signal}; no partial output file left`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const executor: Executor =
    config.jobs === 0
      ? new InlineExecutor(config.settings)
      : new WorkerPool({
          size: config.jobs,
          workerUrl: new URL('./worker.js', import.meta.url),
          settings: config.settings,
          recycleAfter: config.recycleAfter,
        });
  // The in-flight bound: records read but not yet written. It bounds memory and the reorder buffer.
  const inFlight = executor instanceof WorkerPool ? executor.capacity : 1;
  const fifo: Promise<Entry>[] = [];
  const seenUrls = new Set<string>();
  const seenContent = new Set<string>();
  const stdoutSink = new StreamSink(process.stdout);
  let bad = false;

  const handle = async (entry: Entry): Promise<void> => {
    if (entry.kind === 'end') {
      await entry.sink.finish(!entry.bad || config.skipBadInputs);
      counts.filesDone++;
      return;
    }
    const o = entry.outcome;
    if (o.kind === 'filtered') counts.filtered++;
    else if (o.kind === 'skipped') counts.skipped++;
    else {
      if (o.kind === 'line' && o.hash !== undefined) {
        if (seenContent.has(o.hash)) {
          counts.duplicates++;
          return;
        }
        seenContent.add(o.hash);
      }
      if (o.kind === 'error') {
        counts.errors++;
        bad = true;
      }
      counts.lines++;
      await entry.sink.write(o.line);
    }
  };
  const push = async (p: Promise<Entry>): Promise<void> => {
    fifo.push(p);
    while (fifo.length >= inFlight) {
      const head = fifo.shift();
      if (head) await handle(await head);
    }
  };

  let seq = 0;
  const counter: ReadCounter = { bytes: 0 };
  const tracker = setInterval(() => {
    counts.bytes = counter.bytes;
  }, 100);
  tracker.unref();
  try {
    for (const file of files) {
      let sink: Sink = stdoutSink;
      if (config.outDir !== undefined) {
        const final = join(config.outDir, outputName(file));
        if (existsSync(final)) {
          counts.resumed++;
          counts.filesDone++;
          continue;
        }
        sink = new FileSink(final);
      }
      let fileBad = false;
      const records = readRecords(file, rawInput(file), {
        ...(config.format !== undefined && { format: config.format }),
        maxRecordBytes: config.maxRecordBytes,
        fields: config.fields,
        counter,
      });
      for await (const item of records) {
        counts.records++;
        if ('skipped' in item) {
          counts.skipped++;
          continue;
        }
        if ('error' in item) {
          if (item.fatal) {
            fileBad = true;
            counts.badFiles++;
            progress.log(`depeche batch: ${file}: ${item.error}`);
          }
          const error = item.error;
          const outcome: Outcome = {
            seq: seq++,
            kind: 'error',
            line: errorLine(item.source, error),
            error,
          };
          await push(Promise.resolve({ kind: 'outcome', outcome, sink }));
          continue;
        }
        const drop = mainThreadFilter(item, config, seenUrls);
        if (drop) {
          if (drop === 'duplicate') counts.duplicates++;
          else counts.filtered++;
          continue;
        }
        const job: Job = { seq: seq++, record: item };
        const s = sink;
        await push(executor.run(job).then((outcome) => ({ kind: 'outcome', outcome, sink: s })));
      }
      if (fileBad) bad = true;
      await push(Promise.resolve({ kind: 'end', file, sink, bad: fileBad }));
    }
    while (fifo.length > 0) {
      const head = fifo.shift();
      if (head) await handle(await head);
    }
    await stdoutSink.finish();
  } finally {
    clearInterval(tracker);
    counts.bytes = counter.bytes;
    await executor.close();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  progress.end();
  if (unmatched.length > 0) bad = true;
  return bad && !config.skipBadInputs ? 1 : 0;
}

/** Filters decided before parsing: domain, the crawl's language header, URL repeats. */
function mainThreadFilter(
  record: CrawlRecord,
  config: BatchConfig,
  seenUrls: Set<string>,
): 'domain' | 'language' | 'duplicate' | undefined {
  const { url, lang } = record.source;
  if (config.domains) {
    const host = hostOf(url);
    if (!host || !config.domains.some((d) => host === d || host.endsWith(`.${d}`))) return 'domain';
  }
  if (config.headerLangs && lang) {
    const tags = lang.split(',');
    if (!tags.some((t) => config.headerLangs?.includes(t))) return 'language';
  }
  if (config.dedupe === 'url' && url !== undefined) {
    if (seenUrls.has(url)) return 'duplicate';
    seenUrls.add(url);
  }
  return undefined;
}
