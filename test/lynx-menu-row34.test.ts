/**
 * lynx's dump of a menu: a row of links, each behind its number (`[2]الرئيسية
 * [3]أخبار مصر [4]اقتصاد …`), is never the headline once the `References`
 * list says the numbers are links. Found by blind round 34 (an Egyptian
 * article dumped by `lynx -dump -width=76`), where the row, read without its
 * numbers, was the title and the headline under it the deck.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (menu: string, headline: string) =>
  [
    '   [1]صوت الدلتا',
    '',
    `   ${menu}`,
    '',
    headline,
    '',
    '   كتبت: [6]منى السيد',
    '   الأربعاء، 02 ديسمبر 2026 11:30 ص',
    '',
    '   أعلنت مديرية الزراعة بمحافظة الدقهلية بدء موسم حصاد الأرز في القرى',
    '   الشمالية، مع توقعات بزيادة الإنتاجية بعد توفير مياه الري بانتظام طوال',
    '   الموسم.',
    '',
    '   وأكدت المديرية أن لجانا ميدانية ستتابع عمليات التوريد إلى الشون',
    '   الحكومية حتى نهاية الشهر المقبل.',
    '',
    'References',
    '',
    '   1. https://www.sawt-aldelta.com/',
    '   2. https://www.sawt-aldelta.com/',
    '   3. https://www.sawt-aldelta.com/news',
    '   4. https://www.sawt-aldelta.com/economy',
    '   5. https://www.sawt-aldelta.com/sports',
    '   6. https://www.sawt-aldelta.com/author/mona',
    '   7. https://www.sawt-aldelta.com/news/30412',
  ].join('\n');

const HEADLINE = 'بدء موسم حصاد الأرز في الدقهلية وتوقعات بزيادة الإنتاجية هذا العام';

describe('a lynx menu row over the headline', () => {
  test('is no title: the headline under it is', () => {
    const a = parseArticle(page('[2]الرئيسية [3]أخبار المحافظات [4]اقتصاد [5]رياضة', HEADLINE));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['منى السيد']);
    expect(a.paragraphs[0]?.text.startsWith('أعلنت مديرية الزراعة')).toBe(true);
  });

  test('guard: a headline printed as one link is still the title', () => {
    const a = parseArticle(
      page('[2]الرئيسية [3]أخبار المحافظات [4]اقتصاد [5]رياضة', `[7]${HEADLINE}`),
    );
    expect(a.title).toBe(HEADLINE);
  });
});

describe('a menu row printed on one line, opening with the home word, over the headline', () => {
  const w3m = (menu: string, headline: string) =>
    [
      'صوت الدلتا',
      '',
      menu,
      '',
      headline,
      '',
      'كتبت: منى السيد',
      'الأربعاء، 02 ديسمبر 2026 11:30 ص',
      '',
      'أعلنت مديرية الزراعة بمحافظة الدقهلية بدء موسم حصاد الأرز في القرى الشمالية، مع توقعات بزيادة الإنتاجية بعد توفير مياه الري بانتظام طوال الموسم.',
      '',
      'وأكدت المديرية أن لجانا ميدانية ستتابع عمليات التوريد إلى الشون الحكومية حتى نهاية الشهر المقبل.',
    ].join('\n');

  test('is no title, the headline under it no deck', () => {
    for (const menu of [
      'الرئيسية أخبار المحافظات اقتصاد رياضة',
      'الرئيسية أخبار مصر اقتصاد رياضة حوادث فن',
    ]) {
      const a = parseArticle(w3m(menu, HEADLINE));
      expect(a.title).toBe(HEADLINE);
      expect(a.standfirst).toBeUndefined();
    }
  });

  test('guard: a headline over its deck (no home word) keeps the headline', () => {
    const a = parseArticle(
      w3m(
        'الرئيسية',
        `الدقهلية تبدأ حصاد الأرز مبكرا\n\n${HEADLINE} بعد تحسن مياه الري في القرى الشمالية`,
      ),
    );
    expect(a.title).toBe('الدقهلية تبدأ حصاد الأرز مبكرا');
  });
});
