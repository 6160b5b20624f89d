/**
 * Builds gold JSONL (the schema of `../shared/corpus/ner/GUIDELINES.md`) from
 * hand-annotated sources in `test/fixtures/ner/*.src.txt`, and checks it.
 *
 *   npm run ner:gold                 # every *.src.txt → *.jsonl beside it
 *   npm run ner:gold -- --check      # only check that the JSONL files are up to date
 *
 * Source format, one record after another:
 *
 *   ## <id> <lang> [note…]
 *   Text with [[TYPE surface|norm]] marks. Escapes: \u00a0 and friends.
 *   @acr SHORT = Long form as written
 *
 * The annotator writes every entity and every norm by hand; this script only
 * strips the marks, computes the offsets and checks them
 * (`text.slice(start, end) === entity.text`, flat, no overlap). Norms:
 * `LOC|MA`, `MISC|MA`, `MONEY|2340000000 EUR`, `PERCENT|7.8`,
 * `QUANTITY|1100 entrepôt`, `DATE|2025-05-14`, `DATE|2025-10 END`,
 * `DATE|2022..2026` (a range).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldEntity, GoldRecord } from './ner-schema.js';

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC', 'MONEY', 'PERCENT', 'DATE', 'QUANTITY']);

function fail(where: string, msg: string): never {
  throw new Error(`${where}: ${msg}`);
}

function parseNorm(where: string, type: string, norm: string): GoldEntity['norm'] {
  const parts = norm.trim().split(/\s+/);
  const num = (s: string | undefined): number => {
    const n = Number(s);
    if (s === undefined || !Number.isFinite(n)) fail(where, `bad number in norm "${norm}"`);
    return n;
  };
  switch (type) {
    case 'LOC':
    case 'MISC':
      if (!/^[A-Z]{2}$/.test(norm)) fail(where, `bad country "${norm}"`);
      return { country: norm };
    case 'MONEY':
      if (parts.length !== 2 || !/^[A-Z]{3}$/.test(parts[1] ?? ''))
        fail(where, `bad money "${norm}"`);
      return { amount: num(parts[0]), currency: parts[1] ?? '' };
    case 'PERCENT':
      return { value: num(parts[0]) };
    case 'QUANTITY':
      if (parts.length < 2) fail(where, `bad quantity "${norm}"`);
      return { value: num(parts[0]), unit: parts.slice(1).join(' ') };
    case 'DATE': {
      const range = /^([0-9X]{4}(?:-[0-9X]{2}){0,2})\.\.([0-9X]{4}(?:-[0-9X]{2}){0,2})$/.exec(norm);
      if (range) return { start: range[1] ?? '', end: range[2] ?? '' };
      const iso =
        /^([0-9X]{4}(?:-(?:[0-9X]{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:-[0-9X]{2})?)(?: (START|END))?$/.exec(
          norm,
        );
      if (!iso) fail(where, `bad date "${norm}"`);
      return iso[2] ? { iso: iso[1] ?? '', mod: iso[2] } : { iso: iso[1] ?? '' };
    }
    default:
      return fail(where, `${type} takes no norm`);
  }
}

function unescapeUnicode(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Parses one source file into gold records. */
export function parseSource(source: string, file: string): GoldRecord[] {
  const records: GoldRecord[] = [];
  let current: { head: string; lines: string[]; acr: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const [id = '', lang = '', ...note] = current.head.split(/\s+/);
    const where = `${file} ${id}`;
    const marked = unescapeUnicode(current.lines.join('\n').trim());
    let text = '';
    const entities: GoldEntity[] = [];
    const mark = /\[\[([A-Z]+) ([^|\]]+)(?:\|([^\]]*))?\]\]/g;
    let last = 0;
    for (const m of marked.matchAll(mark)) {
      text += marked.slice(last, m.index);
      const type = m[1] ?? '';
      const surface = m[2] ?? '';
      if (!TYPES.has(type)) fail(where, `unknown type ${type}`);
      if (surface !== surface.trim()) fail(where, `surface "${surface}" has outer spaces`);
      const e: GoldEntity = {
        start: text.length,
        end: text.length + surface.length,
        type,
        text: surface,
      };
      if (m[3] !== undefined) {
        const norm = parseNorm(`${where} "${surface}"`, type, m[3]);
        if (norm) e.norm = norm;
      }
      text += surface;
      entities.push(e);
      last = m.index + m[0].length;
    }
    text += marked.slice(last);
    if (text.includes('[[') || text.includes(']]')) fail(where, 'unbalanced mark');
    for (const e of entities)
      if (text.slice(e.start, e.end) !== e.text) fail(where, `offset check failed for "${e.text}"`);
    const acronyms = current.acr.map((line) => {
      const [short = '', long = ''] = line.split(' = ').map((s) => unescapeUnicode(s.trim()));
      if (!short || !long) fail(where, `bad @acr line "${line}"`);
      const has = (s: string) => entities.some((e) => e.text === s);
      if (!has(short) || !has(long)) fail(where, `acronym members must be entities: ${line}`);
      return { short, long };
    });
    const rec: GoldRecord = {
      id,
      lang,
      text,
      entities,
      acronyms,
      source: 'synthetic: invented news paragraph written and annotated for depeche',
    };
    if (note.length > 0) rec.note = note.join(' ');
    records.push(rec);
    current = undefined;
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('## ')) {
      flush();
      current = { head: line.slice(3).trim(), lines: [], acr: [] };
    } else if (line.startsWith('@acr ')) {
      if (!current) fail(file, 'acronym line outside a record');
      current.acr.push(line.slice(5));
    } else if (line.startsWith('%')) {
      // comment
    } else if (current) current.lines.push(line);
  }
  flush();
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) fail(file, `duplicate id ${r.id}`);
    ids.add(r.id);
  }
  return records;
}

function main(): number {
  const dir = resolve(process.cwd(), 'test/fixtures/ner');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.src.txt'))
    .sort()) {
    const records = parseSource(readFileSync(join(dir, name), 'utf8'), name);
    const out = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const target = join(dir, name.replace(/\.src\.txt$/, '.jsonl'));
    const n = records.reduce((s, r) => s + r.entities.length, 0);
    let before = '';
    try {
      before = readFileSync(target, 'utf8');
    } catch {
      before = '';
    }
    if (check) {
      if (before !== out) {
        stale++;
        console.error(`${target} is not up to date with ${name}`);
      }
    } else writeFileSync(target, out);
    console.log(`${name}: ${records.length} records, ${n} entities`);
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = main();
