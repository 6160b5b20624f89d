/**
 * The build's part of bench/bundle-order.ts: an esbuild plugin that makes the library's entry meet its
 * modules in the order bench/bundle-order.json lists, so that the build writes them in that order (each
 * after the modules it imports). The entry gets one bare import per listed module before its own lines;
 * the modules declare no side effects (`sideEffects: false`), so esbuild drops those imports once it has
 * walked them (the `ignored-bare-import` warning, silenced where the plugin runs) and the code is the same.
 * A listed module that no longer exists is skipped: it costs bytes, not the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/** The list, from the repository's root. */
export const ORDER_FILE = 'bench/bundle-order.json';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src', 'index.ts');

/** The listed modules that exist, as import specifiers from src/index.ts (`./article/site.js`). */
export function bundleOrder(): string[] {
  const file = join(ROOT, ORDER_FILE);
  if (!existsSync(file)) return [];
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) return [];
  return list.filter(
    (m): m is string =>
      typeof m === 'string' && existsSync(join(ROOT, 'src', m.replace(/\.js$/, '.ts'))),
  );
}

/** The plugin: src/index.ts with the bare imports in front. */
export function bundleOrderPlugin(): Plugin {
  return {
    name: 'bundle-order',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]index\.ts$/ }, (args) => {
        if (args.path !== ENTRY) return undefined;
        const imports = bundleOrder().map((m) => `import '${m}';\n`);
        return { contents: imports.join('') + readFileSync(args.path, 'utf8'), loader: 'ts' };
      });
    },
  };
}
