/**
 * A lone machine date written as a UTC instant, and the day the page prints
 * at its title: the reader sees the site's day, and the instant stays exact.
 * Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const LEDE =
  'L’autorité portuaire de Tanger a annoncé mardi l’extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port.';
const SECOND =
  'Les travaux commenceront à l’automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction du port.';

/** A news page whose only machine date is `meta`, with `printed` on the line under its headline. */
function page(meta: string, printed: string): string {
  return `<!doctype html><html lang="fr"><head><title>Le port de Tanger étend son terminal</title>
<meta property="article:published_time" content="${meta}"></head><body>
<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><h1>Le port de Tanger étend son terminal</h1>
<p class="date">${printed}</p>
<p>${LEDE}</p><p>${SECOND}</p></article>
<footer>© 2024 Le Détroit</footer></body></html>`;
}

describe('a UTC instant printed as the next or the previous local day', () => {
  test('the printed day wins, the same instant written at the offset that puts it there', () => {
    const a = parseArticle(page('2018-12-31T23:11:59+00:00', '1 janvier 2019'), { format: 'html' });
    expect(a.publishedAt).toBe('2019-01-01T00:11:59+01:00');
    expect(Date.parse(a.publishedAt ?? '')).toBe(Date.parse('2018-12-31T23:11:59Z'));
    const span = a.spans.publishedAt;
    expect(
      span && page('2018-12-31T23:11:59+00:00', '1 janvier 2019').slice(span.start, span.end),
    ).toBe('1 janvier 2019');
  });

  test('a day behind UTC (the Americas) takes a negative offset', () => {
    const a = parseArticle(page('2019-11-19T03:05:00Z', 'November 18, 2019'), { format: 'html' });
    expect(a.publishedAt).toBe('2019-11-18T23:05:00-04:00');
  });

  test('control: a printed day no zone reaches leaves the machine date as it is', () => {
    const a = parseArticle(page('2018-12-31T12:00:00+00:00', '2 janvier 2019'), { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).not.toBe('2019-01-01');
  });

  test('control: an instant written with its own offset keeps its day', () => {
    const a = parseArticle(page('2018-12-31T23:11:59-05:00', '1 janvier 2019'), { format: 'html' });
    expect(a.publishedAt).not.toBe('2019-01-01T00:11:59+01:00');
  });
});
