/**
 * The text body's early stop (issue 10's speed work): the region chooser stops
 * weighing blocks once nothing left on the page can outweigh the best run. That
 * stop must never change which run is chosen, also when an embedded post's
 * attribution line (`— Jane Doe (@janedoe) February 17, 2020`) carries the
 * run below it. The page is synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/** A sentence of prose of exactly `n` characters about `topic`: function words, a clause, a full stop. */
function prose(n: number, topic: string): string {
  const words =
    `the council said that ${topic} would open in the spring, and that the work on the old bridge was going to be done by the town with the help of the region and of its people, who have waited for it for years and will be glad to see it`.split(
      ' ',
    );
  let s = '';
  for (let i = 0; s.length < n - 1; i++) s += (s ? ' ' : '') + words[i % words.length];
  s = s.slice(0, n - 1).trimEnd();
  while (s.length < n - 1) s += 's';
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

const MENU = [
  'Home',
  'News',
  'Sport',
  'Culture',
  'Weather',
  'Travel',
  'Video',
  'Opinion',
  'Music',
  'Books',
  'Science',
  'Money',
  'Health',
  'Style',
  'Food',
  'Cars',
  'Games',
  'Jobs',
  'Homes',
  'Events',
  'Podcasts',
  'Archive',
  'Contact',
  'About',
  'Shop',
];

const ATTRIBUTION =
  '— Jane Doe, who runs the harbour museum in the old town (@janedoe) February 17, 2020';

describe('the body is the heaviest run, however far down the page', () => {
  // A lone paragraph over a long menu, then an article quoting a post: its two paragraphs alone weigh a little
  // less than the lone one, with the post's attribution a little more.
  const page = [
    prose(400, 'the harbour'),
    '',
    ...MENU,
    '',
    prose(250, 'the museum'),
    '',
    ATTRIBUTION,
    '',
    prose(145, 'the library'),
  ].join('\n');

  test('the article quoting the post is the body, not the lone paragraph above the menu', () => {
    const a = parseArticle(page, { format: 'text' });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain(prose(250, 'the museum'));
    expect(texts).toContain(prose(145, 'the library'));
    expect(texts).not.toContain(prose(400, 'the harbour'));
  });
});
