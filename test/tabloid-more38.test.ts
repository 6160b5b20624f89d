/**
 * A tabloid's inline `MORE: <headline>` links between paragraphs (issue 10,
 * session 38, blind round 38b: a UK tabloid article, all three renders). The
 * label was no related label: the first link stayed as a paragraph and the
 * second ended the body, losing the paragraph under it. `More:` with its
 * colon and a headline of a few words after it now opens a related link
 * (`RELATED_LABELS`, `article/profiles/generic.ts`); a sentence opening `More
 * than …` stays, and a section's name after the label (`More: Trending`) is
 * no headline.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38b/.
 */
import { describe, expect, test } from 'vitest';
import { relatedLineAt } from '../src/article/recognisers/related.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38b/${name}`] ?? '';

describe('`MORE:` links between a tabloid article’s paragraphs (w3m)', () => {
  const a = parseArticle(read('more-links.w3m.txt'), {
    url: 'https://www.eveninglantern.example/news/2025/07/02/dad-stunned-airline-charges-seat-toddler/',
  });

  test('the links leave the body, which runs on to its last paragraph', () => {
    expect(a.title).toBe('Dad stunned as airline charges £90 to seat his toddler next to him');
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'A STUNNED dad has hit out at a',
      'Gareth Lowe, 38, was checking ',
      '"I assumed it was a glitch," h',
      'The airline said families are ',
      'Gareth says he paid in the end',
    ]);
  });

  test('they are the article’s related links', () => {
    expect(a.related.map((r) => r.title)).toEqual([
      'Holidaymakers face new fees for cabin bags from next month',
      'Passengers stranded for nine hours after plane diverted to Bristol',
    ]);
  });
});

describe('guard: `More than …` opens a sentence of the article (w3m)', () => {
  const a = parseArticle(read('more-sentence.w3m.txt'), {
    url: 'https://www.eveninglantern.example/money/2025/07/02/shoppers-rush-garden-chairs-price-cut/',
  });

  test('the sentence stays, and the paragraph under it', () => {
    expect(a.title).toBe('Shoppers rush to buy garden chairs after price cut');
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'SHOPPERS have been queuing sin',
      'The set of four usually costs ',
      'More than 3,000 sets were sold',
      'One shopper in Leeds said she ',
    ]);
    expect(a.related).toEqual([]);
  });
});

describe('guard: a one-word label with its colon links a headline, not a section’s name', () => {
  test('`More: Trending` is no related link; `More: <headline>` is', () => {
    const line = (s: string) => relatedLineAt(s, 0, s.length);
    expect(line('More: Trending')).toBe(false);
    expect(line('MORE: Council sends 1,200 parking tickets by mistake')).toBe(true);
  });
});
