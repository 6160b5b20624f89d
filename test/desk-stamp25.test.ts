/**
 * A person's name alone, the author's trade under it, then the desk's name glued to the date
 * (`Ben Silverman` ⏎ `Games Editor` ⏎ `Yahoo FinanceOctober 13, 2016`, as a browser's text prints a
 * header whose desk and date are two inline elements): the person signs, the desk is no author, and
 * the date is still read. Synthetic dump written for this test.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectOneAuthor } from './helpers/checks.js';

const DUMP = [
  'Home',
  'Mail',
  'News',
  'Finance',
  ' ',
  'The harbour office that outlived three empires',
  'Amina Saidi',
  'Senior Reporter',
  'Harbour TimesOctober 13, 2016',
  'Reblog',
  'Share',
  'Tweet',
  '',
  'The clock in the stairwell still runs, although most offices are already empty. Boxes line the corridors, labelled with years and the names of ships that no longer sail.',
  '',
  'The harbour master remembers the winters when ice closed the port for weeks, and the summers when ships queued out into the open sea.',
  '',
  'In the evening the lights go out. The files go to the state archive, the furniture to a school in the next village, and the sign on the door goes home with him.',
  '',
].join('\n');

test('the person over the trade signs, not the desk glued to the date', () => {
  const a = parseArticle(DUMP);
  expectOneAuthor(DUMP, a, 'Amina Saidi');
  expect(a.publishedAt?.slice(0, 10)).toBe('2016-10-13');
  expect(a.paragraphs.map((p) => p.text).join('\n')).not.toContain('Senior Reporter');
});

/** With no trade between them, the line over the stamp is not taken for its author. */
const NO_TRADE = DUMP.replace('Senior Reporter\n', 'Listen to this article\n');

test('a name over another line than the trade does not replace the stamp line', () => {
  expect(parseArticle(NO_TRADE).authors).not.toContain('Amina Saidi');
});
