/**
 * A pool of `worker_threads` running batch jobs. Jobs go to workers in groups
 * (up to `groupSize` records or 1 MB, or whatever is waiting when the main
 * thread next yields), each worker holding a few groups at a time. A worker
 * is replaced after `recycleAfter` jobs (its successor starts at once, so no
 * time is lost), and if one dies its jobs come back as error outcomes (no
 * record is lost) and a new worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { errorLine, type Job, type JobSettings, type Outcome } from './job.js';

/** Runs jobs; resolves each with its outcome. */
export interface Executor {
  run(job: Job): Promise<Outcome>;
  close(): Promise<void>;
}

interface Waiting {
  job: Job;
  resolve: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs posted and not yet answered, by sequence number. */
  pending: Map<number, Waiting>;
  /** Groups posted and not yet answered. */
  groups: number;
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
  /** Most jobs in one message. Default 32. */
  groupSize?: number;
  /** Groups each worker holds at once. Default 2. */
  depth?: number;
}

const GROUP_BYTES = 1 << 20;

function payloadBytes(job: Job): number {
  const p = job.record.payload;
  return 'bytes' in p ? p.bytes.length : p.text.length * 2;
}

/** A fixed-size pool of worker threads. */
export class WorkerPool implements Executor {
  private readonly slots = new Set<Slot>();
  private waiting: Waiting[] = [];
  private waitingBytes = 0;
  private readonly groupSize: number;
  private readonly depth: number;
  private flushScheduled = false;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.groupSize = options.groupSize ?? 32;
    this.depth = options.depth ?? 2;
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  /** Jobs the pool can hold before the caller should wait (the in-flight bound). */
  get capacity(): number {
    return this.options.size * this.groupSize * (this.depth + 1);
  }

  private spawn(): void {
    const worker = new Worker(this.options.workerUrl, { workerData: this.options.settings });
    const slot: Slot = { worker, pending: new Map(), groups: 0, done: 0, retiring: false };
    this.slots.add(slot);
    worker.on('message', (outcomes: Outcome[]) => {
      slot.groups--;
      for (const outcome of outcomes) {
        const entry = slot.pending.get(outcome.seq);
        slot.pending.delete(outcome.seq);
        entry?.resolve(outcome);
      }
      slot.done += outcomes.length;
      if (!slot.retiring && slot.done >= this.options.recycleAfter) {
        // The successor starts now, so it is ready when this worker has drained.
        slot.retiring = true;
        if (!this.closed) this.spawn();
      }
      if (slot.retiring && slot.pending.size === 0) this.retire(slot);
      this.pump(true);
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
        this.pump(true);
      }
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
  }

  private retire(slot: Slot): void {
    this.slots.delete(slot);
    void slot.worker.terminate();
  }

  /** Posts groups to workers with room; partial groups only when `partial`. */
  private pump(partial: boolean): void {
    while (this.waiting.length > 0) {
      const full = this.waiting.length >= this.groupSize || this.waitingBytes >= GROUP_BYTES;
      if (!full && !partial) return;
      let best: Slot | undefined;
      for (const s of this.slots) {
        if (s.retiring || s.groups >= this.depth) continue;
        if (!best || s.groups < best.groups) best = s;
      }
      if (!best) return;
      const group = this.waiting.splice(0, this.groupSize);
      this.waitingBytes = 0;
      for (const w of this.waiting) this.waitingBytes += payloadBytes(w.job);
      const transfer: ArrayBuffer[] = [];
      for (const w of group) {
        best.pending.set(w.job.seq, w);
        // Hand the record's bytes over instead of copying them (the reader gives each record its own buffer).
        const p = w.job.record.payload;
        if (
          'bytes' in p &&
          p.bytes.byteOffset === 0 &&
          p.bytes.byteLength === p.bytes.buffer.byteLength
        )
          transfer.push(p.bytes.buffer as ArrayBuffer);
      }
      best.groups++;
      best.worker.postMessage(
        group.map((w) => w.job),
        transfer,
      );
    }
  }

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.waiting.push({ job, resolve });
      this.waitingBytes += payloadBytes(job);
      this.pump(false);
      // Whatever is still waiting when the caller yields goes out as a partial group.
      if (!this.flushScheduled && this.waiting.length > 0) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.pump(true);
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots];
    this.slots.clear();
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}
