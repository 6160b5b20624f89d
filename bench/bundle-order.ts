/**
 * Writes bench/bundle-order.json: the order of the library's modules in the published files that gzip packs
 * smallest. gzip finds a repeat only within the last 32 KiB it has read; the build writes the modules in the
 * order its walk of the imports meets them, which puts phrase tables and code that share words far apart
 * (the HTML path's furniture phrases from the text path's, the two date readers' patterns, the body's
 * refiners from each other). The build (tsup.config.ts, bench/bundle-order-plugin.ts) meets the modules in
 * this file's order first: the code is the same, in another order.
 *
 * How: the library bundled and minified as an application bundles it, cut into its modules; the walk of the
 * imports the build makes from a list (each module after the modules it imports); a greedy pass that moves
 * each module before or after the eight modules sharing most text with it and keeps a move when gzip of the
 * whole library falls; then the same for the modules of the entity chunk (its own file, read first, which
 * `depeche/entities` shares), against the whole library plus the chunk alone. Deterministic; four to six
 * minutes. Run it again after adding or moving
 * modules (`npx tsx bench/bundle-order.ts`), then `npm run build` and `npm run size`: a module the list does
 * not name goes where the walk of the imports puts it, a listed one that is gone is skipped.
 */ import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, transform } from 'esbuild';
import { ORDER_FILE } from './bundle-order-plugin.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** A module's path from src/ (`article/text/header.ts`), as the metafile and the bundle's comments name it. */
function fromSrc(path: string): string | undefined {
  const at = path.lastIndexOf('src/');
  return at < 0 || path.includes('node_modules') ? undefined : path.slice(at + 4);
}

/** The modules of the entity chunk in the order the build writes them now, as tsup splits the two entry points. */
async function chunkModules(): Promise<string[]> {
  const out = await build({
    entryPoints: { index: join(SRC, 'index.ts'), entities: join(SRC, 'entities.ts') },
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'neutral',
    charset: 'utf8',
    external: ['parse5'],
    write: false,
    outdir: join(ROOT, 'tmp', 'bundle-order'),
    logLevel: 'error',
  });
  const chunk = out.outputFiles.find((f) => /chunk-[^/]*\.js$/.test(f.path));
  const names = [...(chunk?.text ?? '').matchAll(/^\/\/ (\S+\.ts)$/gm)].flatMap(
    (m) => fromSrc(m[1] ?? '') ?? [],
  );
  return [...new Set(names)];
}

interface Library {
  /** Each module's minified text, with the names the whole bundle's minifier gives. */
  texts: Map<string, Buffer>;
  /** Each module's imports of other modules of the library, in their order. */
  imports: Map<string, string[]>;
}

async function library(): Promise<Library> {
  const out = await build({
    entryPoints: [join(SRC, 'index.ts')],
    bundle: true,
    format: 'esm',
    charset: 'utf8',
    minifySyntax: true,
    minifyIdentifiers: true,
    external: ['parse5'],
    metafile: true,
    write: false,
    outdir: join(ROOT, 'tmp', 'bundle-order'),
    logLevel: 'error',
  });
  const texts = new Map<string, Buffer>();
  const text = out.outputFiles[0]?.text ?? '';
  // The entry's closing `export { … }` names bindings of other modules: not a module's text.
  const code = text.slice(0, text.lastIndexOf('\nexport {') + 1);
  for (const part of code.split(/^\/\/ (?=\S+\.[jt]s\n)/m)) {
    const line = part.indexOf('\n');
    const name = fromSrc(part.slice(0, line));
    if (name === undefined) continue;
    const min = await transform(part.slice(line + 1), {
      minifyWhitespace: true,
      charset: 'utf8',
      loader: 'js',
    });
    texts.set(name, Buffer.concat([texts.get(name) ?? Buffer.alloc(0), Buffer.from(min.code)]));
  }
  return { texts, imports: importsOf(out.metafile) };
}

function importsOf(meta: Metafile): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  for (const [path, input] of Object.entries(meta.inputs)) {
    const name = fromSrc(path);
    if (name !== undefined)
      imports.set(
        name,
        input.imports.flatMap((i) => fromSrc(i.path) ?? []),
      );
  }
  return imports;
}

/** The order the build writes the modules in when the entry meets `list` first: each after its imports. */
function walk(list: readonly string[], imports: Map<string, string[]>): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of imports.get(name) ?? []) visit(next);
    order.push(name);
  };
  for (const name of list) visit(name);
  visit('index.ts');
  return order;
}

/** Overlapping 16-byte pieces of a text, every fourth byte. */
function shingles(text: Buffer): Set<string> {
  const s = text.toString('latin1');
  const out = new Set<string>();
  for (let i = 0; i + 16 <= s.length; i += 4) out.add(s.slice(i, i + 16));
  return out;
}

async function main(): Promise<void> {
  const chunkOrder = await chunkModules();
  const chunk = new Set(chunkOrder);
  const { texts, imports } = await library();
  const empty = Buffer.alloc(0);
  const parts = (list: readonly string[]): [Buffer[], Buffer[]] => {
    const order = walk(list, imports);
    const inChunk = order.filter((n) => chunk.has(n)).map((n) => texts.get(n) ?? empty);
    const rest = order.filter((n) => !chunk.has(n)).map((n) => texts.get(n) ?? empty);
    return [inChunk, rest];
  };
  const gz = (b: Buffer[]): number => gzipSync(Buffer.concat(b), { level: 9 }).length;
  /** The whole library's gzip; with `alone`, plus the entity chunk's alone (what `depeche/entities` ships). */
  const cost = (list: readonly string[], alone = false): number => {
    const [inChunk, rest] = parts(list);
    return gz([...inChunk, ...rest]) + (alone ? gz(inChunk) : 0);
  };
  // The entity chunk first, in the order the build gives it now (its own file, read first; the walk of a
  // split build orders it otherwise than the walk above), then the rest.
  const first = walk([], imports).filter((n) => texts.has(n));
  let list = [...chunkOrder.filter((n) => texts.has(n)), ...first.filter((n) => !chunk.has(n))];
  const pieces = new Map(list.map((n) => [n, shingles(texts.get(n) ?? empty)]));
  /** The eight modules of the same side (chunk or not) that share most text with `name`. */
  const partnersOf = (name: string): string[] => {
    const mine = pieces.get(name) ?? new Set<string>();
    const shared: [number, string][] = [];
    for (const [other, theirs] of pieces) {
      if (other === name || chunk.has(other) !== chunk.has(name)) continue;
      let n = 0;
      for (const s of mine) if (theirs.has(s)) n++;
      if (n > 3) shared.push([n, other]);
    }
    shared.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1));
    return shared.slice(0, 8).map(([, other]) => other);
  };
  /** Moves each module of one side next to its partners, `rounds` times, keeping what lowers `score`. */
  const pass = (side: boolean, rounds: number, score: (l: readonly string[]) => number): void => {
    const names = list.filter((n) => chunk.has(n) === side);
    const partners = new Map(names.map((n) => [n, partnersOf(n)]));
    let best = score(list);
    const from = best;
    for (let round = 0; round < rounds; round++) {
      for (const name of names) {
        for (const partner of partners.get(name) ?? []) {
          for (const after of [1, 0]) {
            const moved = list.filter((n) => n !== name);
            moved.splice(moved.indexOf(partner) + after, 0, name);
            const c = score(moved);
            if (c < best) {
              best = c;
              list = moved;
            }
          }
        }
      }
      const what = side ? 'the entity chunk' : 'the rest';
      process.stderr.write(`${what}, round ${round + 1}: ${from} → ${best} bytes gzipped\n`);
    }
  };
  // The rest against the whole library; then the chunk against the whole library plus the chunk alone.
  pass(false, 3, (l) => cost(l));
  pass(true, 2, (l) => cost(l, true));
  // The list itself, not the walk it makes: a walk from the walk's order would turn the import cycles round.
  const order = list.filter((n) => n !== 'index.ts');
  const file = join(ROOT, ORDER_FILE);
  writeFileSync(
    file,
    `${JSON.stringify(
      order.map((n) => `./${n.replace(/\.ts$/, '.js')}`),
      null,
      2,
    )}\n`,
  );
  process.stderr.write(`${relative(ROOT, file)}: ${order.length} modules\n`);
}

await main();
