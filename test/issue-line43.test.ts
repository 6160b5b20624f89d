/**
 * A newsletter's issue line over its story (round 43w): `MAGHREB PORTS WEEKLY
 * - Issue 212 - 7 December 2026` names the publication and its issue, no
 * author, though it is shaped as a name and its date.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'The Tanger Med port complex handled its ten millionth container of the year on Friday, the first time a port on the African side of the Strait has crossed that mark.',
  'Traffic at the two container terminals rose by 14 per cent over the first eleven months, driven by transshipment for the large alliances.',
];

test('an issue line with its number signs nothing; the byline under the headline does', () => {
  for (const issue of [
    'MAGHREB PORTS WEEKLY - Issue 212 - 7 December 2026',
    'La Lettre du Port | N° 418 | 7 décembre 2026',
  ]) {
    const input = [
      issue,
      '',
      'Tanger Med container traffic passes 10 million boxes',
      '',
      'By Amina Saidi',
      '',
      BODY.join('\n\n'),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.title).toBe('Tanger Med container traffic passes 10 million boxes');
  }
});

test('a name and its date with no issue number still sign (a guard)', () => {
  const input = [
    'Tanger Med container traffic passes 10 million boxes',
    '',
    'Amina Saidi - 7 December 2026',
    '',
    BODY.join('\n\n'),
  ].join('\n');
  expect(parseArticle(input).authors).toEqual(['Amina Saidi']);
});
