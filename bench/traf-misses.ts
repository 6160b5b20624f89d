/**
 * Where the trafilatura set's segments go wrong on the text renders: each
 * `with` segment parseArticle's text misses and each `without` segment it
 * keeps, placed against the output (the title, the standfirst, before the
 * body's first paragraph, after its last, inside its span, not printed by the
 * renderer at all; an extra one at the body's top, middle or bottom). Tune
 * pages are listed one by one; check pages are only counted (tune on tune:
 * never read a check page's text or output).
 *
 *   npm run eval:misses                          # every renderer: tune pages, then tune and check totals
 *   npm run eval:misses -- --renderer=lynx --totals
 *   npm run eval:misses -- --chance              # also how far a third of tune falls from the rest by chance
 *   DEPECHE_CORPUS=/data/corpus npm run eval:misses
 */
import { existsSync } from 'node:fs';
import { parseArticle } from '../src/article/parse-article.js';
import type { Article } from '../src/types.js';
import { type TrafGold, trafilatura } from './html-corpus.js';
import { segmentCounts, squash } from './html-metrics.js';
import { prng } from './prng.js';
import { RENDERERS, type Renderer, splitOf, textifiedRoot, textPages } from './textified-corpus.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const renderers = (opt('renderer')?.split(',') ?? [...RENDERERS]) as Renderer[];
const totalsOnly = args.includes('--totals');
const chance = args.includes('--chance');

if (!existsSync(textifiedRoot)) {
  console.error(
    `eval:misses: no textified corpus at ${textifiedRoot}.\nSet DEPECHE_CORPUS to the folder holding textified/ and html/.`,
  );
  process.exit(2);
}

/** `text` with its runs of white space read as one space, as `squash` reads it, and each character's offset in `text`. */
interface Flat {
  flat: string;
  at: number[];
}
function flatten(text: string): Flat {
  let flat = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      space = flat.length > 0;
      continue;
    }
    if (space) {
      flat += ' ';
      at.push(i - 1);
      space = false;
    }
    flat += c;
    at.push(i);
  }
  return { flat, at };
}

/** The offset in the page's text where segment `s` is printed, or -1. */
function offsetOf(s: string, page: Flat): number {
  const k = page.flat.indexOf(squash(s));
  return k < 0 ? -1 : (page.at[k] ?? -1);
}

/** Where a missed `with` segment stands. */
function missPlace(s: string, page: Flat, a: Article): string {
  const q = squash(s);
  const title = squash(a.title ?? '');
  if (title && (title.includes(q) || q.includes(title))) return 'title';
  if (a.standfirst && squash(a.standfirst).includes(q)) return 'standfirst';
  const at = offsetOf(s, page);
  if (at < 0) return 'not printed';
  const first = a.paragraphs[0];
  const last = a.paragraphs[a.paragraphs.length - 1];
  if (!first || !last) return 'no body';
  return at < first.start ? 'before' : at >= last.end ? 'after' : 'inside';
}

/** Where a kept `without` segment stands among the body's paragraphs (the first place the page prints it). */
function extraPlace(s: string, page: Flat, a: Article): string {
  const at = offsetOf(s, page);
  const k = a.paragraphs.findIndex((p) => p.start <= at && at < p.end);
  if (k < 0) return 'outside its print';
  return k <= 1 ? 'top' : k >= a.paragraphs.length - 2 ? 'bottom' : 'middle';
}

/** A page's counts as the metric sums them. */
type Counts = [tp: number, fp: number, fn: number];
const f1 = (pages: readonly Counts[]): number => {
  let tp = 0;
  let wrong = 0;
  for (const [t, p, n] of pages) {
    tp += t;
    wrong += p + n;
  }
  return (2 * tp) / Math.max(1, 2 * tp + wrong);
};

/** The shape of a page's score: perfect, misses only, extras only, both, every `with` missed. */
function pageKind([tp, fp, fn]: Counts): string {
  if (tp === 0) return 'all missed';
  if (fp === 0 && fn === 0) return 'perfect';
  return fp > 0 && fn > 0 ? 'both' : fn > 0 ? 'misses only' : 'extras only';
}

const gold = new Map<string, TrafGold>(trafilatura().map((p) => [p.id, p.gold]));
const lines: string[] = [];
for (const renderer of renderers) {
  const totals = { tune: new Map<string, number>(), check: new Map<string, number>() };
  const tunePages: Counts[] = [];
  for (const page of textPages(renderer, 'trafilatura')) {
    const g = gold.get(page.key);
    if (!g) continue;
    const part = splitOf(page.key);
    const t = totals[part];
    const inc = (k: string): void => {
      t.set(k, (t.get(k) ?? 0) + 1);
    };
    const a = parseArticle(page.text, page.url ? { url: page.url } : {});
    const out = squash(a.text);
    const c = segmentCounts(a.text, g);
    const counts: Counts = [c.tp, c.fp, c.fn];
    if (part === 'tune') tunePages.push(counts);
    inc('pages');
    inc(`page ${pageKind(counts)}`);
    const notes: string[] = [];
    const flat = flatten(page.text);
    for (const s of g.with) {
      if (out.length > 0 && out.includes(squash(s))) continue;
      const place = missPlace(s, flat, a);
      inc(`missed ${place}`);
      notes.push(`    missed [${place}] ${squash(s).slice(0, 100)}`);
    }
    for (const s of g.without) {
      if (out.length === 0 || !out.includes(squash(s))) continue;
      const place = extraPlace(s, flat, a);
      inc(`extra ${place}`);
      notes.push(`    extra [${place}] ${squash(s).slice(0, 100)}`);
    }
    if (part === 'tune' && !totalsOnly && notes.length > 0) {
      lines.push(`${renderer} ${page.key} (${a.paragraphs.length} paragraphs) ${page.url ?? ''}`);
      lines.push(...notes);
    }
  }
  for (const part of ['tune', 'check'] as const) {
    const t = totals[part];
    const cells = [...t.entries()].sort(([x], [y]) => x.localeCompare(y));
    lines.push(`${renderer} ${part}: ${cells.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  if (chance) {
    // A third of tune against the other two thirds, drawn at random: the gap the split alone gives.
    const rand = prng(42);
    const gaps: number[] = [];
    const third = Math.round(tunePages.length / 3);
    for (let i = 0; i < 2000; i++) {
      const order = tunePages.map((p) => ({ p, r: rand() })).sort((x, y) => x.r - y.r);
      const small = order.slice(0, third).map((x) => x.p);
      const big = order.slice(third).map((x) => x.p);
      gaps.push(f1(big) - f1(small));
    }
    gaps.sort((x, y) => x - y);
    const mean = gaps.reduce((s, x) => s + x, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((s, x) => s + (x - mean) ** 2, 0) / gaps.length);
    const p95 = gaps[Math.floor(0.95 * gaps.length)] ?? 0;
    lines.push(
      `${renderer} chance: two thirds of tune minus one third, sd ${sd.toFixed(3)}, 95th percentile ${p95.toFixed(3)}`,
    );
  }
}
console.log(lines.join('\n'));
