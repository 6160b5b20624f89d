/**
 * Loaders of the packed data tables. A table is one string of entries and a separator, written over
 * source lines that `+` joins (each line but the last ends with the separator), split once at load:
 * the bundle carries no quotes and commas per entry.
 */

/** A table of single words: entries separated by one space. */
export function words(entries: string): string[] {
  return entries.split(' ');
}

/**
 * A table of words in sorted order, prefix-coded: each word is written after the count (one digit, 1–9) of
 * leading characters it shares with the word before, without them (`Abdel 5ali 5aziz` is `Abdel Abdelali
 * Abdelaziz`); a word that shares none is written whole. Words hold no digit. Entries are separated by one
 * space, or by `separator` when they hold spaces (`'|'`, as {@link phrases} writes them). gzip finds a shared prefix
 * only as a back-reference of two or three bytes a word: a long sorted table of names packs about a sixth
 * smaller so. To add a word, write the table again with `prefixCode` (its inverse, below), e.g.
 * `npx tsx -e "import { FIRST_NAMES as t } from './src/entities/data/first-names.ts'; import { prefixCode }
 * from './src/util/tables.ts'; console.log(prefixCode([...t, 'Nour'].sort()))"`.
 */
export function prefixWords(entries: string, separator = ' '): string[] {
  const table: string[] = [];
  let last = '';
  for (const entry of entries.split(separator)) {
    const shared = entry.charCodeAt(0) - 48;
    last = shared >= 1 && shared <= 9 ? last.slice(0, shared) + entry.slice(1) : entry;
    table.push(last);
  }
  return table;
}

/**
 * Writes a word table as `prefixWords` reads it: each word after the count of leading characters (at most
 * 9) it shares with the word before. For maintainers writing a table again; no reader in the library calls it.
 */
export function prefixCode(table: readonly string[], separator = ' '): string {
  let last = '';
  const out: string[] = [];
  for (const word of table) {
    let shared = 0;
    while (shared < 9 && shared < word.length && word[shared] === last[shared]) shared++;
    out.push(shared > 0 ? `${shared}${word.slice(shared)}` : word);
    last = word;
  }
  return out.join(separator);
}

/** A table of phrases (entries may hold spaces): entries separated by `|`. */
export function phrases(entries: string): string[] {
  return entries.split('|');
}

/**
 * A table of names → code written code by code: each code's names separated by `|`, prefix-coded or not
 * (read by {@link prefixWords}: a name holds no leading digit).
 */
export function namesByCode(groups: Readonly<Record<string, string>>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [code, names] of Object.entries(groups))
    for (const name of prefixWords(names, '|')) table[name] = code;
  return table;
}

/**
 * A table of month names → month number written as rows of twelve slots, January to December: a row is
 * one string of space-separated slots, or a list of twelve when a name holds a space; `-` leaves a month to
 * another row.
 */
export function byMonth(...rows: ReadonlyArray<string | readonly string[]>): Map<string, number> {
  const months = new Map<string, number>();
  for (const row of rows) {
    const slots = typeof row === 'string' ? row.split(' ') : row;
    for (let i = 0; i < slots.length; i++)
      if (slots[i] !== '-') months.set(slots[i] as string, i + 1);
  }
  return months;
}

/**
 * A table built at load from other tables (keys folded, several tables in one). Written
 * `/* @__PURE__ *\/ derived(() => …)`, the build is a call that a bundler drops where nothing reads the
 * table: a bare module-level `new Set([...a].map(key))` stays in every bundle of the module's file (for
 * the side effects a call might have), with the tables and code it reads.
 */
export function derived<T>(build: () => T): T {
  return build();
}
