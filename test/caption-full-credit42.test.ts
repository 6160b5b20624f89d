/**
 * A picture's caption closed by its credit label written out in full
 * (`… rebuilt in 1911. Photograph: Tom Aldous`, the Guardian's way), printed
 * by Chromium between two paragraphs with nothing to mark the picture, is
 * the caption's, not the story's (round 42e). Guard: a sentence of the
 * story naming a photograph, with no stop before the word, stays.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { ferryPage } from './helpers/ferry-page.js';

const PAGE = (middle: string) =>
  ferryPage(
    [
      'Four families have run the crossing since 1890. The boats have changed three times in that time, the timetable almost never, and the fare only when the council insisted.',
    ],
    middle,
  );

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a caption closed by a credit label written out in full', () => {
  test('`… . Photograph: Name` between paragraphs leaves the body', () => {
    const caption =
      'The Mary Ellen at Tregaron Quay, built in 1954 and still in service. Photograph: Lena Pryce';
    const body = squash(parseArticle(PAGE(caption)).text);
    expect(body).toContain('Four families have run the crossing since 1890.');
    expect(body).toContain('Passengers are fewer than they were');
    expect(body).not.toContain('Photograph: Lena Pryce');
  });

  test('guard: a sentence of the story naming a photograph stays', () => {
    const sentence = 'She showed me the photograph: her grandfather at the tiller in 1931.';
    const body = squash(parseArticle(PAGE(sentence)).text);
    expect(body).toContain(sentence);
  });
});
