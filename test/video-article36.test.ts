/**
 * A video article as crawlers copy it (blind round 36d): headline `Watch:
 * …`, byline and date line, the player's labels (`Play Video`, `Current Time
 * 0:00`, `/`, `Duration 1:52`, `Loaded: 0%`, `Fullscreen`), a caption of two
 * short sentences as the only text, then `More videos` over running times and
 * headlines. It was read as a listing of the related videos.
 */
import { describe, expect, test } from 'vitest';
import { isPlayerLine } from '../src/furniture/player.js';
import { parseArticle } from '../src/index.js';

const caption = [
  'Strong winds tore the roof off a school gym in the port city on Sunday night.',
  'Nobody was hurt and classes will resume in another building on Tuesday.',
];
const player = [
  'Play Video',
  'Play',
  'Mute',
  'Current Time 0:00',
  '/',
  'Duration 1:52',
  'Loaded: 0%',
  'Fullscreen',
];
const more = [
  'More videos',
  '01:20',
  'Harbour cranes halted as gusts reach 90 km/h',
  '02:05',
  'Farmers count the cost of a dry autumn',
  '03:41',
  'Inside the new ferry terminal',
];

function page(headline: string, joint = '\n\n'): string {
  return [
    'Coastline TV',
    'Home',
    'News',
    'Video',
    'Video',
    headline,
    'By Rania Kadri',
    'December 6, 2026 at 9:15 PM',
    ...player,
    // The caption's two lines in one block (a line break, no blank line).
    caption.join('\n'),
    ...more,
    '© 2026 Coastline TV',
  ].join(joint);
}

describe('a video article', () => {
  test('is an article: its headline, byline, caption and related videos', () => {
    const a = parseArticle(page('Watch: Storm rips roof off school gym in Bay City'));
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Watch: Storm rips roof off school gym in Bay City');
    expect(a.authors).toEqual(['Rania Kadri']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(caption);
    expect(a.related.map((r) => r.title)).toEqual([
      'Harbour cranes halted as gusts reach 90 km/h',
      'Farmers count the cost of a dry autumn',
      'Inside the new ferry terminal',
    ]);
  });

  test('the player’s labels are neither title nor text, one line per block (w3m)', () => {
    const a = parseArticle(page('Storm rips roof off school gym in Bay City', '\n'));
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Storm rips roof off school gym in Bay City');
    for (const label of ['Current Time', 'Duration 1:52', 'Loaded', 'Fullscreen', 'Play Video'])
      expect(a.text).not.toContain(label);
  });

  test('guard: a video index (running time, headline, date) stays a listing', () => {
    const a = parseArticle(
      [
        'Coastline TV',
        'Home',
        'Video',
        'Latest videos',
        '01:20',
        'Harbour cranes halted as gusts reach 90 km/h',
        'Dec 6, 2026',
        '02:05',
        'Farmers count the cost of a dry autumn',
        'Dec 5, 2026',
        '03:41',
        'Inside the new ferry terminal',
        'Dec 5, 2026',
        '© 2026 Coastline TV',
      ].join('\n\n'),
    );
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
  });

  test('guard: `Watch: <headline>` between paragraphs, over no byline, is a related link', () => {
    const text = [
      'Coastline TV',
      'Storm damage closes three schools in Bay City',
      'By Rania Kadri',
      'December 6, 2026 at 9:15 PM',
      'Three schools in Bay City will stay closed on Monday after strong winds damaged their roofs on Sunday night, the city council said.',
      'Watch: Harbour cranes halted as gusts reach 90 km/h',
      'Repair crews have begun work on the worst-hit building, a primary school near the harbour, and expect to finish by Friday.',
      '© 2026 Coastline TV',
    ].join('\n\n');
    const a = parseArticle(text);
    expect(a.title).toBe('Storm damage closes three schools in Bay City');
    expect(a.related.map((r) => r.title)).toEqual(['Harbour cranes halted as gusts reach 90 km/h']);
  });
});

describe('a video player’s labels', () => {
  test('buttons and readouts are the player’s', () => {
    for (const label of player) expect(isPlayerLine(label)).toBe(true);
    expect(isPlayerLine('Remaining Time -1:52')).toBe(true);
  });

  test('guard: a writer’s lines naming play or duration are not', () => {
    expect(isPlayerLine('Play resumed after the break.')).toBe(false);
    expect(isPlayerLine('Duration of the works: two years')).toBe(false);
    expect(isPlayerLine('Mute swans return to the lagoon')).toBe(false);
  });
});
