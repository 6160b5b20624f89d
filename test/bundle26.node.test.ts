/**
 * An application that imports `parseArticle` alone from the published one-file library
 * (tsup merges the modules into one chunk, so `sideEffects: false` no longer drops a whole
 * module) does not carry the entity extractor's date and percent tables: they are built
 * through pure calls a bundler drops where nothing reads them.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { derived } from '../src/util/tables.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The library as one ESM file, the way `npm run build` ships it (not minified, parse5 left out). */
async function oneFileLibrary(): Promise<string> {
  const lib = await build({
    entryPoints: [`${ROOT}src/index.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    charset: 'utf8',
    external: ['parse5'],
    write: false,
  });
  return lib.outputFiles[0]?.text ?? '';
}

/** An application importing `names` from that file, bundled and minified. */
async function application(library: string, names: string): Promise<string> {
  const virtual: Plugin = {
    name: 'library',
    setup(b) {
      b.onResolve({ filter: /^depeche$/ }, () => ({ path: 'depeche', namespace: 'library' }));
      b.onLoad({ filter: /.*/, namespace: 'library' }, () => ({ contents: library, loader: 'js' }));
    },
  };
  const app = await build({
    stdin: { contents: `export { ${names} } from 'depeche';`, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    charset: 'utf8',
    external: ['parse5'],
    plugins: [virtual],
    write: false,
  });
  return app.outputFiles[0]?.text ?? '';
}

describe('tables a bundler can drop', () => {
  it('returns what the build returns', () => {
    const table = derived(() => new Set(['a', 'b']));
    expect([...table]).toEqual(['a', 'b']);
  });

  it('leaves the entity date and percent tables out of parseArticle alone', async () => {
    const library = await oneFileLibrary();
    const alone = await application(library, 'parseArticle');
    const holds = (code: string) => (word: string) => code.includes(word);
    // Read by parseArticle (first names, month names): kept. The first-name table is prefix-coded: `Bachar`
    // opens its letter, so it is written whole.
    expect(['Bachar', 'janvier'].filter(holds(alone))).toEqual(['Bachar', 'janvier']);
    // Arabic relative date words, deictic days, seasons and percent words of the entity recognisers: left out,
    // and still in the whole library.
    const entityWords = ['المنصرمة', 'apres-demain', 'printemps', 'بالمئة'];
    expect(entityWords.filter(holds(alone))).toEqual([]);
    const whole = await application(library, 'parseArticle, extractEntities');
    expect(entityWords.filter(holds(whole))).toEqual(entityWords);
  }, 60_000);
});
