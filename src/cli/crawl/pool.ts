/**
 * A pool of `worker_threads` running batch jobs. Jobs go to workers in groups
 * (up to `groupSize` records or 1 MB, or whatever is waiting when the main
 * thread next yields), each worker holding a few groups at a time. A worker
 * is replaced after `recycleAfter` jobs (its successor starts at once, so no
 * time is lost). If one dies (out of memory, a crash), a new worker takes its
 * place and the jobs it held run again, each alone: the records that were
 * only in the same group as the one that killed it get their lines, and that
 * one comes back as an error outcome (no record is lost either way).
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
  /** Set once the job was running when its worker died: it runs again alone, and fails if that worker dies too. */
  retried?: boolean;
  /** The message it went in (a worker runs its messages in order). */
  message?: number;
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
  /** Jobs of a worker that died, to run again one per message. */
  private retry: Waiting[] = [];
  /** Messages posted so far, to number them. */
  private messages = 0;
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
      // The worker died on its oldest unanswered message; the later ones had not started.
      const running = slot.pending.values().next().value?.message;
      for (const entry of slot.pending.values()) {
        const { job, resolve } = entry;
        const ran = entry.message === running;
        if (this.closed || (ran && entry.retried)) {
          const error = `worker died (${why})`;
          resolve({
            seq: job.seq,
            kind: 'error',
            line: errorLine(job.record.source, error),
            error,
          });
        } else this.retry.push({ job, resolve, retried: ran || entry.retried === true });
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
    // Jobs to run again go first, one per message, so one that kills its worker takes no other with it.
    while (this.retry.length > 0) {
      const slot = this.roomiest();
      const entry = slot && this.retry.shift();
      if (!slot || !entry) return;
      entry.message = this.messages++;
      slot.pending.set(entry.job.seq, entry);
      slot.groups++;
      slot.worker.postMessage([entry.job]);
    }
    while (this.waiting.length > 0) {
      const full = this.waiting.length >= this.groupSize || this.waitingBytes >= GROUP_BYTES;
      if (!full && !partial) return;
      const best = this.roomiest();
      if (!best) return;
      const group = this.waiting.splice(0, this.groupSize);
      this.waitingBytes = 0;
      for (const w of this.waiting) this.waitingBytes += payloadBytes(w.job);
      // The records' bytes are copied, not handed over: a job whose worker dies must still hold them to run again.
      const message = this.messages++;
      for (const w of group) {
        w.message = message;
        best.pending.set(w.job.seq, w);
      }
      best.groups++;
      best.worker.postMessage(group.map((w) => w.job));
    }
  }

  /** The live worker holding the fewest groups, if one has room. */
  private roomiest(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) {
      if (s.retiring || s.groups >= this.depth) continue;
      if (!best || s.groups < best.groups) best = s;
    }
    return best;
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
