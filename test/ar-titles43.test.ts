/**
 * The Arabic titles are written as the strong titles and the others after them, so that the bundle
 * holds the strong ones once: the lexicon reads both tables as sets, which must not change.
 */
import { describe, expect, it } from 'vitest';
import { AR_STRONG_TITLES, AR_TITLES } from '../src/entities/data/ar-people.js';

/** The table as session 42 wrote it, in its order. */
const BEFORE =
  'السيد|السيدة|الرئيس|الرئيسة|رئيس|رئيسة|الملك|الأمير|الأميرة|الشيخ|الشيخة|سمو|جلالة|فخامة|معالي|' +
  'ولي العهد|اللواء|العقيد|العميد|الجنرال|المشير|الدكتور|الدكتورة|د.|الأستاذ|الأستاذة|الحاج|الوزير|الوزيرة|' +
  'وزير|وزيرة|النائب|النائبة|البرلماني|البرلمانية|الإعلامي|الإعلامية|الصحفي|الصحفية|المدرب|مدرب|' +
  'الناخب الوطني|اللاعب|اللاعبة|المهاجم|الحارس|المدافع|الكاتب|الكاتبة|الروائي|الفنان|الفنانة|المطرب|المخرج|' +
  'الممثل|الباحث|الخبير|الخبيرة|المحلل|الناطق|الناطقة|المتحدث|المتحدثة|محافظ|المحافظ|والي|الوالي|مدير|' +
  'المدير|المديرة|مديرة|الأمين العام|أمين عام|سفير|السفير|السفيرة|القنصل|القاضي|المحامي|المحامية|' +
  'رجل الأعمال|الداعية|الإمام|البابا|المستشار|المستشارة|نائب|نائبة|قائد|القائد|زعيم|الزعيم|النجم|نجم|' +
  'الملياردير|المرشح|المرشحة|الراحل|الراحلة|المفكر|الشاعر|المغني|المغنية';

describe('the Arabic titles', () => {
  it('hold the same titles as before, each once', () => {
    const before = BEFORE.split('|');
    expect(AR_TITLES).toHaveLength(before.length);
    expect([...AR_TITLES].sort()).toEqual([...before].sort());
  });

  it('open with the strong titles, which they hold all of', () => {
    expect(AR_TITLES.slice(0, AR_STRONG_TITLES.length)).toEqual(AR_STRONG_TITLES);
    expect(AR_STRONG_TITLES).toContain('الدكتور');
    expect(AR_TITLES).toContain('ولي العهد');
  });
});
