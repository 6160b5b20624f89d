/**
 * Opens an input (a file or `-` for stdin) as a stream of bytes, gunzipped
 * when its first bytes say gzip (every member, as Common Crawl writes them;
 * a truncated member is an error), counting the compressed bytes read.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/** A counter of raw bytes read, for progress. */
export interface ReadCounter {
  bytes: number;
}

/** Raw chunks of a file or of stdin. */
export function rawInput(
  path: string,
  stdin?: AsyncIterable<Uint8Array>,
): AsyncIterable<Uint8Array> {
  if (path === '-') return stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
  return createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
}

async function* counted(
  source: AsyncIterable<Uint8Array>,
  counter: ReadCounter,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    counter.bytes += chunk.length;
    yield chunk;
  }
}

async function* prepend(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** The decompressed bytes of `source` (passed through when not gzip). */
export async function* maybeGunzip(
  source: AsyncIterable<Uint8Array>,
  counter: ReadCounter = { bytes: 0 },
): AsyncGenerator<Uint8Array> {
  const it = counted(source, counter)[Symbol.asyncIterator]();
  let first = await it.next();
  // One chunk may hold a single byte (stdin): look at two.
  while (!first.done && first.value.length < 2) {
    const more = await it.next();
    if (more.done) break;
    first = { done: false, value: Buffer.concat([first.value, more.value]) };
  }
  if (first.done) return;
  const head = first.value;
  if (!(head[0] === 0x1f && head[1] === 0x8b)) {
    yield* prepend(head, it);
    return;
  }
  const gunzip = createGunzip({ chunkSize: 1 << 18 });
  const feeding = pipeline(Readable.from(prepend(head, it), { objectMode: false }), gunzip);
  feeding.catch(() => {}); // the same error reaches the loop below through gunzip
  for await (const chunk of gunzip) yield chunk as Uint8Array;
  await feeding;
}
