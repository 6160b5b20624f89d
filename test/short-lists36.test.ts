/**
 * An information page's lists (issue 10, session 36, blind round 36: a
 * council's page `Apply for a residential parking permit`). Such pages write
 * short sentences and lists of items in small letters with no stop.
 *
 * - The body's tail is trimmed past its last full paragraph at the first short
 *   line, except inside a list a sentence opens (`… you need the following:`).
 *   When that last full paragraph was itself a long item of such a list, the
 *   list's next item (`an email address for reminders`) was cut, and the text
 *   under it with it (w3m). The list now runs on from a long item too; a line
 *   under the list after a blank line is cut as before.
 * - Chromium prints the items one a line with no bullet: a short item over a
 *   longer one with no stop read as a headline over its excerpt cut short, and
 *   three such pairs made the page a listing (no title, no body). A line
 *   opening with a word in small letters heads no listing's unit; capitalised
 *   headlines over cut excerpts still make a listing.
 * - Past the last paragraph of 100 characters or more, the tail was cut at the
 *   next short line: a subheading or a short item, and with it the rest of a
 *   page whose sentences are all short. Items in small letters, line after
 *   line, are now the text's own list, however short, and so is a short line
 *   right over such a list or over the sentence opening one (`What you need`).
 *   A box of capitalised headlines under its label after the article stays out.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body36b/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body36b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body36b/${name}`] ?? '';

describe('a list a sentence opens, with a long item among short ones (w3m)', () => {
  test('the items after the long one, and the sentences under the list, are kept', () => {
    const a = parseArticle(read('list-long-item.w3m.txt'));
    expect(a.title).toBe('Borrow e-books and audiobooks');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'You can borrow up to eight e-books and four audiobooks at a time with your library card, and keep each one for three weeks.',
      'Before you start',
      'To use the lending app you need the following:',
      'a Millbrook library card and its four-digit PIN',
      'a phone, tablet or computer that can run the lending app, which works on most devices bought in the last six years and on every e-reader we sell',
      'an email address for reminders',
      'Loans return themselves on the due date, so there are never any late fees.',
      'Reserved titles are kept for you for three days.',
    ]);
  });

  test('guard: the short lines under a list ending on its long item, after a blank line, stay out', () => {
    const a = parseArticle(read('list-long-item-tail.w3m.txt'));
    expect(a.title).toBe('Summer reading challenge opens in July');
    expect(a.paragraphs.at(-1)?.text).toMatch(/^read six library books over the summer/);
    expect(a.text).not.toMatch(/Storytime|Homework help|Share this page/);
  });
});

describe('lists of items in small letters, no bullets (Chromium)', () => {
  test('the page is an article: its title, its lists and its paragraphs', () => {
    const a = parseArticle(read('list-small-items.chromium.txt'));
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Report a repair in your council home');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Tenants can report most repairs online at any time of day, and we will tell you when a repairs officer can visit.',
      'What to report online',
      'doors and windows that do not lock',
      'leaks from pipes, radiators, taps or toilets that you can stop yourself',
      'broken kitchen units and worktops',
      'Anything else can wait until our officer visits.',
      'What to have ready',
      'your tenancy reference number',
      'photos of the damage, taken in daylight if you can, from two sides',
      'Without them we may have to visit twice.',
      'Who pays',
      'repairs to the building and its fittings',
      'damage caused by you or a visitor, which we will charge you for',
      'We will tell you the cost before any work starts.',
      'For a gas leak, call the national gas emergency line straight away. For a flood, a total loss of power or a door you cannot lock, phone our repairs line, which is open day and night, every day of the year including public holidays.',
    ]);
  });

  test('guard: capitalised headlines over excerpts cut short are still a listing', () => {
    const a = parseArticle(read('list-capital-units.chromium.txt'));
    expect(a.kind).toBe('listing');
  });
});

const TAIL = [
  'What goes in the brown bin',
  'grass cuttings and leaves',
  'hedge trimmings and small branches',
  'plants, weeds and flowers',
  'Put the bin out by 7am on your collection day, with the handle facing the road and the lid closed.',
  'What it costs',
  'first bin: £48 a year',
  'each extra bin: £30 a year',
  'You can pay online or by phone. We will send your bin permit by post within ten working days.',
  'Before you sign up',
  'You will need the following details:',
  'your address and postcode',
  'a debit or credit card',
  'It takes about five minutes to sign up. Your first collection will be within three weeks.',
];

describe('short subheadings and lists past the last long paragraph', () => {
  for (const r of ['chromium', 'w3m']) {
    test(`${r}: the subheadings, their lists and the short sentences under them are kept`, () => {
      const a = parseArticle(read(`short-tail.${r}.txt`));
      expect(a.title).toBe('Garden waste collections');
      expect(a.paragraphs.map((p) => p.text).slice(-TAIL.length)).toEqual(TAIL);
      expect(a.text).not.toMatch(/Apply now|Last updated|Was this page helpful/);
    });
  }

  test('guard: a box of capitalised headlines under its label after the article stays out', () => {
    const a = parseArticle(read('short-tail-related.chromium.txt'));
    expect(a.title).toBe('Garden waste charge to rise by £5');
    expect(a.text).not.toMatch(
      /More on this story|Council tax to rise|Recycling centre|Brown bin|tributes/,
    );
  });
});
