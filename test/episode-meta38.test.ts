/**
 * A podcast episode's meta line over its headline (issue 10, session 38,
 * blind round 38's `de-podcast`: `Folge 87 · 18. Juni 2025 · 54 Min.` gave
 * no date on Chromium, and on w3m and lynx the menu was taken for the title).
 * The episode's number and a separator before the date make the line a date
 * line as a label does (`episodeMarkLength`, `furniture/stamps.ts`;
 * `dateLine`, `article/text/date.ts`), and the headline is the line under it,
 * not the one over it (`chooseTitle`, `article/text/title.ts`). Guard: with
 * the meta line under the headline, the player's link under the meta line is
 * no title.
 *
 * Pages are synthetic, written for these tests in test/fixtures/known38/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known38/${name}`] ?? '';
const URL = 'https://fieldnotesradio.example/episodes/42-why-hedgerows-matter/';

describe.each(['chromium', 'w3m'])('`Episode 42 · date · 38 min` over the headline (%s)', (r) => {
  const a = parseArticle(read(`episode-date.${r}.txt`), { url: URL });

  test('dates the episode; the headline under it is the title', () => {
    expect(a.publishedAt).toBe('2025-03-03');
    expect(a.title).toBe('#42 Why Hedgerows Matter More Than Ever');
    expect(a.paragraphs.map((p) => p.text.slice(0, 24))).toEqual([
      'This week we talk to the',
      'Tom explains how a singl',
      'We also ask what farmers',
    ]);
  });
});

describe('`Épisode 12 · date · 41 min` (French, Chromium)', () => {
  const a = parseArticle(read('episode-date-fr.chromium.txt'), {
    url: 'https://voixduterroir.example/episodes/12-vergers-conservatoires/',
  });

  test('dates the episode', () => {
    expect(a.publishedAt).toBe('2025-02-07');
    expect(a.title).toBe('#12 Le retour des vergers conservatoires');
  });
});

describe('guard: the meta line under the headline, the player under it', () => {
  const a = parseArticle(read('episode-under.chromium.txt'), {
    url: 'https://fieldnotesradio.example/episodes/43-the-return-of-the-water-meadow/',
  });

  test('the headline over the meta line is the title, the download link is not', () => {
    expect(a.title).toBe('#43 The Return of the Water Meadow');
    expect(a.publishedAt).toBe('2025-03-10');
  });
});
