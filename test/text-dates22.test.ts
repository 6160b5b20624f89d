/**
 * Dates spelled with commas or a weekday inside (`26, Abril, 2022`, `Dec 28
 * Sat 2013`, `Jan.25, 2017`, `Nov, 29, 2016`) date a text dump as they date an
 * HTML page. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { findDates } from '../src/dates/find-dates.js';
import { checkDayUnderByline } from './helpers/checks.js';

describe('dates spelled with commas or a weekday, on text dumps', () => {
  test.each([
    ['Tangier, 26, Abril, 2022 7:43 p.m.', '2022-04-26', '26, Abril, 2022 7:43 p.m.'],
    ['Posted Dec 28 Sat 2013', '2013-12-28', 'Dec 28 Sat 2013'],
    ['Updated Jan.25, 2017', '2017-01-25', 'Jan.25, 2017'],
    ['Tuesday, Nov, 29, 2016', '2016-11-29', 'Nov, 29, 2016'],
  ])('%s dates the article, its span on the date', (line, day, written) => {
    checkDayUnderByline(line, day, written);
  });

  test('control: one comma is no day (`Heft 10, Oktober 2012`)', () => {
    expect(findDates('Heft 10, Oktober 2012')).toEqual([]);
  });

  test('control: a weekday that is no weekday name leaves the line undated', () => {
    expect(findDates('Dec 28 Sam 2013')).toEqual([]);
  });
});
