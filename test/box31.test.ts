/**
 * A related box between paragraphs of an article (a heading, then headlines):
 * the article's prose goes on under it, even as one paragraph before the footer;
 * a teaser's excerpt or a most-read list under a box stays out.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { LIBRARY_HEAD, LIBRARY_LAST } from './fixtures/library-page.js';

const HEAD = LIBRARY_HEAD;
const LAST = LIBRARY_LAST;
const MORE =
  'A second phase, which will turn the former archive into a room for children and families, is due to start next spring if the budget is approved in March.';
const FOOT = [
  'Advertisement',
  'Share this article',
  'Most Popular',
  'Five Walks Along the River This Summer',
  'The Market Hall Gets a New Roof',
  'Contact us',
  'Privacy policy',
];
const BOX = [
  'Related Coverage',
  'Council Votes to Fund the Library Works',
  'Old Archive Moves to a New Building',
];

const page = (box: readonly string[], tail: readonly string[]) =>
  [...HEAD, ...box, ...tail, ...FOOT].join('\n');
const texts = (input: string) => parseArticle(input).paragraphs.map((p) => p.text);

describe('a lone paragraph after a related box inside the text', () => {
  test('it stays in the body, the box in the related links', () => {
    for (const box of [
      BOX,
      [...BOX, 'Advertisement'],
      [...BOX, 'Advertisement', 'Continue reading the main story'],
      ['À lire aussi', ...BOX.slice(1)],
    ]) {
      const a = parseArticle(page(box, [LAST]));
      expect(a.paragraphs.map((p) => p.text)).toEqual([HEAD[7], HEAD[8], LAST]);
      expect(a.related.map((r) => r.title)).toEqual(BOX.slice(1));
    }
  });

  test('two paragraphs after the box stay, as before', () => {
    expect(texts(page(BOX, [LAST, MORE]))).toEqual([HEAD[7], HEAD[8], LAST, MORE]);
  });

  test("a teaser's excerpts under the box stay out", () => {
    const box = [
      'Related Coverage',
      'Council Votes to Fund the Library Works',
      'The council approved the budget for the works on Tuesday by a large majority.',
      'Old Archive Moves to a New Building',
      'The city archive will move to a former school on the edge of town next year.',
    ];
    for (const tail of [[], ['Advertisement', LAST]]) {
      const got = texts(page(box, tail));
      expect(got).not.toContain(box[2]);
      expect(got).not.toContain(box[4]);
    }
  });

  test('a short appeal under a box is no paragraph of the article', () => {
    const got = texts(page(BOX, ['Tired of adverts?', 'Join our members.', LAST.slice(0, 60)]));
    expect(got).toEqual([HEAD[7], HEAD[8]]);
  });
});

describe('date lines under the headlines of a related box', () => {
  const dated = [
    'Related Coverage',
    'Council Votes to Fund the Library Works',
    'April 8, 2025',
    'Old Archive Moves to a New Building',
    'Jan. 21, 2025',
  ];

  test("each is its headline's date, not a related link", () => {
    for (const tail of [[LAST], [LAST, MORE]]) {
      const a = parseArticle(page(dated, tail));
      expect(a.related.map((r) => r.title)).toEqual([dated[1], dated[3]]);
      expect(a.paragraphs.map((p) => p.text)).toEqual([HEAD[7], HEAD[8], ...tail]);
    }
  });

  test('the article keeps its own date', () => {
    expect(parseArticle(page(dated, [LAST])).publishedAt?.slice(0, 10)).toBe('2025-06-02');
  });
});
