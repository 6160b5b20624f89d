/**
 * The cluster recipes in examples/ give the same lines as one process:
 * Dask.distributed (a LocalCluster of 2 workers) and GNU parallel, each run on
 * the good crawl fixtures and compared, sorted, with `depeche batch -j1`.
 * Each skips, saying why, when its tool is not installed; .ci/run installs both.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const cli = 'dist/cli/index.js';
const depeche = `"${process.execPath}" ${cli}`;
const good = 'test/fixtures/crawl/good';
const tmp = mkdtempSync(join(tmpdir(), 'depeche-examples-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const works = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const hasDask = works('/usr/bin/python3', ['-c', 'import distributed']);
const hasParallel = works('parallel', ['--version']);
const built = existsSync(cli);
if (!hasDask)
  console.warn(
    'examples: Dask test skipped: python3-distributed is not installed (apt-get install -y --no-install-recommends python3-distributed)',
  );
if (!hasParallel)
  console.warn(
    'examples: GNU parallel test skipped: parallel is not installed (apt-get install -y parallel)',
  );
if (!built) console.warn('examples: skipped: dist/cli is not built (npm run build)');

const inputs = (): string[] =>
  readdirSync(good)
    .sort()
    .map((f) => join(good, f));

/** The lines of one single-process run, sorted. */
function singleRun(): string[] {
  const out = execFileSync(process.execPath, [cli, 'batch', '-j1', '--quiet', ...inputs()], {
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((l) => l !== '')
    .sort();
}

/** Every line of every .jsonl file in `dir`, sorted. */
function linesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l !== '')
    .sort();
}

describe.skipIf(!built || !hasDask)('examples/dask (LocalCluster of 2 workers)', () => {
  test('gives the same lines as one process', () => {
    const out = join(tmp, 'dask');
    const r = spawnSync(
      '/usr/bin/python3',
      [
        'examples/dask/depeche_dask.py',
        '--workers',
        '2',
        '--depeche',
        depeche,
        '--out-dir',
        out,
        ...inputs(),
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toContain(`depeche_dask: ${inputs().length}/${inputs().length} files done`);
    expect(r.status).toBe(0);
    const lines = linesIn(out);
    expect(lines).toHaveLength(18);
    expect(lines).toEqual(singleRun());
  }, 180_000);
});

describe.skipIf(!built || !hasParallel)('examples/parallel (GNU parallel)', () => {
  test('gives the same lines as one process, and a rerun resumes with nothing left to do', () => {
    const out = join(tmp, 'parallel');
    const joblog = join(tmp, 'joblog');
    const paths = join(tmp, 'paths');
    writeFileSync(paths, `${inputs().join('\n')}\n`);
    const run = () =>
      spawnSync(
        'sh',
        ['-c', `examples/parallel/depeche-parallel.sh "${out}" "${joblog}" < "${paths}"`],
        {
          encoding: 'utf8',
          env: { ...process.env, DEPECHE: depeche, JOBS: '2' },
        },
      );
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(linesIn(out)).toEqual(singleRun());
    const log = readFileSync(joblog, 'utf8');
    expect(log.trim().split('\n')).toHaveLength(1 + inputs().length);
    expect(run().status).toBe(0);
    expect(readFileSync(joblog, 'utf8')).toBe(log);
  }, 180_000);
});
