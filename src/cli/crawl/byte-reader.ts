/**
 * Pulls lines and exact byte counts out of a stream of chunks, holding only
 * what the caller has not yet taken (plus at most one chunk): the base of the
 * streamed readers, so memory stays bounded by the largest record.
 */

/** Pull-based reader over an async iterable of byte chunks. */
export class ByteReader {
  private readonly source: AsyncIterator<Uint8Array>;
  private chunks: Uint8Array[] = [];
  /** Offset into chunks[0]. */
  private head = 0;
  /** Bytes held in `chunks` past `head`. */
  private held = 0;
  private done = false;
  /** Bytes handed to the caller so far (lines, blocks and skipped bytes). */
  consumed = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.source = source[Symbol.asyncIterator]();
  }

  /** Reads more from the source; false at its end. */
  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    if (next.value.length > 0) {
      this.chunks.push(next.value);
      this.held += next.value.length;
    }
    return true;
  }

  /** True when every byte has been taken and the source is exhausted. */
  async atEnd(): Promise<boolean> {
    while (this.held === 0) if (!(await this.fill())) return true;
    return false;
  }

  /** The next byte without taking it; undefined at the end. */
  async peekByte(): Promise<number | undefined> {
    if (await this.atEnd()) return undefined;
    return this.chunks[0]?.[this.head];
  }

  /** Up to `n` leading bytes without taking them (fewer at the end). */
  async peek(n: number): Promise<Uint8Array> {
    while (this.held < n) if (!(await this.fill())) break;
    return this.copy(Math.min(n, this.held), false);
  }

  /**
   * The next line without its `\n` (and `\r`), or undefined at the end of the
   * stream. A line longer than `max` bytes throws.
   */
  async readLine(max: number): Promise<Uint8Array | undefined> {
    let scanned = 0; // bytes before the chunk being scanned, counted from head
    let index = 0;
    let start = this.head;
    for (;;) {
      for (; index < this.chunks.length; index++) {
        const chunk = this.chunks[index] as Uint8Array;
        const at = chunk.indexOf(0x0a, start);
        if (at >= 0) {
          const length = scanned + (at - start);
          if (length > max) throw new LineTooLongError(max);
          const line = this.copy(length + 1, true);
          const end = line.length >= 2 && line[line.length - 2] === 0x0d ? 2 : 1;
          return line.subarray(0, line.length - end);
        }
        scanned += chunk.length - start;
        start = 0;
        if (scanned > max) throw new LineTooLongError(max);
      }
      if (!(await this.fill())) {
        if (this.held === 0) return undefined;
        return this.copy(this.held, true); // last line without a newline
      }
    }
  }

  /**
   * The next line as Latin-1 text when it is already held in one chunk (no
   * copy, no wait), else null: the fast path of {@link readLatin1Line}.
   */
  latin1LineNow(max: number): string | null {
    const chunk = this.chunks[0];
    if (!chunk) return null;
    const at = chunk.indexOf(0x0a, this.head);
    if (at < 0 || at - this.head > max) return null;
    const end = at > this.head && chunk[at - 1] === 0x0d ? at - 1 : at;
    const start = chunk.byteOffset + this.head;
    const text = Buffer.from(chunk.buffer, start, end - this.head).toString('latin1');
    this.drop(at + 1 - this.head);
    return text;
  }

  /** Exactly `n` bytes when they are already held (no wait), else null. */
  exactNow(n: number): Uint8Array | null {
    return this.held >= n ? this.copy(n, true) : null;
  }

  /** The next line as Latin-1 text (header lines); undefined at the end of the stream. */
  async readLatin1Line(max: number): Promise<string | undefined> {
    const now = this.latin1LineNow(max);
    if (now !== null) return now;
    const line = await this.readLine(max);
    return line === undefined
      ? undefined
      : Buffer.from(line.buffer, line.byteOffset, line.length).toString('latin1');
  }

  /** Exactly `n` bytes in a buffer of their own; throws when the stream ends first. */
  async readExact(n: number): Promise<Uint8Array> {
    while (this.held < n) {
      if (!(await this.fill())) throw new TruncatedError(n, this.held);
    }
    return this.copy(n, true);
  }

  /** Skips the rest of the current line (to its `\n`, or the end), without holding it. */
  async skipLine(): Promise<void> {
    for (;;) {
      while (this.chunks.length > 0) {
        const chunk = this.chunks[0] as Uint8Array;
        const at = chunk.indexOf(0x0a, this.head);
        if (at >= 0) {
          this.drop(at + 1 - this.head);
          return;
        }
        this.drop(chunk.length - this.head);
      }
      if (!(await this.fill())) return;
    }
  }

  /** Skips exactly `n` bytes without holding them; throws when the stream ends first. */
  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.held === 0 && !(await this.fill())) throw new TruncatedError(n, n - left);
      const take = Math.min(left, this.held);
      this.drop(take);
      left -= take;
    }
  }

  /** Copies `n` held bytes into a fresh buffer, taking them when `take`. */
  private copy(n: number, take: boolean): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    let index = 0;
    let start = this.head;
    while (filled < n) {
      const chunk = this.chunks[index] as Uint8Array;
      const part = Math.min(n - filled, chunk.length - start);
      out.set(chunk.subarray(start, start + part), filled);
      filled += part;
      index++;
      start = 0;
    }
    if (take) this.drop(n);
    return out;
  }

  private drop(n: number): void {
    let left = n;
    this.held -= n;
    this.consumed += n;
    while (left > 0) {
      const chunk = this.chunks[0] as Uint8Array;
      const rest = chunk.length - this.head;
      if (left < rest) {
        this.head += left;
        return;
      }
      left -= rest;
      this.chunks.shift();
      this.head = 0;
    }
  }
}

/** A line longer than the reader was asked to hold; {@link ByteReader.skipLine} passes it. */
export class LineTooLongError extends Error {
  constructor(max: number) {
    super(`a line longer than ${max} bytes`);
  }
}

/** The stream ended inside a block whose length was announced. */
export class TruncatedError extends Error {
  constructor(wanted: number, got: number) {
    super(`input ends inside a record (${got} of ${wanted} bytes)`);
  }
}
