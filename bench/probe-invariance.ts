/**
 * The invariance probe: each text input read as it is and again after a
 * change a crawler or a copy makes without changing the page (blank lines
 * taken out, as a WET record prints blocks; the final line break taken out,
 * as a browser's copy ends; CRLF line ends, as Windows tools write them, and
 * a carriage return alone;
 * spaces at line ends; a byte order mark; the other apostrophe; straight
 * double quotes for curly ones; a no-break
 * space before `:;!?`, as French typography and a browser's copy print it;
 * separators padded with no-break or double spaces; soft hyphens and zero-width
 * spaces inside words; decomposed letters).
 * An input whose kind, title, authors, day, paragraph count or item count
 * moves is listed: each is a reading that hangs on the copy, not the page.
 * Inputs: the real dev dumps (`$DEPECHE_CORPUS/dumps`, default
 * `../shared/corpus`), the project's own dump fixtures (`test/fixtures`), and
 * the textified renders (`$DEPECHE_CORPUS/textified`) for the two changes
 * that keep their blank lines.
 *
 *   npx tsx bench/probe-invariance.ts            # every input, every change
 *   npx tsx bench/probe-invariance.ts --verbose  # also what each listed input read before and after
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, parseArticle } from '../src/index.js';
import { corpusRoot } from './html-corpus.js';
import { RENDERERS, TEXT_SETS, textPages } from './textified-corpus.js';

const verbose = process.argv.includes('--verbose');

/** An input: where it comes from, its text, its address when its gold gives one. */
interface Input {
  name: string;
  text: string;
  url?: string;
}

/** Every `.txt` with a `.gold.json` beside it under `dir`. */
function dumpsUnder(dir: string): Input[] {
  if (!existsSync(dir)) return [];
  const out: Input[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...dumpsUnder(path));
    else if (path.endsWith('.txt') && existsSync(path.replace(/\.txt$/, '.gold.json'))) {
      const gold = JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8')) as {
        url?: string | null;
      };
      const text = readFileSync(path, 'utf8');
      out.push(gold.url ? { name: path, text, url: gold.url } : { name: path, text });
    }
  }
  return out;
}

/**
 * A change a copy makes, and whether it reaches the fields too: a field is the
 * input's own text, so where `inFields` is set the title and authors read before
 * the change are compared with the change applied to them.
 */
interface Change {
  apply: (text: string) => string;
  inFields?: boolean;
  /** Both readings compared through this (a field joined from wrapped lines is given composed). */
  compare?: (summary: string) => string;
}

/** The changes, by name: each keeps the page and changes the copy. */
const CHANGES: Record<string, Change> = {
  'blank lines out': {
    apply: (t) =>
      t
        .split('\n')
        .filter((line) => line.trim() !== '')
        .join('\n') + (t.endsWith('\n') ? '\n' : ''),
  },
  'final line break out': { apply: (t) => t.replace(/\s+$/u, '') },
  'CRLF line ends': { apply: (t) => t.replace(/\r?\n/gu, '\r\n') },
  // A carriage return alone ends each line (a file from an old Mac, some exports).
  'CR line ends': { apply: (t) => t.replace(/\r?\n/gu, '\r') },
  // Editors and copies leave a space at line ends; Windows tools open a file with a byte order mark.
  'trailing spaces': { apply: (t) => t.replace(/\n/gu, ' \n') },
  'byte order mark': { apply: (t) => `\uFEFF${t}` },
  // Sites differ in their apostrophes, and French typography puts a no-break space before `:;!?`.
  'typographic apostrophes': { apply: (t) => t.replace(/'/gu, '\u2019'), inFields: true },
  'straight apostrophes': { apply: (t) => t.replace(/\u2019/gu, "'"), inFields: true },
  // And in their double quotes: a site, an editor or a copy prints `"…"` for `“…”` and `„…“`.
  'straight double quotes': {
    apply: (t) => t.replace(/[\u201c\u201d\u201e]/gu, '"'),
    inFields: true,
  },
  'no-break space before punctuation': {
    apply: (t) => t.replace(/ (?=[:;!?])/gu, '\u00a0'),
    inFields: true,
  },
  // A page's `&nbsp;` around a meta line's separator: a browser's copy keeps it, w3m and lynx print a space.
  'no-break spaces around separators': {
    apply: (t) => t.replace(/ ([•|·]) /gu, '\u00a0$1\u00a0'),
    inFields: true,
  },
  // A page's `&shy;` soft hyphens in long words and `&#8203;` zero-width spaces, which a browser's copy keeps.
  'soft hyphens in long words': {
    apply: (t) => t.replace(/(\p{L}{5})(\p{L}{5,})/gu, '$1\u00ad$2'),
  },
  'zero-width spaces in long words': {
    apply: (t) => t.replace(/(\p{L}{6})(\p{L}{4,})/gu, '$1\u200b$2'),
  },
  // Decomposed Unicode (`e` + U+0301), as some editors and file systems save text.
  'decomposed letters (NFD)': {
    apply: (t) => t.normalize('NFD'),
    inFields: true,
    compare: (s) => s.normalize('NFC'),
  },
  'double spaces around separators': {
    apply: (t) => t.replace(/ ([•|·]) /gu, '  $1  '),
    inFields: true,
  },
};

/** What a reader checks of an article, in one line, its title and authors passed through `field`. */
const summary = (a: Article, field: (text: string) => string = (t) => t): string =>
  [
    a.kind,
    field(a.title ?? '-'),
    a.authors.map(field).join(', '),
    a.publishedAt?.slice(0, 10) ?? '-',
    `${a.paragraphs.length} paragraphs`,
    `${a.items?.length ?? 0} items`,
  ].join(' | ');

const dumps = [
  ...dumpsUnder(join(corpusRoot, 'dumps')),
  ...dumpsUnder(join(import.meta.dirname, '../test/fixtures')),
];
const renders: Input[] = RENDERERS.flatMap((r) =>
  TEXT_SETS.flatMap((s) =>
    textPages(r, s).map((p) => ({ name: `${r}/${s}/${p.key}`, text: p.text, url: p.url })),
  ),
);
if (dumps.length === 0 && renders.length === 0)
  console.log(`(No inputs: neither ${corpusRoot} nor test/fixtures holds any.)`);

for (const [change, { apply, inFields, compare = (s: string) => s }] of Object.entries(CHANGES)) {
  // A WARC record's header ends at its blank line: taking blank lines out glues it to the page, no copy does that.
  const inputs =
    change === 'blank lines out'
      ? dumps.filter((d) => !d.text.startsWith('WARC/'))
      : [...dumps, ...renders];
  let count = 0;
  const moved: string[] = [];
  for (const input of inputs) {
    const changed = apply(input.text);
    if (changed === input.text) continue;
    count++;
    const options = input.url ? { url: input.url } : {};
    const before = compare(
      summary(parseArticle(input.text, options), inFields ? apply : undefined),
    );
    const after = compare(summary(parseArticle(changed, options)));
    if (before !== after)
      moved.push(
        verbose ? `  ${input.name}\n    as is: ${before}\n    after: ${after}` : `  ${input.name}`,
      );
  }
  console.log(`${change}: ${moved.length} of ${count} inputs read differently`);
  for (const line of moved) console.log(line);
}
