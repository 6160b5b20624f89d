/**
 * Where a text page's body starts (session 28): the lede right under the
 * headline stays the body's first paragraph when a box with no prose (a table
 * of contents) parts it from the rest, unless a byline under it makes it the
 * deck; and paragraphs set between pictures credited alone (`Foto: X` over
 * each picture, no caption) are the article's, not captions. Pages are
 * synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectStandfirst } from './helpers/checks.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const LEDE =
  'Longer queues, new cranes and a rail link that is still not finished: what the summer figures say about the port.';

/** The contents box under the lede: a heading and the article's sections, numbered. */
const CONTENTS = [
  'Contents',
  '1. Traffic in the first half',
  '2. New shipping lines',
  '3. Two more cranes',
  '4. The rail link',
  '5. Congestion at the gates',
  '6. The booking system',
  '7. What the carriers say',
  '8. The report on waiting times',
];

/** Blocks a blank line apart: menu, headline, `header` lines, the contents box, the paragraphs, footer. */
function contentsPage(header: string[]): string {
  return [
    ...MENU,
    '',
    TITLE,
    '',
    ...header.flatMap((h) => [h, '']),
    ...CONTENTS,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

describe('a lede over a table of contents', () => {
  test('the lede under the headline opens the body, the contents box stays out', () => {
    const a = parseArticle(contentsPage([LEDE]));
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEDE, ...PARAGRAPHS]);
    expect(a.text).not.toContain('New shipping lines');
    expect(a.standfirst).toBeUndefined();
  });

  test('a deck over the byline stays the standfirst, out of the body', () => {
    const input = contentsPage([LEDE, 'By Karim Benali']);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expectStandfirst(input, a, LEDE);
  });
});

describe('pictures credited alone between paragraphs', () => {
  const credit = (name: string): string => `Foto: ${name}`;

  test('each paragraph under a credit is the article’s', () => {
    const input = [
      ...MENU,
      '',
      TITLE,
      '',
      '12 March 2025',
      '',
      credit('Amina Saidi'),
      '',
      PARAGRAPHS[0],
      '',
      credit('Karim Benali'),
      '',
      PARAGRAPHS[1],
      '',
      credit('Amina Saidi'),
      '',
      PARAGRAPHS[2],
      '',
      PARAGRAPHS[3],
      '',
      ...FOOTER,
    ].join('\n');
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(a.text).not.toContain('Foto:');
  });

  test('a caption over its credit still leaves the body', () => {
    const caption = 'Two new cranes at the container terminal, delivered in May.';
    const input = [
      ...MENU,
      '',
      TITLE,
      '',
      '12 March 2025',
      '',
      PARAGRAPHS[0],
      '',
      PARAGRAPHS[1],
      '',
      caption,
      credit('Amina Saidi'),
      '',
      PARAGRAPHS[2],
      '',
      PARAGRAPHS[3],
      '',
      ...FOOTER,
    ].join('\n');
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});
