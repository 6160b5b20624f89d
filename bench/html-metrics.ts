/**
 * Each benchmark's own metric, as `../shared/corpus/README.md` states them,
 * plus the lenient field comparisons used on Readability's test pages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** ScrapingHub: multiset of 4-token shingles (`\w+` tokens; one shingle for short texts). */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const n = Math.max(1, tokens.length - 3);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page precision and recall of the predicted body against the gold body. */
export function shinglePR(pred: string, gold: string): { p: number; r: number } {
  const a = shingles(pred);
  const b = shingles(gold);
  let tp = 0;
  let predTotal = 0;
  let goldTotal = 0;
  for (const v of b.values()) goldTotal += v;
  for (const [k, v] of a) {
    predTotal += v;
    tp += Math.min(v, b.get(k) ?? 0);
  }
  return { p: predTotal === 0 ? 0 : tp / predTotal, r: goldTotal === 0 ? 0 : tp / goldTotal };
}

/** Whitespace collapsed to single spaces, trimmed. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** trafilatura: counts of `with` segments found (tp) or missed (fn), `without` segments found (fp). */
export function segmentCounts(
  text: string,
  gold: { with: string[]; without: string[] },
): { tp: number; fn: number; fp: number } {
  const t = squash(text);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const s of gold.with) {
    if (t.length > 0 && t.includes(squash(s))) tp++;
    else fn++;
  }
  for (const s of gold.without) if (t.length > 0 && t.includes(squash(s))) fp++;
  return { tp, fn, fp };
}

/** `YYYY-MM-DD` at the start of an ISO-like string, else undefined. */
export function dayOf(s: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Lower case, NFKC, one kind of quote and dash, spaces collapsed. */
export function norm(s: string): string {
  return squash(
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
      .replace(/[\u2010-\u2015]/g, '-'),
  );
}

/** Same title: equal once normalised, or one contains the other and covers 60 % of it (a kept or dropped `| Site` suffix). */
export function sameTitle(
  pred: string | null | undefined,
  gold: string | null | undefined,
): boolean {
  const a = norm(pred ?? '');
  const b = norm(gold ?? '');
  if (a === b) return true;
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.6 * long.length;
}

const BY = /^(?:by|par|written by|von|de)\s*:?\s+/;

/** Same byline: every predicted name appears in the gold byline (`By` dropped); both empty counts. */
export function sameByline(pred: string[], gold: string | null | undefined): boolean {
  const g = norm(gold ?? '').replace(BY, '');
  const names = pred.map(norm).filter((n) => n.length > 0);
  if (g.length === 0) return names.length === 0;
  if (names.length === 0) return false;
  return names.every((n) => g.includes(n.replace(BY, '')));
}

/** F1 of precision and recall; 0 when both are 0. */
export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
