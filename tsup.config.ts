import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: browser-safe core, ESM + CJS with their own type files.
    entry: { index: 'src/index.ts', entities: 'src/entities.ts' },
    format: ['esm', 'cjs'],
    outDir: 'dist',
    platform: 'neutral',
    target: 'es2022',
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    external: ['parse5'],
    // dist/cli belongs to the config below, which runs at the same time.
    clean: ['!cli/**'],
  },
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
