/** Progress of a batch run on stderr: redrawn on a terminal, one summary line otherwise. */

/** Counters of a run. */
export interface Counts {
  files: number;
  filesDone: number;
  resumed: number;
  badFiles: number;
  /** Records read; every one ends as a line, filtered, a duplicate or skipped. */
  records: number;
  /** Lines written (pages and errors). */
  lines: number;
  errors: number;
  filtered: number;
  duplicates: number;
  skipped: number;
  bytes: number;
  /** Sum of the input sizes when all are known (files, not stdin). */
  totalBytes?: number;
}

/** A new set of zeroed counters. */
export function newCounts(files: number): Counts {
  return {
    files,
    filesDone: 0,
    resumed: 0,
    badFiles: 0,
    records: 0,
    lines: 0,
    errors: 0,
    filtered: 0,
    duplicates: 0,
    skipped: 0,
    bytes: 0,
  };
}

function megabytes(n: number): string {
  return `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;
}

function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}

/** One line describing `c` after `seconds`. */
export function describe(c: Counts, seconds: number, final: boolean): string {
  const rate = seconds > 0 ? c.lines / seconds : 0;
  const parts = [`${c.filesDone}/${c.files} files`, `${c.records} records`, `${c.lines} lines`];
  if (c.errors) parts.push(`${c.errors} errors`);
  if (c.filtered) parts.push(`${c.filtered} filtered`);
  if (c.duplicates) parts.push(`${c.duplicates} duplicates`);
  if (c.skipped) parts.push(`${c.skipped} skipped`);
  if (c.resumed) parts.push(`${c.resumed} already done`);
  parts.push(`${megabytes(c.bytes)}${c.totalBytes ? ` of ${megabytes(c.totalBytes)}` : ''}`);
  parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)} records/s`);
  if (final) parts.push(`in ${duration(seconds)}`);
  else if (c.totalBytes && c.bytes > 0) {
    const eta = ((c.totalBytes - c.bytes) * seconds) / c.bytes;
    parts.push(`ETA ${duration(eta)}`);
  }
  return `depeche batch: ${parts.join(', ')}`;
}

/** Draws progress on a terminal and prints the summary at the end. */
export class Progress {
  private readonly started = performance.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly counts: Counts,
    private readonly write: (s: string) => void,
    private readonly tty: boolean,
    private readonly quiet: boolean,
  ) {
    if (tty && !quiet) {
      this.timer = setInterval(() => this.draw(), 250);
      this.timer.unref();
    }
  }

  private seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private draw(): void {
    this.write(`\r\x1b[K${describe(this.counts, this.seconds(), false)}`);
  }

  /** A message on its own line, above the progress line. */
  log(message: string): void {
    this.write(this.tty && !this.quiet ? `\r\x1b[K${message}\n` : `${message}\n`);
  }

  end(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.quiet) return;
    const line = describe(this.counts, this.seconds(), true);
    this.write(this.tty ? `\r\x1b[K${line}\n` : `${line}\n`);
  }
}
