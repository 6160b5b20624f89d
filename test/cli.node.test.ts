import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
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
  test('bytes that are not UTF-8 are refused', async () => {
    const io = fakeIo(['bad.bin'], { 'bad.bin': new Uint8Array([0xff, 0xfe, 0x00, 0xc3]) });
    expect(await runCli(io)).toBe(1);
    expect(io.err).toMatch(/not valid UTF-8/);
  });
  test('no file argument is a usage error', async () => {
    const io = fakeIo([]);
    expect(await runCli(io)).toBe(2);
    expect(io.err).toMatch(/expected one file name/);
  });
  test('an unknown option is a usage error', async () => {
    const io = fakeIo(['--frobnicate', 'x']);
    expect(await runCli(io)).toBe(2);
    expect(io.err).toMatch(/frobnicate/);
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
  test('exits non-zero with a message on a missing file', () => {
    const r = spawnSync(process.execPath, ['dist/cli/index.js', 'missing.txt'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read missing.txt');
  });
});
