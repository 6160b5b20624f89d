/**
 * A menu's teaser list whose units each open with a kicker and a relative time
 * (`Celebrity Finanzen vor 2 Stunden` ⏎ headline) names no author: three such
 * lines or more are the list's, not the page's byline. Synthetic w3m-shaped
 * dump written for this test.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const unit = (kicker: string, stamp: string, headline: string) =>
  `    https://example.de/a/${kicker.length}\n    ${kicker} ${stamp}\n\n    ${headline}\n`;

const DUMP = [
  '  * Aktuell',
  '  * Promis',
  unit('Celebrity Finanzen', 'vor 2 Stunden', 'Die sparsamsten Stars aus Hollywood'),
  unit('Lifestyle Berufe', 'vor 3 Stunden', 'Zehn Berufe, die es bald nicht mehr gibt'),
  unit('Movies Rollen', 'vor 5 Stunden', 'Rollen, die fast an andere gingen'),
  unit('Music Todesfälle', 'vor 6 Stunden', 'Abschied von einer Legende des Rock'),
  '',
  'Das passiert mit dem Körper, wenn wir Angst haben',
  '',
  '30/10/23 | Redaktion',
  '',
  'Die Angst ist ein unausweichlicher Bestandteil der menschlichen Erfahrung. Obwohl sie in der Regel als eine unerwünschte Emotion betrachtet wird, gibt es Menschen, die sie aktiv suchen.',
  '',
  'Angst ist, wirft man einen Blick auf unsere Evolution, ein uraltes Phänomen. Sie ist es sogar, der wir unseren Erfolg als Spezies zu verdanken haben, sagen Forschende.',
  '',
  'Wenn wir uns fürchten, schüttet der Körper Stresshormone aus, das Herz schlägt schneller und die Muskeln spannen sich an, bereit zur Flucht oder zum Kampf.',
  '',
].join('\n');

test('kicker lines with relative times in a teaser list name no author', () => {
  const a = parseArticle(DUMP);
  expect(a.title).toBe('Das passiert mit dem Körper, wenn wir Angst haben');
  expect(a.authors).not.toContain('Celebrity Finanzen');
  expect(a.authors.every((x) => !/Lifestyle|Movies|Music/u.test(x))).toBe(true);
});
