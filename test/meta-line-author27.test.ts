/**
 * A blog post's meta line under its headline: the date, the author's name, and
 * then the post's comment count or its categories on the same line
 * (`12. März 2021 Jonas Keller 4 Kommentare`, `March 3, 2020 Laura Brenner 0`,
 * `5. April 2022 Stefan Braun Netzwerk, Linux 3`). The name is the author; the
 * count and the categories are not part of it. A section's name after the date
 * (no known first name) names nobody.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'Die Gemeinde hat am Montagabend beschlossen, die alte Turnhalle bis zum Herbst zu sanieren und danach wieder für die Vereine zu öffnen.',
  'Der Umbau soll nach Angaben der Verwaltung rund zwei Millionen Euro kosten, einen Teil davon übernimmt das Land aus seinem Förderprogramm.',
  'Die Vereine hatten seit Jahren auf eine Lösung gedrängt, weil ihre Mannschaften in die Nachbarorte ausweichen mussten.',
];

function page(meta: string): string {
  return ['Mein Blog', 'Start', 'Archiv', 'Die Turnhalle wird saniert', meta, '', ...BODY].join(
    '\n',
  );
}

test('a date, the name and its comment count: the name is the author', () => {
  const a = parseArticle(page('12. März 2021 Jonas Keller 4 Kommentare'));
  expect(a.authors).toEqual(['Jonas Keller']);
  expect(a.publishedAt?.slice(0, 10)).toBe('2021-03-12');
});

test('a date, the name and a bare count (the comments icon not printed)', () => {
  const a = parseArticle(page('March 3, 2020 Laura Brenner 0'));
  expect(a.authors).toEqual(['Laura Brenner']);
});

test("a date, the name, the post's categories and its count: the categories are no part of the name", () => {
  const a = parseArticle(page('5. April 2022 Stefan Braun Netzwerk, Linux 3'));
  expect(a.authors).toEqual(['Stefan Braun']);
});

test('a date and a section with its count name nobody', () => {
  const a = parseArticle(page('5. April 2022 Lokales Sport 3'));
  expect(a.authors).toEqual([]);
});

test('a date, a name and a place after a comma name nobody (no category list)', () => {
  const a = parseArticle(page('5. April 2022 Stefan, Berlin'));
  expect(a.authors).toEqual([]);
});

test("a date with its time and the clock's word (`Uhr`), then the name and its count", () => {
  const a = parseArticle(page('7.3.2021 9:40 Uhr Jonas Keller 12 Kommentare'));
  expect(a.authors).toEqual(['Jonas Keller']);
});

test("a date, the labelled name and the post's categories after a slash: the categories are no part of the name", () => {
  const a = parseArticle(page('12. März 2021 by Laura Brenner / Kategorien: Sport, Lokales'));
  expect(a.authors).toEqual(['Laura Brenner']);
});
