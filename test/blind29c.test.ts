/**
 * What the sixth blind round (test/fixtures/dumps-blind29c/) found, each
 * checked again on a page of its own, with a guard where the fix could
 * misfire: a search page that found nothing, a page cut right after its
 * headline, a section front's short units each over a relative time, a
 * `More from X` link under them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('a search page that found nothing', () => {
  const page = (heading: string, notice: string, apology: string) =>
    [
      'Daily Harbour Post',
      'Home',
      'World',
      'Business',
      heading,
      notice,
      apology,
      'Search again',
      'Most read',
      'Harbour ferry timetable changes for the summer season',
      'New library opens its doors in the old market hall',
      'Volunteers clear two tonnes of litter from the dunes',
      'Newsletter',
      'Get the morning briefing in your inbox every day',
      'Sign up',
      '',
    ].join('\n');

  test.each([
    [
      'Search results for: lighthouse museum tickets',
      'No results found',
      'Sorry, nothing matched your search terms. Please try again with some different keywords or check the spelling of the words you typed.',
    ],
    [
      'نتائج البحث عن: متحف المنارة',
      'لا توجد نتائج',
      'عذرا، لم نجد أي مقال يطابق كلمات البحث التي أدخلتها. يرجى المحاولة مرة أخرى باستخدام كلمات مختلفة أو التحقق من الإملاء.',
    ],
  ])('under %j: no listing, no title, no body', (heading, notice, apology) => {
    const a = parseArticle(page(heading, notice, apology));
    expect(a.kind).toBe('unknown');
    expect(a.items ?? []).toEqual([]);
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });

  test('a search page with results stays a listing', () => {
    const input = page(
      'Search results for: ferry',
      '2 results found',
      'Sorry for the wait.',
    ).replace(
      'Search again\n',
      [
        'Harbour ferry timetable changes for the summer season',
        'The first sailing will leave at six in the morning from June onwards, the operator said on Monday...',
        'Ferry crews vote to accept the new pay offer',
        'Union members backed the deal by a large majority after two months of talks with the operator...',
        'Island ferry to be replaced by a hybrid vessel',
        'The new ship, due in service in three years, will cut fuel use by a third on the crossing...',
        '',
      ].join('\n'),
    );
    const a = parseArticle(input);
    expect(a.kind).toBe('listing');
    expect(a.items?.length).toBeGreaterThanOrEqual(3);
  });
});

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
