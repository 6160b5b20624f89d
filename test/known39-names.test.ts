/**
 * One reading of a name in a script without case (`caselessName`, `recognisers/byline.ts`) for the byline after
 * a label that opens sentences too (`كتب`, wrote) and for a name signing a date line (`X 3 ديسمبر 2026`): two to
 * four words of letters, their diacritics and Arabic's stretching stroke (`محمـد`) allowed. The byline's reader
 * took Arabic letters alone, so a vowelled name kept its label (`كتب يُوسف العلوي`); the date line's took no
 * stretched name.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'محطة تحلية مياه البحر بوهران تضاعف إنتاجها العام المقبل';
const FIRST =
  'أعلنت شركة المياه عن مضاعفة قدرة محطة تحلية مياه البحر بوهران قبل نهاية العام المقبل، بإضافة خطين جديدين للمعالجة.';
const SECOND =
  'وقال مدير الشركة إن المشروع سيغطي حاجيات نحو ستمائة ألف ساكن إضافي في المدن الساحلية الغربية.';

function page(byline: string): string {
  return ['صدى الغرب', 'الرئيسية', 'اقتصاد', HEADLINE, byline, '3 ديسمبر 2026', FIRST, SECOND].join(
    '\n',
  );
}

describe('a name in a script without case', () => {
  it('reads a vowelled name after `كتب` without the label', () => {
    const a = parseArticle(page('كتب يُوسف العلوي'));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['يُوسف العلوي']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([FIRST, SECOND]);
  });

  it('reads a stretched name after `كتب` and before a date', () => {
    expect(parseArticle(page('كتب محمـد العلوي')).authors).toEqual(['محمـد العلوي']);
    expect(parseArticle(page('محمـد العلوي 3 ديسمبر 2026')).authors).toEqual(['محمـد العلوي']);
  });

  it('guard: a sentence opening with `كتب` names no author', () => {
    const a = parseArticle(page('كتب الوزير في رسالته إلى النواب أن المشروع سيكتمل قبل الصيف'));
    expect(a.authors).toEqual([]);
  });
});
