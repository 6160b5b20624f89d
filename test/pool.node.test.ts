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

function text(o: Outcome): string {
  return 'line' in o ? new TextDecoder().decode(o.line) : '';
}

describe('a worker that dies', () => {
  test('costs only the record that killed it; the others of its group and those after it get their lines', async () => {
    const pool = new WorkerPool({
      size: 1,
      workerUrl: new URL('./helpers/crash-worker.mjs', import.meta.url),
      settings: { analyse: {} },
      recycleAfter: 1000,
      groupSize: 4,
    });
    const ids = ['a', 'b', 'poison', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    try {
      const outcomes = await Promise.all(ids.map((id, seq) => pool.run(job(seq, id))));
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
    } finally {
      await pool.close();
    }
  }, 30_000);
  test('two poisoned records in one group each come back as an error, and nothing hangs', async () => {
    const pool = new WorkerPool({
      size: 2,
      workerUrl: new URL('./helpers/crash-worker.mjs', import.meta.url),
      settings: { analyse: {} },
      recycleAfter: 1000,
      groupSize: 8,
    });
    const ids = ['a', 'poison', 'b', 'poison', 'c'];
    try {
      const outcomes = await Promise.all(ids.map((id, seq) => pool.run(job(seq, id))));
      expect(outcomes.map((o) => o.kind)).toEqual(['line', 'error', 'line', 'error', 'line']);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
