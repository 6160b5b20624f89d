/** A menu printed on one line of sections' names only (no home word) is no headline over a deck. */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'The city council voted on Tuesday evening to keep the night bus running through the winter, after a petition signed by more than four thousand residents.',
  'The service had been due to stop at the end of October because of a gap in the transport budget, which the council will now fill from its reserves.',
  'Drivers welcomed the decision, though their union said the timetable still left the eastern districts without a bus after one in the morning.',
];

function page(mast: string, menu: string, headline: string): string {
  return [
    mast,
    menu,
    '',
    headline,
    '',
    'By Ruth Calder',
    '',
    '4 November 2026',
    '',
    ...BODY.flatMap((p) => [p, '']),
  ].join('\n');
}

describe('a one-line menu of sections', () => {
  test('is not taken for the headline, the headline is not taken for a deck', () => {
    const a = parseArticle(
      page(
        'The Valley Courier',
        'News Sport Business Culture Opinion',
        'Night bus saved for the winter after residents sign a petition',
      ),
    );
    expect(a.title).toBe('Night bus saved for the winter after residents sign a petition');
    expect(a.standfirst).toBeUndefined();
  });
  test('in French too', () => {
    const a = parseArticle(
      page(
        'Le Courrier du Val',
        'Actualité Politique Économie Sport Culture Opinions',
        'Le bus de nuit sauvé par une pétition des habitants',
      ),
    );
    expect(a.title).toBe('Le bus de nuit sauvé par une pétition des habitants');
  });
  test('guard: a headline of capitalised words naming no section stays the headline over its deck', () => {
    const input = [
      'The Valley Courier',
      '',
      'Council Keeps Night Bus Running Through Winter',
      '',
      'Residents gathered four thousand signatures in two weeks to save the service',
      '',
      'By Ruth Calder',
      '',
      '4 November 2026',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe('Council Keeps Night Bus Running Through Winter');
  });
});
