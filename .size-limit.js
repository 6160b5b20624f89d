// Bundle-size budgets (`npm run size`, gzip). size-limit bundles each entry with
// its own esbuild, whose default writes every non-ASCII letter (the Arabic tables)
// as a six-character \uXXXX escape; `charset: 'utf8'` keeps them as UTF-8 bytes,
// as depeche's own dist does (tsup.config.ts) and as Rollup-based bundlers emit.

/** @param {import('esbuild').BuildOptions} config */
const utf8 = (config) => ({ ...config, charset: 'utf8' });

export default [
  {
    name: 'depeche (with parse5)',
    path: 'dist/index.js',
    import: '{ parseArticle, parseTicker, extractEntities }',
    gzip: true,
    limit: '215 kB',
    modifyEsbuildConfig: utf8,
  },
  {
    name: 'depeche (without parse5)',
    path: 'dist/index.js',
    import: '{ parseArticle, parseTicker, extractEntities }',
    ignore: ['parse5'],
    gzip: true,
    limit: '185 kB',
    modifyEsbuildConfig: utf8,
  },
  {
    name: 'parseArticle alone (with parse5)',
    path: 'dist/index.js',
    import: '{ parseArticle }',
    gzip: true,
    limit: '165 kB',
    modifyEsbuildConfig: utf8,
  },
  {
    name: 'depeche/entities',
    path: 'dist/entities.js',
    import: '{ extractEntities }',
    gzip: true,
    limit: '80 kB',
    modifyEsbuildConfig: utf8,
  },
];
