/**
 * Command-line inputs to a list of files: plain paths, `-` (stdin),
 * directories (walked recursively, sorted, hidden entries left out) and
 * glob patterns (`*`, `?`, `**`) for shells that did not expand them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const GLOB_CHARS = /[*?[]/;

/** Every file under `dir`, sorted, recursively. */
function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path, out);
    else if (e.isFile() || e.isSymbolicLink()) out.push(path);
  }
}

/** Matches one path segment against a glob segment (`*` and `?`), without regular expressions. */
function segmentMatches(pattern: string, name: string): boolean {
  // Classic two-pointer wildcard match: linear in practice, no backtracking blow-up.
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Matches path segments against pattern segments, `**` standing for any number of them. */
function pathMatches(pattern: string[], parts: string[], i = 0, j = 0): boolean {
  if (i === pattern.length) return j === parts.length;
  const seg = pattern[i] as string;
  if (seg === '**') {
    for (let k = j; k <= parts.length; k++) if (pathMatches(pattern, parts, i + 1, k)) return true;
    return false;
  }
  if (j === parts.length) return false;
  return segmentMatches(seg, parts[j] as string) && pathMatches(pattern, parts, i + 1, j + 1);
}

/** Files matching a glob pattern, sorted. */
export function glob(pattern: string): string[] {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (segments.length > 1 && !GLOB_CHARS.test(segments[0] as string))
    fixed.push(segments.shift() as string);
  const base = fixed.length === 0 ? '.' : fixed.join(sep) || sep;
  if (!existsSync(base) || !statSync(base).isDirectory()) return [];
  const all: string[] = [];
  walk(base, all);
  const prefix = base === '.' ? '' : base.endsWith(sep) ? base : base + sep;
  return all.filter((p) => {
    const rel = prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p;
    return pathMatches(segments, rel.split(sep));
  });
}

/** Expands inputs; returns the files and the arguments that matched nothing. */
export function expandInputs(args: string[]): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (arg === '-') files.push(arg);
    else if (existsSync(arg) && statSync(arg).isDirectory()) {
      const before = files.length;
      walk(arg, files);
      if (files.length === before) unmatched.push(arg);
    } else if (!existsSync(arg) && GLOB_CHARS.test(arg)) {
      const found = glob(arg);
      if (found.length === 0) unmatched.push(arg);
      files.push(...found);
    } else files.push(arg); // a missing file is reported when it is read, as an error line
  }
  return { files, unmatched };
}
