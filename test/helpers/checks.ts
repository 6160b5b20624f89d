/** Assertions shared by the property and hostile-input tests: spans inside the input, slicing back to their fields. */
import { expect } from 'vitest';
import { type Article, type Entity, parseArticle, type TickerItem } from '../../src/index.js';
import { sniffFormat } from '../../src/input/sniff.js';
import { foldLineBreaks } from '../../src/input/wrapped.js';
import { pageUnderByline } from './port-page.js';

/** Checks an article's spans against its input; text dumps slice back exactly. */
export function checkArticle(input: string, a: Article): void {
  const inside = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  };
  for (const p of a.paragraphs) inside(p);
  for (const r of a.related) inside(r);
  for (const it of a.items ?? []) inside(it);
  const { title, standfirst, source, publishedAt } = a.spans;
  for (const s of [title, standfirst, source, publishedAt]) if (s) inside(s);
  for (const s of a.spans.authors) if (s) inside(s);
  if (sniffFormat(input) === 'text') {
    // Text dumps: every field slices back to itself (a hard-wrapped field with its line breaks read as spaces).
    const read = (s: { start: number; end: number }) => foldLineBreaks(input.slice(s.start, s.end));
    for (const p of a.paragraphs) expect(read(p)).toBe(p.text);
    for (const r of a.related) expect(read(r)).toBe(r.title);
    if (title && a.title !== undefined) expect(read(title)).toBe(a.title);
    if (standfirst && a.standfirst !== undefined) expect(read(standfirst)).toBe(a.standfirst);
    if (source && a.source) expect(read(source)).toBe(a.source.name);
  }
}

/** Checks ticker items against their input. */
export function checkTicker(input: string, items: TickerItem[]): void {
  for (const item of items)
    expect(foldLineBreaks(input.slice(item.start, item.end))).toBe(item.text);
  items.forEach((item, k) => {
    if (item.duplicateOf !== undefined) expect(item.duplicateOf).toBeLessThan(k);
  });
}

/** Checks entities against their text. */
export function checkEntities(text: string, entities: Entity[]): void {
  let last = 0;
  for (const e of entities) {
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(last);
    last = e.end;
  }
}

/** Checks that `line`, printed under the port page's byline, dates the article `day` and its span slices back to `written`. */
export function checkDayUnderByline(line: string, day: string, written: string): void {
  const input = pageUnderByline(line);
  const a = parseArticle(input);
  expect(a.publishedAt?.slice(0, 10)).toBe(day);
  const span = a.spans.publishedAt;
  expect(span && input.slice(span.start, span.end)).toBe(written);
}

/** The article names exactly one author, `name`, and its span slices back to it in `input`. */
export function expectOneAuthor(input: string, a: Article, name: string): void {
  expect(a.authors).toEqual([name]);
  const span = a.spans.authors[0];
  expect(span && input.slice(span.start, span.end)).toBe(name);
}

/** The article's standfirst is `deck`, and its span slices `deck` back out of `input` (line breaks read as spaces when `folded`). */
export function expectStandfirst(input: string, a: Article, deck: string, folded = false): void {
  expect(a.standfirst).toBe(deck);
  const span = a.spans.standfirst;
  const sliced = span && input.slice(span.start, span.end);
  expect(folded ? sliced?.replace(/\s+/g, ' ') : sliced).toBe(deck);
}
