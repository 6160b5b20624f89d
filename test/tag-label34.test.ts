/**
 * An Arabic tag list labelled with the definite `الكلمات المفتاحية:` (as
 * `كلمات مفتاحية:` and `الوسوم:` were read) closes the article: it is no
 * paragraph. Found by a WET variant of blind round 34's Tunisian dump.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (last: string) =>
  [
    'أصداء الجنوب',
    'الرئيسية',
    'جهات',
    'اقتصاد',
    'توزر: انطلاق موسم جني التمور وسط توقعات بصابة قياسية',
    'نشر في 01 ديسمبر 2026 - 09:20',
    'انطلق، اليوم الثلاثاء، موسم جني التمور بولاية توزر وسط توقعات بتسجيل صابة قياسية تفوق ما تم تحقيقه في المواسم الثلاثة الماضية، وفق ما أفاد به المندوب الجهوي للفلاحة.',
    'وأوضح المندوب أن المصالح الفلاحية وفرت كل المستلزمات الضرورية لإنجاح الموسم، داعيا الفلاحين إلى احترام آجال الجني لضمان جودة المنتوج الموجه إلى التصدير.',
    last,
  ].join('\n');

describe('`الكلمات المفتاحية:` under the last paragraph (no blank line)', () => {
  test('is the tag list, not a paragraph', () => {
    const a = parseArticle(page('الكلمات المفتاحية: توزر، التمور، الفلاحة'));
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs.at(-1)?.text.endsWith('الموجه إلى التصدير.')).toBe(true);
    expect(a.text).not.toContain('الكلمات المفتاحية');
  });

  test('guard: a sentence opening with the same words, no colon, stays in the text', () => {
    const last =
      'الكلمات المفتاحية في خطاب المندوب كانت الجودة والتصدير، وهو ما يعكس توجه الولاية نحو الأسواق الخارجية خلال السنوات المقبلة.';
    const a = parseArticle(page(last));
    expect(a.paragraphs.at(-1)?.text).toBe(last);
  });
});
