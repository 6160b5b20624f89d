/**
 * A text's ISO date with seconds and a zone (`2026-03-14T10:32:00+01:00`: a feed's or a reader service's time line,
 * a CMS's stamp printed as text) keeps them, as the HTML path keeps them from metadata; before session 44 the text
 * path cut it to `2026-03-14T10:32` (no data silently lost).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PROSE = [
  "Le port de Tanger Med a traité plus de neuf millions de conteneurs en 2025, selon le bilan publié jeudi par l'autorité portuaire, une hausse de 8,4 % sur un an.",
  'Le directeur général a salué une année de records lors de la conférence de presse tenue à Tanger, en présence des principaux opérateurs du terminal.',
  "Les travaux d'extension du terminal à conteneurs doivent débuter au second semestre, selon le communiqué publié par l'autorité.",
];

function page(dateLine: string): string {
  return ['Tanger Med dépasse les neuf millions de conteneurs', dateLine, '', ...PROSE].join('\n');
}

describe('an ISO time line in a text dump', () => {
  test.each([
    ['2026-03-14T10:32:00+01:00', '2026-03-14T10:32:00+01:00'],
    ['2026-03-14T10:32:05Z', '2026-03-14T10:32:05Z'],
    ['2026-03-14 10:32:05', '2026-03-14T10:32:05'],
    ['2026-03-14T10:32:00.000+0100', '2026-03-14T10:32:00+01:00'],
    ['2026-03-14T10:32', '2026-03-14T10:32'],
    ['2026-03-14', '2026-03-14'],
  ])('%s dates the page as %s', (line, iso) => {
    const input = page(line);
    const a = parseArticle(input);
    expect(a.publishedAt).toBe(iso);
    const span = a.spans.publishedAt;
    expect(span && input.slice(span.start, span.end)).toBe(line);
  });

  test('a clock that is no clock keeps the minute only', () => {
    expect(parseArticle(page('2026-03-14T10:32:75+01:00')).publishedAt).toBe('2026-03-14T10:32');
  });
});
