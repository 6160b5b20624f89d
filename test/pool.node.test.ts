/**
 * The batch command's worker pool when a worker dies: every record still
 * gets its outcome, the records that only shared a group with the one that
 * killed the worker get their lines, and the pool goes on with a new worker.
 * The worker here is a stand-in (test/helpers/crash-worker.mjs) that exits
 * on a chosen record, as one running out of memory would.
 */
import { describe, expect, test } from 'vitest';
import type { Job, Outcome } from '../src/cli/crawl/job.js';
import { WorkerPool } from '../src/cli/crawl/pool.js';

function job(seq: number, id: string): Job {
  return {
    seq,
    record: {
      source: { file: 'test.jsonl', record: seq + 1, id },
      payload: { kind: 'string', text: id },
    },
  };
}

/** Runs one job per id through a pool of the stand-in worker, and closes the pool. */
async function runAll(ids: string[], size: number, groupSize: number): Promise<Outcome[]> {
  const pool = new WorkerPool({
    size,
    workerUrl: new URL('./helpers/crash-worker.mjs', import.meta.url),
    settings: { analyse: {} },
    recycleAfter: 1000,
    groupSize,
  });
  try {
    return await Promise.all(ids.map((id, seq) => pool.run(job(seq, id))));
  } finally {
    await pool.close();
  }
}

function text(o: Outcome): string {
  return 'line' in o ? new TextDecoder().decode(o.line) : '';
}

describe('a worker that dies', () => {
  test('costs only the record that killed it; the others of its group and those after it get their lines', async () => {
    const ids = ['a', 'b', 'poison', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const outcomes = await runAll(ids, 1, 4);
    expect(outcomes.map((o) => o.seq)).toEqual(ids.map((_, seq) => seq));
    expect(outcomes.map((o) => o.kind)).toEqual(
      ids.map((id) => (id === 'poison' ? 'error' : 'line')),
    );
    const poison = outcomes[2];
    expect(poison && 'error' in poison ? poison.error : '').toBe('worker died (exit code 7)');
    expect(text(poison as Outcome)).toContain('"id":"poison"');
    expect(outcomes.filter((o) => o.kind === 'line').map(text)).toEqual(
      ids.filter((id) => id !== 'poison').map((id) => `${id}\n`),
    );
  }, 30_000);
  test('two poisoned records in one group each come back as an error, and nothing hangs', async () => {
    const outcomes = await runAll(['a', 'poison', 'b', 'poison', 'c'], 2, 8);
    expect(outcomes.map((o) => o.kind)).toEqual(['line', 'error', 'line', 'error', 'line']);
  }, 30_000);
});
