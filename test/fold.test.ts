import { describe, expect, it } from 'vitest';
import { fold, foldHead, foldHeadCode, headCode } from '../src/text/fold.js';

/** What `fold` promises, written out: NFKD, marks and tatweel dropped, quotes and dashes unified, spaces collapsed and trimmed, lower case. */
function reference(s: string): string {
  return s
    .normalize('NFKD')
    .replace(
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks listed to be dropped one by one
      /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g,
      '',
    )
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/[\u00ab\u00bb\u201c-\u201f\u2039\u203a]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u0085]+/g, ' ')
    .trim()
    .toLowerCase();
}

describe('fold', () => {
  it('folds case, accents, quotes and spacing', () => {
    expect(fold('  L’Été  à\u00a0Paris ')).toBe("l'ete a paris");
    expect(fold('«\u00a0Ça va\u00a0»')).toBe('" ca va "');
    expect(fold('ΟΔΟΣ Σ')).toBe('οδος σ');
    expect(fold('أحمد')).toBe('احمد');
    expect(fold('Fin…')).toBe('fin...');
    expect(fold('…'.repeat(4000))).toBe('.'.repeat(12000));
    expect(fold('É'.repeat(5000))).toBe('e'.repeat(5000));
  });

  it('folds every Latin, Greek, Cyrillic, Hebrew, Arabic and punctuation character as NFKD does, alone and in context', () => {
    const codes: number[] = [];
    for (let c = 0; c < 0x0700; c++) codes.push(c);
    for (let c = 0x2000; c < 0x20d0; c++) codes.push(c);
    const around = ['a', 'Σ', ' ', '\u0301', 'é', '\u2009', 'ا', '😀'];
    for (const c of codes) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `x${ch}`, `Έ${ch} `, ...around.flatMap((a) => [a + ch, ch + a])])
        expect(fold(s), JSON.stringify(s)).toBe(reference(s));
    }
  });

  it('gives the first two folded characters as a number', () => {
    expect(foldHeadCode('Ab cd')).toBe(0x61 * 65536 + 0x62);
    expect(foldHeadCode('Été')).toBe(0x65 * 65536 + 0x74);
    expect(foldHeadCode('É')).toBe(-1 - 0x65);
    expect(foldHeadCode('')).toBe(-65538);
    for (const s of ['  x', 'A\u0301b', '«Oui»', 'ال', '©', 'a', '`b', 'ﷺ x'])
      expect(foldHeadCode(s), s).toBe(headCode(foldHead(s)));
  });
});
