/**
 * A sidebar of latest headlines each closed by its time (`Dinar Steady
 * Against Euro 11:15`), printed right over the article's headline with no
 * blank line between (Chromium's `innerText` of a left sidebar that comes
 * first in the source, blind round 38n's `en-sidebar`): the run is timed, so
 * the headline with no time ends it, as a time-led run (`09:52 Sfax : …`)
 * already ended. The headline is the title, not the ticker's last item.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const sidebar = [
  'Airport Terminal Expansion Approved in Annaba 12:40',
  'Dinar Steady Against Euro in Official Market 11:15',
  'National Team Squad Named for January Friendlies 09:02',
  'Snow Closes Mountain Roads in Kabylie 08:30',
  'Wheat Imports Fall for a Third Month in a Row 07:55',
];
const headline = 'New Rail Line Links Oran to Port of Arzew';
const page = (items: string[]) =>
  [
    ' Tuesday, December 1, 2026',
    'Home | Nation | Business | Africa | Sport | Culture',
    'Latest News',
    ...items,
    headline,
    '',
    'By Lina Mansouri | Published: December 1, 2026 at 09:40',
    '',
    "ORAN – Algeria's railway company on Tuesday opened a new line linking Oran to the port of Arzew, cutting the journey for freight trains to under an hour.",
    'The 40-kilometre line was built over four years and is expected to carry two million tonnes of goods a year, the company said in a statement.',
  ].join('\n');

describe('a run of headlines closed by their times', () => {
  test('guard: five of them (the run long enough before): the ticker holds the five, the headline is the title', () => {
    const text = page(sidebar);
    expect(parseTicker(text).map((i) => i.text)).toEqual(sidebar);
    expect(parseArticle(text).title).toBe(headline);
  });

  test('four of them (no ticker): the headline under them is still the title', () => {
    expect(parseArticle(page(sidebar.slice(0, 4))).title).toBe(headline);
  });

  test('guard: headlines with no times keep their run, the article still signed', () => {
    const untimed = sidebar.map((s) => s.slice(0, s.lastIndexOf(' ')));
    const a = parseArticle(page(untimed));
    expect(a.authors).toEqual(['Lina Mansouri']);
    expect(a.paragraphs[0]?.text.startsWith('ORAN –')).toBe(true);
  });
});
