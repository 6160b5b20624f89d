/**
 * Widgets ahead of an Arabic article (issue 10; LAYOUTS.md, "Widgets ahead of
 * the article"): a prayer-times box (its heading, the day, the six prayers'
 * names and times glued), weather, a newsletter box (heading, pitch, button).
 * On a dump cut before the article, none of them is a title or a date; on
 * the whole dump, the article's title is read and the widget's day is not
 * its date. The dump is synthetic, laid out as the real ones are.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const WIDGETS = [
  'آخر الأخبار',
  '',
  'مواقيت الصلاة وحالة الجو',
  '',
  '12/03/2021',
  'الفجرالشروقالظهرالعصرالمغربالعشاء',
  '05:2106:4812:3515:5818:2219:39',
  'الرطوبة : %64',
  'الرياح : 22km/h',
  '18° 9°',
  '18° فاس',
  '',
  'النشرة البريدية',
  '',
  'اشترك الآن في النشرة البريدية للجريدة لتصلك أهم الأخبار كل صباح',
  '',
  'المرجو إدخال بريد إلكتروني صحيح',
  '',
  'إشترك الآن',
  '',
];
const TITLE = 'سكان الأحياء القديمة بفاس ينتظرون ترميم منازلهم قبل موسم الأمطار';
const ARTICLE = [
  TITLE,
  '',
  'ينتظر مئات السكان في الأحياء القديمة بمدينة فاس انطلاق أشغال ترميم منازلهم الآيلة للسقوط، بعد أن أعلنت السلطات المحلية عن برنامج جديد لإعادة تأهيل المباني المهددة قبل حلول فصل الشتاء.',
  '',
  'وقال عدد من السكان إن الشقوق اتسعت في جدران منازلهم خلال الأشهر الأخيرة، وإنهم يخشون أن تتسبب الأمطار الغزيرة في انهيارات جديدة كما حدث في السنوات الماضية.',
  '',
  'وأكد مسؤول في الجماعة أن الدراسات التقنية انتهت، وأن الأشغال ستبدأ في الأسابيع المقبلة بالمنازل الأكثر تضررا، على أن يستفيد السكان من مساكن مؤقتة طوال مدة الترميم.',
  '',
];

describe('widgets ahead of an Arabic article', () => {
  test('a dump cut before the article: no title and no date invented from the widgets', () => {
    const article = parseArticle(WIDGETS.join('\n'));
    expect(article.title).toBeUndefined();
    expect(article.publishedAt).toBeUndefined();
  });

  test('the whole dump: the article’s title, and not the widget’s day as its date', () => {
    const input = [...WIDGETS, ...ARTICLE].join('\n');
    const article = parseArticle(input);
    expect(article.title).toBe(TITLE);
    expect(article.publishedAt).toBeUndefined();
    expect(article.paragraphs).toHaveLength(3);
  });
});
