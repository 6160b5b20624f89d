/**
 * No-break and thin spaces inside a printed date (French typography, and
 * what a browser's `innerText` keeps of `&nbsp;`): the date reads as it does
 * with plain spaces, and its span still slices back to the date as printed.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'Le conseil communal de la ville a adopté lundi soir le budget de l’année prochaine, après une séance de plus de quatre heures marquée par de longs échanges entre la majorité et l’opposition.',
  'Le document prévoit une hausse des dépenses d’investissement, consacrées pour l’essentiel à la réfection de la voirie et à l’extension du réseau d’éclairage public dans les quartiers périphériques.',
  'L’opposition a voté contre, estimant que les recettes attendues de la fiscalité locale avaient été surestimées et que plusieurs projets annoncés l’an dernier n’avaient toujours pas commencé.',
];

function page(dateLine: string): string {
  return [
    'Accueil',
    'Régions',
    'Économie',
    '',
    'Le conseil communal adopte le budget de l’année prochaine',
    '',
    dateLine,
    '',
    BODY.join('\n\n'),
    '',
  ].join('\n');
}

describe('a date printed with no-break spaces', () => {
  for (const [name, line, iso] of [
    ['no-break spaces', 'Publié le 2\u00a0mai\u00a02023 à 10:30', '2023-05-02T10:30'],
    ['narrow no-break spaces', 'Publié le 2\u202fmai\u202f2023', '2023-05-02'],
    ['an English date', 'Published May\u00a02,\u00a02023', '2023-05-02'],
  ] as const) {
    test(`${name}: the same day as with plain spaces, its span on the printed date`, () => {
      const input = page(line);
      const article = parseArticle(input);
      expect(article.publishedAt).toBe(iso);
      const span = article.spans.publishedAt;
      expect(span && input.slice(span.start, span.end)).toBe(line.slice(line.search(/[0-9M]/u)));
    });
  }
});
