import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { fold } from '../src/text/fold.js';

/** Every spacing `fold` collapses, in plain ASCII: what the written-out promise (NFKD, spaces collapsed, trimmed, lower case) gives. */
function reference(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\s\u0085]+/g, ' ')
    .trim()
    .toLowerCase();
}

describe('fold of plain ASCII spacing (session 30)', () => {
  it('collapses tabs, line breaks, leading, doubled and trailing spaces as the reference does', () => {
    const cases = [
      'Read More',
      'Read More ',
      ' Read More',
      'Read  More',
      'Read\tMore',
      'Read\nMore\r\n',
      '\tRead More\t',
      'Read \t More',
      ' ',
      '',
      '\n',
      'a ',
      'A  B  ',
      'Tab\there and  two spaces ',
    ];
    for (const s of cases) expect(fold(s)).toBe(reference(s));
  });

  it('agrees with the reference on random strings of letters, spaces, tabs and line breaks', () => {
    const alphabet = ' \t\n\rAbZ.-_~{}@';
    let seed = 30;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 5000; i++) {
      let s = '';
      const n = Math.floor(next() * 10);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(fold(s)).toBe(reference(s));
    }
  });

  it('still tells a read-more line written with a tab and a trailing space (the table path)', () => {
    const para =
      'The council met on Tuesday evening to discuss the new budget, and the members agreed on most points after a long debate.';
    const text = [
      'Council agrees on the budget',
      '',
      para,
      '',
      `${para.replace('Tuesday', 'Monday')}`,
      '',
      'Read\tmore ',
    ].join('\n');
    const article = parseArticle(text);
    expect(article.title).toBe('Council agrees on the budget');
    expect(article.text).toContain('Tuesday evening');
    expect(article.text).not.toMatch(/Read\tmore/);
  });
});
