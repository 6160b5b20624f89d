/**
 * Invisible characters inside words (a page's `&shy;` soft hyphens and
 * `&#8203;` zero-width spaces, which a browser's copy keeps) are read as if
 * absent: the labels and names they split are found. Fields are given
 * without them, their spans still cover the input's own characters.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const SHY = '\u00ad';
const ZWSP = '\u200b';

const PAGE = [
  'Accueil',
  'Économie',
  '',
  `Les pêcheurs d’Essa${SHY}ouira réclament un nouveau port de débar${SHY}quement`,
  '',
  `Pub${SHY}lié le 12 fév${SHY}rier 2025 à 10h30`,
  `Par Hélène Bér${ZWSP}rada`,
  '',
  `Les pêcheurs artisa${SHY}naux d’Essaouira ont réclamé mercredi la construction d’un nouveau port de débarque${SHY}ment, l’actuel étant saturé dès l’aube par les barques et les camions frigorifiques.`,
  '',
  'Selon l’association des marins, près de quatre cents barques se partagent aujourd’hui un quai prévu pour deux cents, ce qui allonge l’attente et dégrade la qualité du poisson débarqué.',
  '',
].join('\n');

const visible = (s: string): string => s.replace(/[\u00ad\u200b]/gu, '');

describe('soft hyphens and zero-width spaces inside words', () => {
  const a = parseArticle(PAGE);

  test('the date line and the byline are read through them', () => {
    expect(a.publishedAt).toBe('2025-02-12T10:30');
    expect(a.authors).toEqual(['Hélène Bérrada']);
  });

  test('the title and the body are given without them', () => {
    expect(a.title).toBe('Les pêcheurs d’Essaouira réclament un nouveau port de débarquement');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      visible(PAGE.split('\n')[8] ?? ''),
      PAGE.split('\n')[10],
    ]);
  });

  test("each field's span covers the input's characters, invisible ones included", () => {
    for (const p of a.paragraphs) expect(visible(PAGE.slice(p.start, p.end))).toBe(p.text);
    const t = a.spans.title;
    expect(t && visible(PAGE.slice(t.start, t.end))).toBe(a.title);
    const s = a.spans.authors[0];
    expect(s && visible(PAGE.slice(s.start, s.end))).toBe('Hélène Bérrada');
  });
});

describe('an invisible character opening a line', () => {
  test("the paragraph's span starts after it: its slice is its text", () => {
    const text = PAGE.replace('Selon l’association', '\u200bSelon l’association');
    const a = parseArticle(text);
    const p = a.paragraphs.find((x) => x.text.startsWith('Selon'));
    expect(p && text.slice(p.start, p.end)).toBe(p?.text);
  });

  test("a byte-order mark opening the dump is no part of the first field's span (guard)", () => {
    const a = parseArticle(`\ufeff${PAGE}`);
    const t = a.spans.title;
    expect(t?.start).toBe(PAGE.indexOf('Les pêcheurs') + 1);
    expect(a.title).toBe('Les pêcheurs d’Essaouira réclament un nouveau port de débarquement');
  });
});
