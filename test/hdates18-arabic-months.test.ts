/**
 * Dates printed with the Levant's month names (two words: `كانون الأول`,
 * `تشرين الثاني`; two letters: `آب`), with both names (`3 ديسمبر/كانون الأول
 * 2026`, as pan-Arab sites write them), or with an Arabic comma before the
 * year (`03 ديسمبر، 2026`) date an HTML page. Synthetic pages written for
 * these tests (session 18).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** An Arabic story whose date line under the title reads `stamp`. */
function story(stamp: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة الميناء</title></head><body>
  <main><article><h1>المجلس البلدي يوافق على خطة الميناء الجديدة بعد نقاش طويل</h1>
    <div class="date">${stamp}</div>
    <p>صوّت المجلس مساء الثلاثاء بأغلبية سبعة أصوات مقابل صوتين على الخطة التي نوقشت لأكثر من عام كامل.</p>
    <p>ومن المتوقع أن تبدأ الأعمال في الرصيف الأول في الربيع المقبل بعد استكمال التراخيص الأخيرة، بحسب المسؤولين.</p>
  </article></main></body></html>`;
}

const dayOf = (stamp: string): string | undefined =>
  parseArticle(story(stamp), { format: 'html' }).publishedAt;

describe("the Levant's month names and pan-Arab double names", () => {
  test('a two-word month name: كانون الأول', () => {
    expect(dayOf('الخميس 3 كانون الأول 2026')).toBe('2026-12-03');
  });

  test('a two-word month name: تشرين الثاني', () => {
    expect(dayOf('نشر في 14 تشرين الثاني 2025')).toBe('2025-11-14');
  });

  test('a two-letter month name: آب', () => {
    expect(dayOf('5 آب 2024 - 10:30')).toBe('2024-08-05');
  });

  test('both names, the international one first', () => {
    expect(dayOf('3 ديسمبر/كانون الأول 2026')).toBe('2026-12-03');
  });

  test('both names, the Levantine one first, spaces around the slash', () => {
    expect(dayOf('21 أيلول / سبتمبر 2023')).toBe('2023-09-21');
  });

  test('an Arabic comma before the year', () => {
    expect(dayOf('03 ديسمبر، 2026')).toBe('2026-12-03');
  });

  test('control: two names that disagree name no date', () => {
    expect(dayOf('3 ديسمبر/أيلول 2026')).toBeUndefined();
  });
});

describe('an ordinal first day written with a degree sign', () => {
  test('1° dicembre 2026 (Italian)', () => {
    const html = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Il porto</title></head><body>
    <main><article><h1>Il consiglio comunale approva il nuovo piano del porto</h1>
      <div class="date">Pubblicato il 1° dicembre 2026</div>
      <p>Il consiglio ha votato martedì sera con sette voti favorevoli e due contrari sul piano discusso per oltre un anno.</p>
      <p>I lavori sul primo molo dovrebbero cominciare in primavera, una volta ottenuti gli ultimi permessi, hanno detto i funzionari.</p>
    </article></main></body></html>`;
    expect(parseArticle(html, { format: 'html' }).publishedAt).toBe('2026-12-01');
  });
});
