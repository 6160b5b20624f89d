import { describe, expect, it } from 'vitest';
import { containsTest } from '../src/text/contains.js';

describe('containsTest', () => {
  const test = containsTest([
    'newsletter',
    '(button)',
    '____',
    'powered by ',
    'الحقوق محفوظة',
    '©',
  ]);

  it.each([
    'newsletter',
    'sign up to our newsletter',
    'Share (button) Tweet (button)',
    'name ______ email',
    'site powered by wordpress',
    'جميع الحقوق محفوظة 2024',
    '2024 © Le Matin',
  ])('finds a phrase at the start, inside or at the end of %j', (text) => {
    expect(test(text)).toBe(true);
  });

  it.each(['news from the front', 'the button is red', '___', 'powered by', 'الحقوق', ''])(
    'turns down %j, which holds only a phrase’s first characters or nothing',
    (text) => {
      expect(test(text)).toBe(false);
    },
  );

  // Heads outside ASCII (a Latin letter then an accented one, two accented letters) are looked up too.
  const accented = containsTest(['réservé', 'ćwiczenie', 'ёж']);
  it.each(['tous droits réservés', 'ćwiczenie 3', 'Ещё ёжик'])('finds %j', (text) => {
    expect(accented(text)).toBe(true);
  });
  it.each(['rêve réservoir', 'ćw', 'ё'])('turns down %j', (text) => {
    expect(accented(text)).toBe(false);
  });
});
