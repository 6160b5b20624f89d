/**
 * A programme's script written one phrase a line (a radio or TV page's
 * transcript, blind round 40d; issue 10 named a TV script read as a
 * latest-news ticker among its first failures): lines that open with a word
 * continuing the line before (`حيث`, `لكن`, `وهي`, `and`, `mais`) are a
 * text's, no headlines, so no ticker; on a page with no prose they are the
 * body, one paragraph a line. The air date labelled `بث يوم` dates the page
 * as `Diffusé le` does, `تقديم:` names the presenter, and `حلقات سابقة`
 * heads the related episodes.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const script = [
  'مشاهدينا الكرام، مساء الخير',
  'نبدأ نشرتنا من مدينة قسنطينة',
  'حيث افتتح صباح اليوم الجسر الجديد على وادي الرمال',
  'وهو جسر معلق يمتد على سبعمائة متر',
  'استغرق إنجازه أربع سنوات كاملة',
  'لكن سكان الحي القديم ما زالوا ينتظرون الطريق المؤدي إليه',
  'وإن وعدت السلطات بفتحه قبل نهاية السنة',
  'إلى اللقاء في نشرة الغد',
];

/** A programme page: header, then `lines` one a line, then the previous episodes. */
function page(lines: readonly string[]): string {
  return [
    'تلفزيون الشرق',
    'الرئيسية | الأخبار | البرامج | البث المباشر',
    'نشرة المساء',
    'قسنطينة تفتتح جسرها المعلق الجديد على وادي الرمال',
    'بث يوم الأحد 6 ديسمبر 2026 على الساعة 19:00',
    'تقديم: نوال وجيه',
    ...lines,
    'حلقات سابقة',
    'عنابة: موسم صيد السردين في أرقام',
    'سطيف: أسواق الماشية قبل الشتاء',
    '© 2026 تلفزيون الشرق',
  ].join('\n');
}

describe('a script written one phrase a line', () => {
  test('is no ticker', () => {
    expect(parseTicker(page(script))).toEqual([]);
  });
  test('is the body, one paragraph a line, under the episode’s title, air date and presenter', () => {
    const a = parseArticle(page(script));
    expect(a.kind).toBe('article');
    expect(a.title).toBe('قسنطينة تفتتح جسرها المعلق الجديد على وادي الرمال');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-06');
    expect(a.authors).toEqual(['نوال وجيه']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(script);
    expect(a.related.map((r) => r.title)).toEqual([
      'عنابة: موسم صيد السردين في أرقام',
      'سطيف: أسواق الماشية قبل الشتاء',
    ]);
  });
});

describe('a script page with no presenter’s line', () => {
  const bare = (lines: readonly string[]) =>
    [
      'تلفزيون الشرق',
      'الرئيسية | الأخبار | البرامج | البث المباشر',
      'نشرة المساء',
      'قسنطينة تفتتح جسرها المعلق الجديد على وادي الرمال',
      'بث يوم الأحد 6 ديسمبر 2026 على الساعة 19:00',
      ...lines,
      'حلقات سابقة',
      'عنابة: موسم صيد السردين في أرقام',
      '© 2026 تلفزيون الشرق',
    ].join('\n');
  test('the air date anchors the title; the greeting and a phrase holding `من` are no names', () => {
    const a = parseArticle(bare(script));
    expect(a.title).toBe('قسنطينة تفتتح جسرها المعلق الجديد على وادي الرمال');
    expect(a.publishedAt?.slice(0, 16)).toBe('2026-12-06T19:00');
    expect(a.authors).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toEqual(script);
  });
  test('the presenter’s name alone under the script signs it', () => {
    const a = parseArticle(bare([...script, 'نوال وجيه']));
    expect(a.authors).toEqual(['نوال وجيه']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(script);
  });
});

describe('guard: latest-news runs stay tickers', () => {
  const headlines = [
    'الحكومة تصادق على مشروع قانون المالية المعدل لسنة 2026',
    'وزارة التربية تعلن رزنامة امتحانات الثلاثي الأول',
    'وهران تحتضن الصالون الدولي للسياحة الشهر المقبل',
    'ولاية سطيف تطلق برنامجا لتهيئة الطرق الريفية',
    'لكن الأمطار لم تتوقف: فيضانات في ثلاث ولايات',
    'انقطاع مؤقت للماء الصالح للشرب بعدد من أحياء العاصمة',
  ];
  test('headlines opening with words that start with و, one with لكن', () => {
    const text = [
      'صدى الجزائر',
      'الرئيسية | وطني | دولي',
      'آخر الأخبار',
      ...headlines,
      'وطني',
      'الجامعات تعتمد الإنجليزية في تدريس المواد العلمية',
      'كتب سمير بن علي',
      'أعلنت وزارة التعليم العالي والبحث العلمي، أمس الأحد، أن الجامعات ستشرع في تدريس المواد العلمية باللغة الإنجليزية لطلبة السنة الأولى ابتداء من الدخول الجامعي المقبل.',
    ].join('\n');
    expect(parseTicker(text).map((t) => t.text)).toEqual(headlines);
  });
});
