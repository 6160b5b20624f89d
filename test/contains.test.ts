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

  it('finds a phrase at the start, inside or at the end of a text', () => {
    expect(test('newsletter')).toBe(true);
    expect(test('sign up to our newsletter')).toBe(true);
    expect(test('Share (button) Tweet (button)')).toBe(true);
    expect(test('name ______ email')).toBe(true);
    expect(test('site powered by wordpress')).toBe(true);
    expect(test('جميع الحقوق محفوظة 2024')).toBe(true);
    expect(test('2024 © Le Matin')).toBe(true);
  });

  it('turns down texts holding only a phrase’s first characters, or nothing', () => {
    expect(test('news from the front')).toBe(false);
    expect(test('the button is red')).toBe(false);
    expect(test('___')).toBe(false);
    expect(test('powered by')).toBe(false);
    expect(test('الحقوق')).toBe(false);
    expect(test('')).toBe(false);
  });
});
