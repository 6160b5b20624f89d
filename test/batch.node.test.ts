/**
 * `depeche batch` as a user runs it (the built dist/cli): exact line counts
 * on every fixture, order, filters, bad inputs, --out-dir with resume,
 * stdin, EPIPE and Ctrl-C. Fixtures: test/helpers/make-crawl-fixtures.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { frenchText, gzipMembers, wetConversion } from './helpers/crawl-writer.js';

const cli = 'dist/cli/index.js';
const fx = 'test/fixtures/crawl';
const WET = `${fx}/good/news.warc.wet.gz`;
const tmp = mkdtempSync(join(tmpdir(), 'depeche-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Line {
  source: { file: string; record: number; id?: string; url?: string; date?: string; lang?: string };
  article?: { title?: string; publishedAt?: string; lang?: string };
  ticker?: unknown[];
  entities?: unknown[];
  error?: string;
}

function batch(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, 'batch', ...args], {
    encoding: 'utf8',
    ...(input !== undefined && { input }),
    maxBuffer: 1 << 28,
  });
  const lines: Line[] = r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

/** A WET file of `n` made-up French pages, written once per name. */
function bigWet(name: string, n: number): string {
  const path = join(tmp, name);
  if (!existsSync(path)) {
    const records = [];
    for (let i = 0; i < n; i++)
      records.push(wetConversion(`https://www.example.ma/fr/${i}`, frenchText(i)));
    writeFileSync(path, gzipMembers(records));
  }
  return path;
}

describe.skipIf(!existsSync(cli))('depeche batch (built)', () => {
  test('a WET file: one line per conversion record, in order, with its source', () => {
    const r = batch(['-j2', '--quiet', WET]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.lines.map((l) => l.source.record)).toEqual([2, 3, 4, 5, 6, 7]);
    const first = r.lines[0] as Line;
    expect(Object.keys(first)).toEqual(['source', 'article', 'ticker', 'entities']);
    expect(first.source).toMatchObject({
      file: WET,
      url: 'https://www.example.ma/fr/marche-0',
      date: '2025-02-03T10:00:00Z',
      lang: 'fr',
    });
    expect(first.article?.title).toBe('Rabat : un nouveau marché couvert ouvre ses portes (0)');
    expect(first.article?.publishedAt).toBe('2025-02-01');
  }, 30_000);

  test('every good fixture: 18 lines, files in sorted order, records ascending, exit 0', () => {
    const r = batch(['-j2', `${fx}/good`]);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(18);
    expect(r.lines.filter((l) => l.error)).toEqual([]);
    const files = r.lines.map((l) => l.source.file.slice(fx.length + 6));
    expect([...new Set(files)]).toEqual([
      'more.jsonl.gz',
      'news.warc.gz',
      'news.warc.wet.gz',
      'page-win.html',
      'page.txt',
      'page2.txt.gz',
      'pages.jsonl',
    ]);
    // WARC: five pages (the 301 and the image are skipped), each body decoded.
    const warc = r.lines.filter((l) => l.source.file.endsWith('news.warc.gz'));
    expect(warc.map((l) => l.article?.title)).toEqual([
      'Un marché couvert ouvre à Rabat (0)',
      'Un marché couvert ouvre à Casablanca (1)',
      'Un marché couvert ouvre à Fès (2)',
      'Un marché couvert ouvre à Agadir (3)',
      'Un marché couvert ouvre à Oujda (5)',
    ]);
    expect(r.lines.find((l) => l.source.file.endsWith('page-win.html'))?.article?.title).toBe(
      'Un marché couvert ouvre à Oujda (11)',
    );
    // Not a terminal: one summary line, whose counts add up (30 = 18 lines + 12 skipped:
    // a warcinfo, 7 requests, a metadata record, a 301 and an image).
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^depeche batch: 7\/7 files, 30 records, 18 lines, 12 skipped, /);
  }, 60_000);

  test('the output is the same with -j0 (no threads), -j1, -j2 and workers recycled after each record', () => {
    const j0 = batch(['-j0', '--quiet', `${fx}/good`]).stdout;
    expect(batch(['-j1', '--quiet', `${fx}/good`]).stdout).toBe(j0);
    expect(batch(['-j2', '--quiet', `${fx}/good`]).stdout).toBe(j0);
    expect(batch(['-j2', '--recycle-after', '1', '--quiet', `${fx}/good`]).stdout).toBe(j0);
  }, 120_000);

  test('order holds on 300 records through 2 workers', () => {
    const path = bigWet('order.wet.gz', 300);
    const r = batch(['-j2', '--only', 'article', '--quiet', path]);
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => l.source.record)).toEqual(
      Array.from({ length: 300 }, (_, i) => i + 1),
    );
    expect(r.lines.map((l) => l.source.url)).toEqual(
      Array.from({ length: 300 }, (_, i) => `https://www.example.ma/fr/${i}`),
    );
  }, 120_000);

  test('--only ticker prints the source and the ticker alone', () => {
    const r = batch(['-j1', '--only', 'ticker', '--quiet', WET]);
    expect(r.lines).toHaveLength(6);
    for (const l of r.lines) expect(Object.keys(l)).toEqual(['source', 'ticker']);
  }, 30_000);

  test('filters: language, domain, dates, and exact repeats', () => {
    const urls = (args: string[], inputs = [WET]) =>
      batch(['-j1', '--only', 'article', '--quiet', ...args, ...inputs]).lines.map(
        (l) => l.source.url,
      );
    expect(urls(['--lang', 'fr'])).toEqual([
      'https://www.example.ma/fr/marche-0',
      'https://www.example.ma/fr/marche-3',
      'https://blog.example.org/marche-4',
      'https://mirror.example.net/marche-0',
    ]);
    expect(urls(['--lang', 'ar,en'])).toEqual([
      'https://www.example.ma/ar/souq-1',
      'https://news.example.com/market-2',
      'https://blog.example.org/marche-4',
    ]);
    expect(urls(['--domain', 'example.ma'])).toEqual([
      'https://www.example.ma/fr/marche-0',
      'https://www.example.ma/ar/souq-1',
      'https://www.example.ma/fr/marche-3',
    ]);
    // Publication dates: 02-01, 02-02, 02-04, 02-04, 02-05, 02-01.
    expect(urls(['--since', '2025-02-04'])).toHaveLength(3);
    expect(urls(['--until', '2025-02-01'])).toEqual([
      'https://www.example.ma/fr/marche-0',
      'https://mirror.example.net/marche-0',
    ]);
    expect(urls(['--dedupe', 'content'])).not.toContain('https://mirror.example.net/marche-0');
    expect(urls(['--dedupe', 'content'])).toHaveLength(5);
    // The same file twice: every address repeats.
    expect(urls(['--dedupe', 'url'], [WET, WET])).toHaveLength(6);
    // JSONL has no language header: the article's language decides.
    expect(urls(['--lang', 'ar'], [`${fx}/good/pages.jsonl`])).toEqual([
      'https://www.example.ma/ar/j-2',
    ]);
  }, 120_000);

  test('the summary line counts what the filters took', () => {
    const r = batch(['-j1', '--only', 'article', '--lang', 'fr', '--dedupe', 'content', WET]);
    expect(r.lines).toHaveLength(3);
    expect(r.stderr).toMatch(/7 records, 3 lines, 2 filtered, 1 duplicates, 1 skipped/);
  }, 30_000);

  test.each([
    ['bad/truncated.warc.wet.gz', 3, [3], /truncated gzip data/],
    ['bad/short-length.warc', 2, [2], /a WARC block longer than its Content-Length/],
    ['bad/garbage-after.warc', 2, [2], /expected a WARC version line/],
    ['bad/corrupt.txt.gz', 1, [0], /corrupt gzip data/],
    ['bad/bad-http.warc.gz', 3, [4, 6], /an HTTP response without the blank line/],
    ['bad/bad.jsonl', 4, [2, 3, 4], /not a JSON line/],
  ])(
    'bad input %s: %i lines, error lines at records %j, exit 1 (0 with --skip-bad-inputs)',
    (file, n, at, why) => {
      const r = batch(['-j1', '--only', 'article', '--quiet', `${fx}/${file}`]);
      expect(r.status).toBe(1);
      expect(r.lines).toHaveLength(n);
      const errs = r.lines.filter((l) => l.error !== undefined);
      expect(errs.map((l) => l.source.record)).toEqual(at);
      expect(errs[0]?.error).toMatch(why);
      for (const l of errs) expect(Object.keys(l)).toEqual(['source', 'error']);
      const skip = batch([
        '-j1',
        '--only',
        'article',
        '--quiet',
        '--skip-bad-inputs',
        `${fx}/${file}`,
      ]);
      expect(skip.status).toBe(0);
      expect(skip.stdout).toBe(r.stdout);
    },
    60_000,
  );

  test('a missing input is an error line and exit 1; the others are still read', () => {
    const r = batch([
      '-j1',
      '--only',
      'article',
      '--quiet',
      `${fx}/nope.warc.gz`,
      `${fx}/good/page.txt`,
    ]);
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => l.error ?? 'ok')).toEqual(['no such file', 'ok']);
    expect(r.stderr).toBe(`depeche batch: ${fx}/nope.warc.gz: no such file\n`);
  }, 30_000);

  test('--out-dir: one file per input, no temporary left, rerun skips finished inputs', () => {
    const out = join(tmp, 'out');
    const r = batch(['-j2', '--only', 'article', '--out-dir', out, `${fx}/good`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const names = readdirSync(out).sort();
    expect(names).toEqual([
      'more.jsonl.jsonl',
      'news.warc.jsonl',
      'news.warc.wet.jsonl',
      'page-win.html.jsonl',
      'page.txt.jsonl',
      'page2.txt.jsonl',
      'pages.jsonl.jsonl',
    ]);
    const wet = readFileSync(join(out, 'news.warc.wet.jsonl'), 'utf8');
    expect(wet.trim().split('\n')).toHaveLength(6);
    // Resume: remove one output; the rerun writes that one and leaves the others alone.
    const kept = statSync(join(out, 'news.warc.jsonl')).mtimeMs;
    rmSync(join(out, 'news.warc.wet.jsonl'));
    const again = batch(['-j2', '--only', 'article', '--out-dir', out, `${fx}/good`]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/7\/7 files, 7 records, 6 lines, 1 skipped, 6 already done/);
    expect(readFileSync(join(out, 'news.warc.wet.jsonl'), 'utf8')).toBe(wet);
    expect(statSync(join(out, 'news.warc.jsonl')).mtimeMs).toBe(kept);
  }, 90_000);

  test('--out-dir with a bad input: no output file for it (a rerun retries it) unless --skip-bad-inputs', () => {
    const out = join(tmp, 'out-bad');
    const args = ['-j1', '--only', 'article', '--quiet', '--out-dir', out];
    const r = batch([...args, `${fx}/bad/truncated.warc.wet.gz`, `${fx}/good/page.txt`]);
    expect(r.status).toBe(1);
    expect(readdirSync(out)).toEqual(['page.txt.jsonl']);
    const skip = batch([...args, '--skip-bad-inputs', `${fx}/bad/truncated.warc.wet.gz`]);
    expect(skip.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['page.txt.jsonl', 'truncated.warc.wet.jsonl']);
    expect(
      readFileSync(join(out, 'truncated.warc.wet.jsonl'), 'utf8').trim().split('\n'),
    ).toHaveLength(3);
  }, 60_000);

  test('stdin as input, and --inputs-from - (the mode a cluster feeds)', () => {
    const fromStdin = batch(['-j1', '--only', 'article', '--quiet', '-'], readFileSync(WET));
    expect(fromStdin.lines.map((l) => l.source.file)).toEqual(Array(6).fill('-'));
    const list = `${WET}\n\n${fx}/good/page.txt\n`;
    const fromList = batch(['-j1', '--only', 'article', '--quiet', '--inputs-from', '-'], list);
    expect(fromList.lines).toHaveLength(7);
    expect(fromList.lines[6]?.source.file).toBe(`${fx}/good/page.txt`);
  }, 60_000);

  test('--format overrides sniffing', () => {
    const r = batch([
      '-j1',
      '--only',
      'article',
      '--quiet',
      '--format',
      'text',
      `${fx}/good/pages.jsonl`,
    ]);
    expect(r.lines).toHaveLength(1);
    const wrong = batch(['-j1', '--quiet', '--format', 'warc', `${fx}/good/page.txt`]);
    expect(wrong.status).toBe(1);
    expect(wrong.lines[0]?.error).toMatch(/expected a WARC version line/);
  }, 30_000);

  test('usage errors are short and exit 2', () => {
    const r = batch(['--job', '2', WET]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'depeche batch: unknown option --job; did you mean --jobs? (depeche batch --help lists the options)\n',
    );
    expect(batch(['--dedupe', 'title', WET]).stderr).toMatch(/--dedupe takes url or content/);
    expect(batch([]).status).toBe(2);
  });

  test.skipIf(spawnSync('script', ['--version']).status !== 0)(
    'on a terminal, progress is redrawn with an ETA and ends with the summary',
    () => {
      const path = bigWet('tty.wet.gz', 5000);
      // util-linux `script` gives the command a terminal; its output is what the terminal got.
      const r = spawnSync(
        'script',
        [
          '-qec',
          `"${process.execPath}" ${cli} batch -j1 --only article "${path}" > /dev/null`,
          '/dev/null',
        ],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      const draws = r.stdout.split('\r\x1b[K').filter((s) => s !== '');
      expect(draws.length).toBeGreaterThan(1);
      expect(draws[0]).toMatch(/^depeche batch: 0\/1 files, \d+ records, .* of [\d.]+ MB, .*ETA/);
      expect(draws.at(-1)).toMatch(
        /^depeche batch: 1\/1 files, 5000 records, 5000 lines, .* in \d+ s\r?\n$/,
      );
    },
    60_000,
  );

  test('piped into head, it ends quietly (EPIPE)', () => {
    const path = bigWet('epipe.wet.gz', 400);
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" ${cli} batch -j2 "${path}" | head -c 100 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
  }, 60_000);

  test('Ctrl-C leaves no half-written output file', async () => {
    const path = bigWet('sigint.wet.gz', 3000);
    const out = join(tmp, 'out-int');
    const child = spawn(
      process.execPath,
      [cli, 'batch', '-j2', '--quiet', '--out-dir', out, path],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    // Wait until the temporary output exists, then interrupt.
    for (let i = 0; i < 400 && !(existsSync(out) && readdirSync(out).length > 0); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(out)[0]).toMatch(/^\.sigint\.wet\.jsonl\.\d+\.tmp$/);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
