/**
 * Two authors each printed over their role line under the headline (`Name` ⏎
 * `Energy correspondent` ⏎ `Name` ⏎ `Staff writer`): an article's byline, not a
 * run of latest news (five headline-shaped lines in a row), and both names are
 * its authors (blind round 37d's Algerian English page).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const text = [
  'The water utility will double the capacity of the Oran desalination plant by the end of next year, its director said on Wednesday.',
  'The project adds two treatment lines and a new intake, and is financed by a loan from three national banks.',
  'Engineers said the extension would cover the needs of some 600,000 more residents in the western coastal towns.',
];

function page(header: string[]): string {
  return [
    'The Western Courier',
    '',
    'Home',
    '',
    'Economy',
    '',
    'Water',
    '',
    'Oran desalination plant to double its output by next year',
    '',
    ...header.flatMap((l) => [l, '']),
    ...text.flatMap((l) => [l, '']),
    '© 2026 The Western Courier',
  ].join('\n');
}

describe('two authors each over a role line', () => {
  const input = page([
    'Nadia Benferhat',
    'Water correspondent',
    'Karim Bensaadi',
    'Staff writer',
    'December 3, 2026',
  ]);

  test('the headline is the title, both names the authors', () => {
    const a = parseArticle(input);
    expect(a.title).toBe('Oran desalination plant to double its output by next year');
    expect(a.authors).toEqual(['Nadia Benferhat', 'Karim Bensaadi']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-03');
    expect(a.paragraphs[0]?.text).toBe(text[0]);
  });

  test('no ticker: the names and roles are no latest news', () => {
    expect(parseTicker(input)).toEqual([]);
  });

  test('Arabic, short role words (`صحفية`, `محرر`)', () => {
    const headline = 'محطة تحلية مياه البحر بوهران تضاعف إنتاجها العام المقبل';
    const first =
      'أعلنت شركة المياه عن مضاعفة قدرة محطة تحلية مياه البحر بوهران قبل نهاية العام المقبل، بإضافة خطين جديدين للمعالجة.';
    const input = [
      'صدى الغرب',
      'الرئيسية',
      'اقتصاد',
      headline,
      'سلمى الجلاصي',
      'صحفية',
      'عمر لحلو',
      'محرر',
      '3 ديسمبر 2026',
      first,
      'وقال مدير الشركة إن المشروع سيغطي حاجيات نحو ستمائة ألف ساكن إضافي في المدن الساحلية الغربية.',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['سلمى الجلاصي', 'عمر لحلو']);
    expect(a.paragraphs[0]?.text).toBe(first);
  });

  test('guard: one author over a role line, then the date', () => {
    const a = parseArticle(page(['Nadia Benferhat', 'Water correspondent', 'December 3, 2026']));
    expect(a.title).toBe('Oran desalination plant to double its output by next year');
    expect(a.authors).toEqual(['Nadia Benferhat']);
  });

  test('guard: five headlines in a row stay a latest-news run', () => {
    const input = [
      'The Western Courier',
      '',
      'Latest news',
      '',
      'Parliament adopts the new investment code after a long debate',
      'Oil prices climb as producers extend their output cuts',
      'National team names its squad for the African Cup qualifiers',
      'Heavy rain closes the coastal road between Oran and Mostaganem',
      'Central bank keeps its main rate unchanged for a sixth month',
      '',
      'Oran desalination plant to double its output by next year',
      '',
      'By Nadia Benferhat',
      '',
      ...text.flatMap((l) => [l, '']),
    ].join('\n');
    expect(parseTicker(input).map((t) => t.text)).toHaveLength(5);
    expect(parseArticle(input).title).toBe(
      'Oran desalination plant to double its output by next year',
    );
  });
});
