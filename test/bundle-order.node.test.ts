/**
 * The published build meets the library's modules in the order bench/bundle-order.json lists
 * (bench/bundle-order-plugin.ts, in tsup.config.ts): gzip packs them about 2 kB smaller so. The
 * order is the build's only: the code is the same, and the build parses as the sources do.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleOrder, bundleOrderPlugin, ORDER_FILE } from '../bench/bundle-order-plugin.js';
import * as sources from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The library as one ESM file, with or without the order. */
async function library(plugins: Plugin[], minify: boolean, external: string[]): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    minify,
    external,
    plugins,
    logOverride: { 'ignored-bare-import': 'silent' },
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Every fourth fixture page, text and HTML, in a fixed order. */
function fixturePages(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:txt|html)$/.test(name)) files.push(path);
    }
  };
  walk(join(ROOT, 'test', 'fixtures'));
  return files.filter((_, i) => i % 4 === 0);
}

describe('the bundle order', () => {
  it('lists modules that exist, each once', () => {
    const listed: unknown = JSON.parse(readFileSync(join(ROOT, ORDER_FILE), 'utf8'));
    expect(Array.isArray(listed)).toBe(true);
    expect(bundleOrder()).toEqual(listed);
    expect(new Set(bundleOrder()).size).toBe(bundleOrder().length);
    expect(bundleOrder()).toContain('./article/text/header.js');
  });

  it('packs the library smaller than the walk of the imports does', async () => {
    const plain = await library([], true, ['parse5']);
    const ordered = await library([bundleOrderPlugin()], true, ['parse5']);
    // The same code: as many bytes before gzip.
    expect(ordered.length).toBe(plain.length);
    expect(gzipSync(ordered, { level: 9 }).length).toBeLessThan(
      gzipSync(plain, { level: 9 }).length,
    );
  }, 60_000);

  it('parses as the sources do', async () => {
    const code = await library([bundleOrderPlugin()], false, []);
    const file = join(mkdtempSync(join(tmpdir(), 'depeche-order-')), 'index.js');
    writeFileSync(file, code);
    const built = (await import(pathToFileURL(file).href)) as typeof sources;
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThan(300);
    for (const page of pages) {
      const input = readFileSync(page, 'utf8');
      expect(JSON.stringify(built.parseArticle(input)), page).toBe(
        JSON.stringify(sources.parseArticle(input)),
      );
      if (page.endsWith('.txt'))
        expect(JSON.stringify(built.extractEntities(input)), page).toBe(
          JSON.stringify(sources.extractEntities(input)),
        );
    }
  }, 240_000);
});
