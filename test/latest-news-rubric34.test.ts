/**
 * A latest-news block over an article whose rubric (`Business`, `Économie`)
 * stands between the block and the headline: the block's last line is a
 * headline of the block, not the article's title. Found by blind round 34.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const block = [
  'Latest News',
  'Ras Al Khaimah opens a new desalination plant for its northern towns',
  'Ajman court sets date for the property fraud hearing',
  'Gold prices ease after a record week in the Dubai souk',
  'Umm Al Quwain marina expansion to be completed in June',
  'New bus route links Al Ain with the Abu Dhabi airport',
  'Fishing season opens early off the Kalba coast',
];

const page = (between: string[]) =>
  [
    'The Coastal Courier',
    'Home',
    'UAE',
    'World',
    ...block,
    ...between,
    'By Omar Haddad',
    'Published: Fri 4 Dec 2026, 9:10 AM',
    'The emirate’s ports authority said on Friday that container traffic rose by a tenth in the first eleven months of the year, helped by new shipping lines to East Africa.',
    'Officials expect the trend to continue next year as a second terminal opens.',
  ].join('\n');

describe('a rubric between a latest-news block and the headline', () => {
  test('the block keeps its last headline; the title is the line under the rubric', () => {
    const input = page(['Business', 'Port traffic rises by a tenth on new East Africa lines']);
    expect(parseTicker(input).map((i) => i.text)).toEqual(block.slice(1));
    const a = parseArticle(input);
    expect(a.title).toBe('Port traffic rises by a tenth on new East Africa lines');
    expect(a.authors).toEqual(['Omar Haddad']);
  });

  test('guard: with the headline right under the block, the last line is the title, not a headline', () => {
    const input = page(['Port traffic rises by a tenth on new East Africa lines']);
    expect(parseTicker(input).map((i) => i.text)).toEqual(block.slice(1));
    expect(parseArticle(input).title).toBe(
      'Port traffic rises by a tenth on new East Africa lines',
    );
  });

  test('guard: the headline closing the block over a short name line and its date is the title', () => {
    const input = [
      'The Coastal Courier',
      'Home',
      ...block,
      'Port traffic rises by a tenth on new East Africa lines',
      'Omar Haddad',
      '4 December 2026',
      'The emirate’s ports authority said on Friday that container traffic rose by a tenth in the first eleven months of the year, helped by new shipping lines to East Africa.',
    ].join('\n');
    expect(parseTicker(input).map((i) => i.text)).toEqual(block.slice(1));
  });
});
