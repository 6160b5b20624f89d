/**
 * Hostile input shapes for the benchmark's linearity table: each builds a
 * string of about `n` code units that stresses one part of the parsers
 * (nesting, tag soup, entities, date and number patterns, line-based
 * recognisers). test/hostile.node.test.ts checks that such inputs return
 * valid results; bench.ts times these at two sizes.
 */
export const HOSTILE_SHAPES: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ['nested links', (n) => '<a href="x">'.repeat(n / 12)],
  ['nested tables', (n) => '<table><tr><td>'.repeat(n / 15)],
  ['unclosed <p>', (n) => '<p>word '.repeat(n / 8)],
  ["'<' only", (n) => '<'.repeat(n)],
  ['entities (&amp;)', (n) => '&amp;'.repeat(n / 5)],
  ['one tag, many attributes', (n) => `<div ${'a=1 '.repeat(n / 4)}>x</div>`],
  [
    'unterminated JSON-LD array',
    (n) => `<script type="application/ld+json">${'['.repeat(n)}</script>`,
  ],
  [
    'deep JSON-LD objects',
    (n) => `<script type="application/ld+json">${'{"a":'.repeat(n / 5)}</script>`,
  ],
  ['author metas', (n) => '<meta name="author" content="A B">'.repeat(n / 34)],
  ['<time> elements', (n) => '<time datetime="2020-01-01">x</time>'.repeat(n / 37)],
  ['ticker separators', (n) => 'Titre | '.repeat(n / 8)],
  ['"Lire aussi" lines', (n) => 'Lire aussi : un titre\n'.repeat(n / 22)],
  ["a '-' per line", (n) => '-\n'.repeat(n / 2)],
  ['"Par :" lines', (n) => 'Par :\n'.repeat(n / 6)],
  ['digits', (n) => '1'.repeat(n)],
  ['digit groups', (n) => '1 000 '.repeat(n / 6)],
  ["'/' dates", (n) => '1/'.repeat(n / 2)],
  ['abbreviations (M.)', (n) => 'M. '.repeat(n / 3)],
  ['capitalised words', (n) => 'Abc '.repeat(n / 4)],
  ['"de La" runs', (n) => 'de La '.repeat(n / 6)],
  ['one long word', (n) => 'a'.repeat(n)],
  ['opening quotes', (n) => '« '.repeat(n / 2)],
  ['NBSP pairs', (n) => 'a\u00a0\u00a0'.repeat(n / 3)],
  ['Arabic words', (n) => 'في الرباط '.repeat(n / 10)],
];
