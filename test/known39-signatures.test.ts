/**
 * An agency's signature closing a dispatch, read by one furniture module (`furniture/signatures.ts`) for both
 * the text body's caption test (a signature under a paragraph credits no picture) and lynx's wrapped tails (a
 * last printed line `… 2026. (APS)` closes the dispatch, no caption).
 */
import { describe, expect, it } from 'vitest';
import { agencyCode, closesWithSignature, isSignatureLine } from '../src/furniture/signatures.js';

describe('an agency signature of its own line', () => {
  it('reads one code after a dash and two to four codes in parentheses', () => {
    expect(isSignatureLine('— APS')).toBe(true);
    expect(isSignatureLine('– MAP')).toBe(true);
    expect(isSignatureLine('- (TAP)')).toBe(true);
    expect(isSignatureLine('(KNA, DR)')).toBe(true);
    expect(isSignatureLine('(dpa/epd)')).toBe(true);
    expect(isSignatureLine('(KNA, epd, dpa, AFP)')).toBe(true);
  });

  it('reads no credit, no lone code in parentheses, no mixed-case word', () => {
    expect(isSignatureLine('Photo: Karim Benali')).toBe(false);
    expect(isSignatureLine('(MAP)')).toBe(false);
    expect(isSignatureLine('(Reuters, AFP)')).toBe(false);
    expect(isSignatureLine('— Aps')).toBe(false);
    expect(isSignatureLine('(KNA, DR, AFP, AP, DPA)')).toBe(false);
  });
});

describe('an agency signature closing a line', () => {
  it('reads a code in capitals after a stop and a space', () => {
    expect(closesWithSignature('mois suivant leur formation. (MAP)')).toBe(true);
    expect(closesWithSignature('a annoncé le ministre.» (APS)')).toBe(true);
    expect(closesWithSignature('taken in 1989. (AP)')).toBe(true);
  });

  it('reads no code without the stop, in small letters, or too long', () => {
    expect(closesWithSignature('a annoncé le ministre (APS)')).toBe(false);
    expect(closesWithSignature('mois suivant leur formation. (dpa)')).toBe(false);
    expect(closesWithSignature('mois suivant leur formation. (REUTERS)')).toBe(false);
    expect(closesWithSignature('a dit. (A)')).toBe(false);
    expect(closesWithSignature('(AP)')).toBe(false);
  });

  it('reads a code as two to six letters of one case', () => {
    expect(agencyCode('epd')).toBe(true);
    expect(agencyCode('Dpa')).toBe(false);
    expect(agencyCode('A1')).toBe(false);
  });
});
