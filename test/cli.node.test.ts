import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { type CliIo, runCli } from '../src/cli/run.js';
import { extractEntities, parseArticle, parseTicker } from '../src/index.js';

function fakeIo(
  argv: string[],
  files: Record<string, Uint8Array | string> = {},
  stdin = '',
): CliIo & { out: string; err: string } {
  const io = {
    argv,
    out: '',
    err: '',
    readFile: async (path: string) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
    parseArgs,
    api: { parseArticle, parseTicker, extractEntities },
  };
  return io;
}

describe('depeche CLI (in process)', () => {
  test('--help prints usage and exits 0', async () => {
    const io = fakeIo(['--help']);
    expect(await runCli(io)).toBe(0);
    expect(io.out).toMatch(/^Usage: depeche/);
  });
  test('a missing file is a clear error and exit 1', async () => {
    const io = fakeIo(['nope.txt']);
    expect(await runCli(io)).toBe(1);
    expect(io.err).toBe('depeche: cannot read nope.txt: no such file\n');
  });
  test('no file argument is a usage error', async () => {
    const io = fakeIo([]);
    expect(await runCli(io)).toBe(2);
    expect(io.err).toMatch(/expected a file name/);
  });
  test('an unknown option is a one-line usage error naming the nearest option', async () => {
    const io = fakeIo(['--referense-date', '2025-01-01', 'x']);
    expect(await runCli(io)).toBe(2);
    expect(io.err).toBe(
      'depeche: unknown option --referense-date; did you mean --reference-date? (depeche --help lists the options)\n',
    );
  });
  test('a bad --only part or --types type is named', async () => {
    const a = fakeIo(['--only', 'articles', 'x']);
    expect(await runCli(a)).toBe(2);
    expect(a.err).toMatch(/not "articles"/);
    const b = fakeIo(['--types', 'people', 'x']);
    expect(await runCli(b)).toBe(2);
    expect(b.err).toMatch(/not "people"/);
  });
  test('--version prints the version given', async () => {
    const io = fakeIo(['--version']);
    io.version = '1.2.3';
    expect(await runCli(io)).toBe(0);
    expect(io.out).toBe('1.2.3\n');
  });
  test('stdin with --only article prints the article', async () => {
    const io = fakeIo(
      ['--only', 'article', '--compact', '-'],
      {},
      'Titre\nPublié dans Le Matin le 01 - 02 - 2025\n\nUn paragraphe de corps suffisamment long pour compter comme tel.',
    );
    expect(await runCli(io)).toBe(0);
    const article = JSON.parse(io.out);
    expect(article.source).toEqual({ name: 'Le Matin' });
    expect(io.out.trim().includes('\n')).toBe(false);
  });
});

const PAGE =
  'Titre du jour\nPublié dans Le Matin le 01 - 02 - 2025\n\nLe ministre Ahmed Benali a visité Rabat hier avec une délégation venue de Paris.';

function counting() {
  const calls = { article: 0, ticker: 0, entities: 0 };
  const api = {
    parseArticle: (...a: Parameters<typeof parseArticle>) => {
      calls.article++;
      return parseArticle(...a);
    },
    parseTicker: (...a: Parameters<typeof parseTicker>) => {
      calls.ticker++;
      return parseTicker(...a);
    },
    extractEntities: (...a: Parameters<typeof extractEntities>) => {
      calls.entities++;
      return extractEntities(...a);
    },
  };
  return { calls, api };
}

describe('depeche CLI: the care a user expects', () => {
  test('--only ticker computes the ticker alone', async () => {
    const io = fakeIo(['--only', 'ticker', 'p.txt'], { 'p.txt': PAGE });
    const { calls, api } = counting();
    io.api = api;
    expect(await runCli(io)).toBe(0);
    expect(calls).toEqual({ article: 0, ticker: 1, entities: 0 });
    expect(Array.isArray(JSON.parse(io.out))).toBe(true);
  });
  test('--only article,entities prints both and skips the ticker', async () => {
    const io = fakeIo(['--only', 'article,entities', 'p.txt'], { 'p.txt': PAGE });
    const { calls, api } = counting();
    io.api = api;
    expect(await runCli(io)).toBe(0);
    expect(calls).toEqual({ article: 1, ticker: 0, entities: 1 });
    expect(Object.keys(JSON.parse(io.out))).toEqual(['article', 'entities']);
  });
  test('several files give one JSON line each, a missing one an error and exit 1', async () => {
    const io = fakeIo(['a.txt', 'missing.txt', 'b.txt'], { 'a.txt': PAGE, 'b.txt': PAGE });
    expect(await runCli(io)).toBe(1);
    const lines = io.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['a.txt', 'b.txt']);
    expect(lines[0].article.title).toBe('Titre du jour');
    expect(io.err).toBe('depeche: cannot read missing.txt: no such file\n');
  });
  test('a gzip file is unpacked', async () => {
    const io = fakeIo(['--only', 'article', 'p.txt.gz'], { 'p.txt.gz': gzipSync(PAGE) });
    expect(await runCli(io)).toBe(0);
    expect(JSON.parse(io.out).title).toBe('Titre du jour');
  });
  test('a truncated gzip file is a clear error', async () => {
    const gz = gzipSync(PAGE);
    const io = fakeIo(['p.gz'], { 'p.gz': gz.subarray(0, gz.length - 6) });
    expect(await runCli(io)).toBe(1);
    expect(io.err).toBe('depeche: cannot unpack p.gz: truncated gzip data\n');
  });
  test('windows-1252 HTML is decoded through its meta charset', async () => {
    const html =
      '<html><head><meta charset="windows-1252"><title>x</title></head><body><article><h1>Été à Fès</h1><p>Un paragraphe assez long pour être le corps de cet article, écrit en français.</p></article></body></html>';
    const bytes = Uint8Array.from(html, (c) =>
      c === 'É' ? 0xc9 : c === 'é' ? 0xe9 : c === 'è' ? 0xe8 : c === 'ç' ? 0xe7 : c.charCodeAt(0),
    );
    const io = fakeIo(['--only', 'article', 'p.html'], { 'p.html': bytes });
    expect(await runCli(io)).toBe(0);
    expect(JSON.parse(io.out).title).toBe('Été à Fès');
  });
  test("entities resolve relative dates against the article's own date, or --reference-date", async () => {
    const own = fakeIo(['--only', 'entities', 'p.txt'], { 'p.txt': PAGE });
    expect(await runCli(own)).toBe(0);
    const hier = (out: string) =>
      (JSON.parse(out) as { text: string; value?: { iso?: string } }[]).find(
        (e) => e.text === 'hier',
      );
    expect(hier(own.out)?.value?.iso).toBe('2025-01-31');
    const given = fakeIo(['--only', 'entities', '--reference-date', '2024-03-10', 'p.txt'], {
      'p.txt': PAGE,
    });
    expect(await runCli(given)).toBe(0);
    expect(hier(given.out)?.value?.iso).toBe('2024-03-09');
  });
  test('--types keeps only the types asked for', async () => {
    const io = fakeIo(['--only', 'entities', '--types', 'location', 'p.txt'], { 'p.txt': PAGE });
    expect(await runCli(io)).toBe(0);
    const types = new Set((JSON.parse(io.out) as { type: string }[]).map((e) => e.type));
    expect([...types]).toEqual(['location']);
  });
  test('--max-input-length cuts the input and says so', async () => {
    const io = fakeIo(['--only', 'article', '--max-input-length', '20', 'p.txt'], {
      'p.txt': PAGE,
    });
    expect(await runCli(io)).toBe(0);
    expect(JSON.parse(io.out).warnings.join(' ')).toMatch(/20/);
  });
});

describe.skipIf(!existsSync('dist/cli/index.js'))('depeche CLI (built, as a user runs it)', () => {
  test('prints the three results for the bundled sample', () => {
    const out = execFileSync(process.execPath, ['dist/cli/index.js', 'samples/maghress-fr.txt'], {
      encoding: 'utf8',
    });
    const result = JSON.parse(out);
    const expected = JSON.parse(readFileSync('samples/maghress-fr.expected.json', 'utf8'));
    expect(result.article.title).toBe(expected.title);
    expect(result.ticker).toHaveLength(expected.ticker.length);
    expect(result.entities.length).toBeGreaterThan(5);
  });
  test('piped into a reader that stops early, it ends quietly (EPIPE)', () => {
    // Megabytes of output, far more than a pipe buffer, so the reader's exit is felt.
    const dir = mkdtempSync(join(tmpdir(), 'depeche-epipe-'));
    const page = join(dir, 'big.txt');
    let text = 'Titre\nPublié dans Le Matin le 01 - 02 - 2025\n\n';
    for (let i = 0; i < 3000; i++)
      text += `Le ministre Ahmed Benali numéro ${i} a visité Rabat avec ${i} personnes.\n\n`;
    writeFileSync(page, text);
    const r = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" dist/cli/index.js "${page}" | head -c 10 >/dev/null; echo "$?"`,
      ],
      { encoding: 'utf8' },
    );
    rmSync(dir, { recursive: true });
    expect(r.stderr).toBe('');
  }, 30_000);
  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const out = execFileSync(process.execPath, ['dist/cli/index.js', '--version'], {
      encoding: 'utf8',
    });
    expect(out).toBe(`${pkg.version}\n`);
  });
  test('exits non-zero with a message on a missing file', () => {
    const r = spawnSync(process.execPath, ['dist/cli/index.js', 'missing.txt'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read missing.txt');
  });
});
