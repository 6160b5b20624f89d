/**
 * Variants of blind round 36d's pages with no article: a blog theme's error
 * page (`Oops! That page can’t be found.`, WordPress's own) holds no article
 * and no title; an Arabic paywalled shell (`هذا المقال حصري للمشتركين`) is an
 * article with no body.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('a theme’s error page', () => {
  const page = (heading: string) =>
    [
      'Harbour Weekly',
      'Home',
      'News',
      'Sport',
      '404',
      heading,
      'It looks like nothing was found at this location. Maybe try a search?',
      'Search for:',
      'Most read',
      'Harbour cranes halted as gusts reach 90 km/h',
      'Farmers count the cost of a dry autumn',
      'Inside the new ferry terminal',
      '© 2026 Harbour Weekly',
    ].join('\n');

  test('`Oops! That page can’t be found.` makes no title and no article', () => {
    const a = parseArticle(page('Oops! That page can’t be found.'));
    expect(a.kind).toBe('unknown');
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });

  test('guard: a headline over the same lines is a title', () => {
    const a = parseArticle(page('Oops! The harbour ferry ran aground again'));
    expect(a.title).toBe('Oops! The harbour ferry ran aground again');
  });
});

describe('an Arabic paywalled shell', () => {
  test('`هذا المقال حصري للمشتركين` under the header: an article with no body', () => {
    const a = parseArticle(
      [
        'الأسبوع الاقتصادي',
        'الرئيسية',
        'اقتصاد',
        'اقتصاد',
        'الموانئ التونسية تراهن على الرقمنة لتقليص آجال العبور',
        'بقلم: منية الشابي',
        '05 ديسمبر 2026 - 09:30',
        'هذا المقال حصري للمشتركين',
        'اشترك ابتداء من 9.900 دينار شهريا',
        'شارك',
        'جميع الحقوق محفوظة © 2026',
      ].join('\n'),
    );
    expect(a.kind).toBe('article');
    expect(a.title).toBe('الموانئ التونسية تراهن على الرقمنة لتقليص آجال العبور');
    expect(a.paragraphs).toEqual([]);
  });
});
