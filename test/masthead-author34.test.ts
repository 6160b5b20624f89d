/**
 * The page's masthead (its first line, opening with the site's name as the
 * address spells it) printed again as the byline (`Ahram Online , Sunday 12
 * Oct 2025`) is the site, not an author; a blog named after its author, on an
 * address spelling that name, keeps its author. The masthead's name before the
 * author's on a header line (`هسبريس - محمد بلقاسم`) leaves the author.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PARAGRAPHS = [
  'Egypt will offer plots in a new logistics zone along the Suez Canal to local and foreign investors starting in January, the head of the canal economic zone said on Sunday.',
  'The zone, east of Port Said, will host warehouses, cold stores and light assembly plants, and is expected to create some 20,000 jobs once fully operational.',
];

/** A page whose first line is `masthead` and whose byline line is `byline`. */
const page = (masthead: string, byline: string): string =>
  [
    masthead,
    'Home',
    'News',
    '',
    'Egypt to open new Suez Canal logistics zone to investors',
    byline,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
  ].join('\n');

describe('the masthead printed again as the byline', () => {
  test('names the site, no author', () => {
    const a = parseArticle(page('Ahram Online', 'Ahram Online , Sunday 12 Oct 2025'), {
      url: 'https://english.ahram.org.eg/NewsContent/1/64/551234/Egypt/logistics-zone.aspx',
    });
    expect(a.authors).toEqual([]);
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-10-12');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test("a blog named after its author keeps the author's name", () => {
    const a = parseArticle(page('Karim Benali', 'Karim Benali , Sunday 12 Oct 2025'), {
      url: 'https://karimbenali.com/2025/10/12/suez-logistics-zone/',
    });
    expect(a.authors).toEqual(['Karim Benali']);
  });

  test('with no address, the byline stands', () => {
    expect(parseArticle(page('Ahram Online', 'Ahram Online , Sunday 12 Oct 2025')).authors).toEqual(
      ['Ahram Online'],
    );
  });
});

describe("the masthead's name before the author's on a header line", () => {
  const arabic = (byline: string): string =>
    [
      'هسبريس',
      'الرئيسية',
      'اقتصاد',
      '',
      'الحكومة تصادق على مشروع قانون جديد لتنظيم قطاع الصيد البحري',
      '',
      'الأحد 12 أكتوبر 2025 - 10:15',
      byline,
      '',
      'صادق مجلس الحكومة، المنعقد يوم الخميس بالرباط، على مشروع قانون يتعلق بتنظيم قطاع الصيد البحري وحماية الثروة السمكية بالسواحل المغربية.',
      '',
      'وأوضح الناطق الرسمي باسم الحكومة، في ندوة صحافية عقب الاجتماع، أن المشروع يهدف إلى محاربة الصيد غير القانوني وتحسين ظروف عمل البحارة.',
    ].join('\n');

  test('names the author after it', () => {
    const input = arabic('هسبريس - محمد بلقاسم');
    const a = parseArticle(input);
    expect(a.authors).toEqual(['محمد بلقاسم']);
  });

  test('another site named there is not read as the masthead', () => {
    expect(parseArticle(arabic('الأيام - محمد بلقاسم')).authors).toEqual([]);
  });
});
