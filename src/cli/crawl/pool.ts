/**
 * A pool of `worker_threads` running batch jobs: each worker holds a few jobs
 * at a time, is replaced after `recycleAfter` jobs (memory a long run may
 * have gathered goes with it) and, if it dies, its jobs come back as errors
 * (no record is lost) and a new worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { errorLine, type Job, type JobSettings, type Outcome } from './job.js';

/** Runs jobs; resolves each with its outcome. */
export interface Executor {
  run(job: Job): Promise<Outcome>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { job: Job; resolve: (o: Outcome) => void }>;
  done: number;
  retiring: boolean;
}

/** Options of {@link WorkerPool}. */
export interface PoolOptions {
  size: number;
  workerUrl: URL;
  settings: JobSettings;
  /** Jobs a worker runs before it is replaced. */
  recycleAfter: number;
  /** Jobs each worker holds at once (one running, the rest waiting in its port). */
  depth?: number;
}

/** A fixed-size pool of worker threads. */
export class WorkerPool implements Executor {
  private readonly slots = new Set<Slot>();
  private readonly waiting: { job: Job; resolve: (o: Outcome) => void }[] = [];
  private readonly depth: number;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.depth = options.depth ?? 3;
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.options.workerUrl, { workerData: this.options.settings });
    const slot: Slot = { worker, pending: new Map(), done: 0, retiring: false };
    this.slots.add(slot);
    worker.on('message', (outcome: Outcome) => {
      const entry = slot.pending.get(outcome.seq);
      slot.pending.delete(outcome.seq);
      slot.done++;
      if (slot.done >= this.options.recycleAfter) slot.retiring = true;
      entry?.resolve(outcome);
      if (slot.retiring && slot.pending.size === 0) this.retire(slot);
      this.pump();
    });
    const fail = (why: string): void => {
      if (!this.slots.has(slot)) return;
      this.slots.delete(slot);
      for (const { job, resolve } of slot.pending.values()) {
        const error = `worker died (${why})`;
        resolve({ seq: job.seq, kind: 'error', line: errorLine(job.record.source, error), error });
      }
      slot.pending.clear();
      if (!this.closed) {
        this.spawn();
        this.pump();
      }
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
  }

  private retire(slot: Slot): void {
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (!this.closed) this.spawn();
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) {
        if (s.retiring || s.pending.size >= this.depth) continue;
        if (!best || s.pending.size < best.pending.size) best = s;
      }
      if (!best) return;
      const entry = this.waiting.shift();
      if (!entry) return;
      best.pending.set(entry.job.seq, entry);
      // Hand the record's bytes over instead of copying them.
      const p = entry.job.record.payload;
      const transfer =
        'bytes' in p && p.bytes.byteOffset === 0 && p.bytes.byteLength === p.bytes.buffer.byteLength
          ? [p.bytes.buffer as ArrayBuffer]
          : [];
      best.worker.postMessage(entry.job, transfer);
    }
  }

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.waiting.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots];
    this.slots.clear();
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}
