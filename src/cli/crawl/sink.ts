/**
 * Where output lines go: standard output (with back-pressure), or one file
 * per input written under a temporary name and renamed when complete, so an
 * interrupted run leaves no half-written output and a rerun can skip
 * finished inputs.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

const FLUSH_AT = 256 * 1024;

/** A destination for JSONL lines. */
export interface Sink {
  write(line: Uint8Array): Promise<void> | undefined;
  /** Flushes; for a file, `keep` renames it into place, otherwise it is removed. */
  finish(keep: boolean): Promise<void>;
}

/** Lines to a stream (stdout), gathered into large writes. */
export class StreamSink implements Sink {
  private buffer: Uint8Array[] = [];
  private size = 0;
  constructor(private readonly stream: Writable) {}

  write(line: Uint8Array): Promise<void> | undefined {
    this.buffer.push(line);
    this.size += line.length;
    return this.size >= FLUSH_AT ? this.flush() : undefined;
  }

  private flush(): Promise<void> | undefined {
    if (this.buffer.length === 0) return undefined;
    const text = Buffer.concat(this.buffer, this.size);
    this.buffer = [];
    this.size = 0;
    if (this.stream.write(text)) return undefined;
    return new Promise((resolve) => this.stream.once('drain', () => resolve()));
  }

  async finish(): Promise<void> {
    await this.flush();
  }
}

/** Temporary files still open, removed if the process is interrupted. */
export const openTemporaries = new Set<string>();

/** Lines to `<final>` through a temporary file beside it. */
export class FileSink implements Sink {
  private readonly temp: string;
  private readonly fd: number;
  private buffer: Uint8Array[] = [];
  private size = 0;

  constructor(private readonly final: string) {
    this.temp = join(dirname(final), `.${basename(final)}.${process.pid}.tmp`);
    this.fd = openSync(this.temp, 'w');
    openTemporaries.add(this.temp);
  }

  write(line: Uint8Array): undefined {
    this.buffer.push(line);
    this.size += line.length;
    if (this.size >= FLUSH_AT) this.flush();
    return undefined;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, Buffer.concat(this.buffer, this.size));
    this.buffer = [];
    this.size = 0;
  }

  async finish(keep: boolean): Promise<void> {
    this.flush();
    closeSync(this.fd);
    if (keep) renameSync(this.temp, this.final);
    else rmSync(this.temp, { force: true });
    openTemporaries.delete(this.temp);
  }
}

/** Removes every temporary output file (on Ctrl-C). */
export function removeTemporaries(): void {
  for (const t of openTemporaries) rmSync(t, { force: true });
  openTemporaries.clear();
}
