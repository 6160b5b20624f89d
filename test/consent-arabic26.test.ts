/**
 * Guards for the Arabic consent words: a news sentence about cookies and privacy law that does not address the
 * reader is the article's text, not a consent dialog; the dialog itself is.
 */
import { describe, expect, test } from 'vitest';
import { isConsentNotice } from '../src/furniture/consent.js';

describe('Arabic consent notices', () => {
  test('guard: a news sentence on a cookie law is no notice', () => {
    const news =
      'رفض البرلمان مشروع القانون الذي يلزم المواقع بطلب قبول المستخدمين قبل تخزين ملفات تعريف الارتباط، وقال النواب إن النص يحتاج إلى مراجعة.';
    expect(isConsentNotice(news)).toBe(false);
  });
  test('guard: the dialog addressing the reader is one', () => {
    const dialog =
      'نستخدم ملفات تعريف الارتباط لتحسين تجربتك، ويمكنك قبولها أو رفضها أو تعديل اختيارات الخصوصية في أي وقت.';
    expect(isConsentNotice(dialog)).toBe(true);
  });
});
