import { defineConfig, type Options } from 'tsup';
import { bundleOrderPlugin } from './bench/bundle-order-plugin.js';

/** The library's entry points: the whole library, and the entity extractor alone. */
const ENTRIES = { index: 'src/index.ts', entities: 'src/entities.ts' } as const;

/**
 * One declaration build per entry point, so that dist/index.d.ts and
 * dist/entities.d.ts each hold the public types under their own names. A single
 * build of both shares them through a hashed chunk with renamed exports
 * (`entities-D3xw.d.ts`, `A as Article`), where go-to-definition lands.
 */
const declarations = (name: keyof typeof ENTRIES): Options => ({
  entry: { [name]: ENTRIES[name] },
  format: ['esm', 'cjs'],
  outDir: 'dist',
  dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
  external: ['parse5'],
  clean: false,
});

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS. Its type files come from the builds below,
    // which run at the same time: the clean step leaves them (and dist/cli) alone.
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    outDir: 'dist',
    platform: 'neutral',
    target: 'es2022',
    // Arabic letters as UTF-8 bytes, not six-character \uXXXX escapes (4 kB gzipped).
    esbuildOptions: (options) => {
      options.charset = 'utf8';
      // The bare imports bundleOrderPlugin puts in front of the entry, dropped as they should be.
      options.logOverride = { ...options.logOverride, 'ignored-bare-import': 'silent' };
    },
    // The modules in the order gzip packs smallest (bench/bundle-order.ts): about 2 kB less, same code.
    esbuildPlugins: [bundleOrderPlugin()],
    dts: false,
    external: ['parse5'],
    clean: ['!cli/**', '!index.d.ts', '!index.d.cts', '!entities.d.ts', '!entities.d.cts'],
  },
  declarations('index'),
  declarations('entities'),
  {
    // The command line: Node only, ESM only, executable; `depeche batch` starts
    // worker.js in worker threads (it sits beside index.js).
    entry: { index: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    outDir: 'dist/cli',
    platform: 'node',
    target: 'node20',
    dts: false,
    external: ['parse5'],
    banner: { js: '#!/usr/bin/env node' },
    removeNodeProtocol: false,
    clean: true,
  },
]);
