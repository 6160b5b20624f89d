/**
 * What the sixth blind round (test/fixtures/dumps-blind29c/) found, each
 * checked again on a page of its own, with a guard where the fix could
 * misfire: a page cut right after its headline, a section front's short
 * units each over a relative time, a `More from X` link under them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('a page cut right after its headline line', () => {
  const menu = ['Le Courrier du Littoral', 'Accueil', 'Actualité', 'Économie', 'Sport', 'Économie'];
  const headline =
    'Pêche artisanale : les armateurs de Mahdia obtiennent un report de leurs dettes';

  test.each(['\n', ''])('ending %j: the headline is the title, the cut is said', (end) => {
    const a = parseArticle([...menu, headline].join('\n') + end);
    expect(a.title).toBe(headline);
    expect(a.kind).toBe('article');
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings.some((w) => w.startsWith('truncated'))).toBe(true);
  });

  test('a list of headlines cut after one of them names no title', () => {
    const a = parseArticle(
      [
        ...menu,
        'Port de Sousse : le trafic de conteneurs en hausse de 9 % au premier trimestre',
        headline,
        '',
      ].join('\n'),
    );
    expect(a.title).toBeUndefined();
  });
});

describe('short units dated by a relative time', () => {
  const heads = [
    'Lifeboat crew rescues two kayakers off the northern point',
    'Harbour wall repairs to start after the summer season',
    'School choir wins the regional festival for a third year',
    'New footpath links the village to the coastal railway station',
  ];

  test('headlines over `N hours ago` lines are a section front’s units; `More from X` under them is none', () => {
    const input = [
      'Coastline News',
      'Home',
      'Local',
      'Sport',
      'Local',
      ...heads.flatMap((h, k) => [h, `${k * 3 + 2} hours ago`]),
      'More from Local',
      'Privacy notice',
      '',
    ].join('\n');
    const a = parseArticle(input, { referenceDate: '2025-06-10' });
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.items?.map((i) => i.title)).toEqual(heads);
  });
});
