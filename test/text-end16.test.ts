/**
 * The end of a browser's copy (issue 10): Chromium's `innerText` has no final
 * line break, so a page whose last block is a most-read list stops on a
 * headline with no full stop, as headlines are. Synthetic pages laid out as
 * the probe pages of docs/text-dumps.md print them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const MOST_READ = [
  'Most read',
  [
    'Baccalaureate 2024: exam calendar finally released',
    'Fuel prices fall again at the pump on Monday',
    'Raja announce the departure of their coach',
    'Weather: heavy showers expected in the north this weekend',
    'Property: prices slip in Marrakech',
  ].join('\n'),
];

/** Blocks a blank line apart, as Chromium copies them, with no line break after the last. */
const copied = (blocks: readonly string[]): string => blocks.join('\n\n');

describe('a most-read list last in a copy with no final line break', () => {
  test('is no cut: the article is whole and no truncation is reported', () => {
    const a = parseArticle(copied([...MENU, TITLE, 'By Amina Saidi', ...PARAGRAPHS, ...MOST_READ]));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS]);
    expect(a.warnings.filter((w) => w.startsWith('truncated'))).toEqual([]);
  });

  test('a paragraph cut short under the title still warns, list or not', () => {
    const cut = 'The authority said it would publish the figures';
    const a = parseArticle(copied([...MENU, TITLE, 'By Amina Saidi', ...PARAGRAPHS, cut]));
    expect(a.warnings).toContain('truncated: the input stops mid-sentence');
  });
});
