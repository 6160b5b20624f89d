/**
 * `npm run playground`: builds docs/playground/index.html, one self-contained
 * page with the library and playground/app.ts inlined, that works opened from
 * disk with no network.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the page is written. */
export const PLAYGROUND_PAGE = join(root, 'docs', 'playground', 'index.html');

/** Builds the page and returns its path and size in bytes. */
export async function buildPlayground(
  out = PLAYGROUND_PAGE,
): Promise<{ path: string; bytes: number }> {
  const sample = readFileSync(join(root, 'samples', 'maghress-fr.txt'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const bundle = await build({
    entryPoints: [join(root, 'playground', 'app.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    define: { __SAMPLE__: JSON.stringify(sample) },
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  // esbuild escapes `</script` in strings (its inline-script default for browsers); a
  // `<script` tag left in the bundle would still change how the HTML parser reads it.
  if (/<\/?script[\s/>]/i.test(script)) {
    throw new Error('playground: the bundle holds a <script> tag and cannot be inlined as is');
  }
  const template = readFileSync(join(root, 'playground', 'page.html'), 'utf8');
  const page = template.replace('__VERSION__', () => version).replace('__SCRIPT__', () => script);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, page);
  return { path: out, bytes: Buffer.byteLength(page) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, bytes } = await buildPlayground();
  console.log(`playground: ${path} (${(bytes / 1024).toFixed(0)} kB)`);
}
