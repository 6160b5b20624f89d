/**
 * A short page in a script with no case, hard-wrapped by lynx (session 39,
 * round 39p's `ar-bayan`): two paragraphs of two lines each are all the
 * evidence of the wrap. Each wrapped line's paragraph closes on a stop and the
 * next line's first word would not have fitted: the lines are joined. A list
 * of headlines of like length (no stops) stays a line each.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (first: string, last: string) =>
  [
    '   أخبار الجزائر',
    '     * الرئيسية',
    '     * وطني',
    '',
    'وزارة الفلاحة تعلن عن برنامج جديد لدعم صغار الفلاحين',
    '',
    '   2026/12/05 - 11:40',
    '',
    first,
    '',
    '   وأوضحت الوزارة أن البرنامج يشمل أربعين ألف فلاح في الولايات الداخلية.',
    '',
    last,
    '',
    '  الأكثر قراءة',
    '',
    '     * تساقط أمطار غزيرة على الولايات الشرقية',
    '',
  ].join('\n');

const FIRST =
  '   أعلنت وزارة الفلاحة والتنمية الريفية، أمس الجمعة، عن برنامج جديد لدعم\n' +
  '   صغار الفلاحين يتضمن قروضا بدون فوائد ومساعدات لاقتناء البذور والأسمدة.';
const LAST =
  '   ومن المنتظر أن تنطلق عملية إيداع الملفات لدى المديريات الولائية للفلاحة\n' +
  '   ابتداء من الأسبوع المقبل، على أن تعلن قائمة المستفيدين قبل نهاية الشهر.';

describe('a short Arabic page hard-wrapped by lynx', () => {
  test('two paragraphs of two lines: each read whole', () => {
    const a = parseArticle(page(FIRST, LAST));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain(
      'أعلنت وزارة الفلاحة والتنمية الريفية، أمس الجمعة، عن برنامج جديد لدعم صغار الفلاحين يتضمن قروضا بدون فوائد ومساعدات لاقتناء البذور والأسمدة.',
    );
    expect(texts).toContain(
      'ومن المنتظر أن تنطلق عملية إيداع الملفات لدى المديريات الولائية للفلاحة ابتداء من الأسبوع المقبل، على أن تعلن قائمة المستفيدين قبل نهاية الشهر.',
    );
  });
  test('guard: two headlines of like length, one a line, no stop, are not joined', () => {
    const list =
      '   ارتفاع أسعار الخضر والفواكه في أسواق الجملة بالعاصمة خلال الأسبوع الجاري\n' +
      '   المنتخب الوطني لكرة اليد يتأهل إلى الدور الثاني من البطولة الإفريقية';
    const a = parseArticle(page(list, LAST));
    expect(a.text).not.toContain('الجاري المنتخب');
  });
});
