/**
 * Credits that name no author (blind round 41e): a translator's or an editor's line right under the
 * writer's byline (`ترجمة: X`, `Translated by X`, `Traduction : X`) is neither the title nor an author nor
 * body; and a wire's closing credit printed without its parentheses (`Reporting by X; Editing by Y`)
 * gives its reporters as the authors, as the parenthesised form does (closed by a stop, the bare line still
 * reads as the last paragraph: left).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('a translator under the byline', () => {
  const ar = (credit: string) =>
    [
      'الموقع',
      'مقالات الرأي',
      'هل يصمد اتفاق الهدنة التجارية بين الصين والولايات المتحدة؟',
      'بقلم: توماس رايت',
      credit,
      'الأحد 6 ديسمبر 2026',
      'تبدو الهدنة التجارية التي أعلنها البلدان الشهر الماضي هشة، إذ لم تحسم أيا من الملفات الخلافية الكبرى بينهما.',
      'ويرى مراقبون أن الطرفين يحتاجان إلى هذه الهدنة لأسباب داخلية أكثر مما يحتاجان إليها لأسباب اقتصادية.',
      '',
    ].join('\n');

  test.each(['ترجمة: ليلى الشمري', 'ترجمة : ليلى الشمري'])('%s', (credit) => {
    const a = parseArticle(ar(credit));
    expect(a.title).toBe('هل يصمد اتفاق الهدنة التجارية بين الصين والولايات المتحدة؟');
    expect(a.authors).toEqual(['توماس رايت']);
    expect(a.publishedAt).toBe('2026-12-06');
    expect(a.text).not.toContain('ليلى');
  });

  const en = (credit: string) =>
    [
      'The Site',
      'Why Europe still struggles to build a common defence',
      'By Mark Holloway',
      credit,
      'December 6, 2026',
      'Europe has talked about a common defence for seventy years, and the obstacles that stopped it before are still there.',
      'Its states disagree on where the threat comes from, and its arms makers remain split among dozens of national firms.',
      '',
    ].join('\n');

  test.each([
    'Translated by Claire Dubois',
    'Translation: Claire Dubois',
    'Edited by Claire Dubois',
  ])('%s', (credit) => {
    const a = parseArticle(en(credit));
    expect(a.title).toBe('Why Europe still struggles to build a common defence');
    expect(a.authors).toEqual(['Mark Holloway']);
    expect(a.text).not.toContain('Claire');
  });
});

describe("a wire's closing credit without parentheses", () => {
  const wire = (credit: string) =>
    [
      'The Site',
      'Morocco signs deal for green hydrogen plant',
      'December 7, 2026',
      'RABAT, Dec 7 (Reuters) - Morocco signed an agreement on Monday with a group of investors to build a green hydrogen plant in the south, the energy ministry said.',
      'The plant is expected to produce 200,000 tonnes of green ammonia a year from 2030, mostly for export to Europe.',
      credit,
      'Read Next',
      '',
    ].join('\n');

  test.each([
    ['Reporting by Ahmed El Amrani; Editing by Jason Neely', ['Ahmed El Amrani']],
    ['Reporting by Ahmed El Amrani in Rabat; Editing by Jason Neely', ['Ahmed El Amrani']],
    [
      'Reporting by Ahmed El Amrani and Sara Benali; Editing by Jason Neely',
      ['Ahmed El Amrani', 'Sara Benali'],
    ],
  ])('%s', (credit, authors) => {
    const a = parseArticle(wire(credit));
    expect(a.authors).toEqual(authors);
    expect(a.text).not.toContain('Editing');
  });

  test('a sentence that opens with the words is no credit', () => {
    const a = parseArticle(
      wire('Reporting by state media said the plant would employ 900 people.'),
    );
    expect(a.authors).toEqual([]);
  });
});

describe("a wire's bare credit closed by a full stop, the text's last paragraph (round 41e's leftover)", () => {
  const page = (credit: string): string =>
    [
      'The Site',
      '',
      'Morocco signs deal for green hydrogen plant',
      '',
      'December 7, 2026',
      '',
      'RABAT, Dec 7 (Reuters) - Morocco signed an agreement on Monday with a group of investors to build a green hydrogen plant in the south, the energy ministry said.',
      '',
      'The plant is expected to produce 200,000 tonnes of green ammonia a year from 2030, mostly for export to Europe.',
      '',
      credit,
      '',
    ].join('\n');

  test('signs, and leaves the text', () => {
    const input = page('Reporting by Ahmed El Amrani; Editing by Jason Neely.');
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Ahmed El Amrani']);
    expect(a.text).not.toContain('Editing');
    const span = a.spans.authors[0];
    expect(span && input.slice(span.start, span.end)).toBe('Ahmed El Amrani');
  });

  test('guard: a last sentence opening with the words stays the text', () => {
    const a = parseArticle(
      page('Reporting by state media said the plant would employ 900 people.'),
    );
    expect(a.authors).toEqual([]);
    expect(a.text).toContain('Reporting by state media said');
  });
});
