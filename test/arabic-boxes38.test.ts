/**
 * Arabic related boxes (blind round 38e): `أخبار متعلقة` and `فيديوهات ذات صلة`
 * head a box of related headlines as `أخبار ذات صلة` does, and a box ends at
 * a tag list's label (`الكلمات المفتاحية: …`, `Tags : …`) under its last headline:
 * the tags and the footer's links under them are none of its links.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const text = [
  'أعلنت وزارة النقل عن إطلاق خط جديد للحافلات الكهربائية يربط وسط المدينة بالمطار، في إطار برنامج لتحديث النقل العمومي وتقليص الانبعاثات.',
  'وأوضحت الوزارة أن الخط سيشتغل ابتداء من الشهر المقبل بأسطول من عشرين حافلة، على أن يتم توسيعه تدريجيا ليشمل أحياء أخرى خلال السنة المقبلة.',
];
const related = [
  'تمديد خط الترامواي إلى الأحياء الجنوبية للمدينة',
  'ارتفاع عدد مستعملي النقل العمومي خلال الصيف',
];

/** A w3m-style page (no blank lines): the box's heading, its headlines, then `tail`. */
function page(heading: string, tail: string[]): string {
  return [
    'أخبار المدينة',
    'الرئيسية',
    'مجتمع',
    'اقتصاد',
    'رياضة',
    'خط جديد للحافلات الكهربائية يربط وسط المدينة بالمطار',
    'بقلم: سعاد البركاني',
    '20 نوفمبر 2026 - 10:30',
    ...text,
    heading,
    ...related,
    ...tail,
    'جميع الحقوق محفوظة © أخبار المدينة 2026',
  ].join('\n');
}

describe('Arabic box headings', () => {
  test.each(['أخبار متعلقة', 'فيديوهات ذات صلة', 'مقالات متعلقة'])(
    '%s heads a box of related headlines',
    (h) => {
      const a = parseArticle(page(h, []));
      expect(a.related.map((r) => r.title)).toEqual(related);
      expect(a.paragraphs.map((p) => p.text)).toEqual(text);
      expect(a.text).not.toContain(h);
    },
  );

  test('guard: the words inside a headline head no box', () => {
    const a = parseArticle(
      page('أخبار متعلقة بالنقل العمومي في المدينة تثير جدلا واسعا بين السكان', []),
    );
    expect(a.related.map((r) => r.title)).not.toEqual(related);
  });
});

describe('a related box ends at a tag list', () => {
  test('Arabic tags and the footer links under them are no links', () => {
    const a = parseArticle(
      page('مقالات ذات صلة', [
        'الكلمات المفتاحية: النقل الحافلات الكهربائية',
        'اتصل بنا | من نحن | الإشهار',
      ]),
    );
    expect(a.related.map((r) => r.title)).toEqual(related);
  });

  test('French tags', () => {
    const a = parseArticle(
      page('Articles similaires', [
        'Tags : transport, bus électriques, aéroport',
        'Contact | Qui sommes-nous | Publicité',
      ]),
    );
    expect(a.related.map((r) => r.title)).toEqual(related);
  });

  test('guard: a headline speaking of tags and keywords stays a link', () => {
    const more = 'الكلمات المفتاحية الأكثر بحثا على الإنترنت في المغرب خلال سنة 2026';
    const a = parseArticle(page('مقالات ذات صلة', [more]));
    expect(a.related.map((r) => r.title)).toEqual([...related, more]);
  });
});
