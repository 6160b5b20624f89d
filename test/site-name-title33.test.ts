/**
 * A dump that lost the headline (cut, or printed without it) shows the
 * site's name over its menu, then the date line and the text: the line right
 * over the menu's home entry (`Accueil`, `Home`, `الرئيسية`) is the site's
 * name, and the menu's last entry, a single word, no headline either, so the
 * article has no title. Pages in test/fixtures/site-name33/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import {
  ENGLISH_BODY,
  ENGLISH_DATE,
  ENGLISH_TOP,
  FRENCH_BODY,
  FRENCH_DATE,
  FRENCH_HEADLINE,
  FRENCH_TOP,
  page,
} from './fixtures/site-name33/pages.js';

describe('no headline printed under the menu', () => {
  test('French: no title, the date and the three paragraphs', () => {
    const a = parseArticle(page(FRENCH_TOP, FRENCH_DATE, FRENCH_BODY, 'Partager'));
    expect(a.title).toBeUndefined();
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-11-21');
    expect(a.paragraphs.map((p) => p.text)).toEqual(FRENCH_BODY);
  });

  test('English, no date line: no title', () => {
    const a = parseArticle(page(ENGLISH_TOP, ENGLISH_BODY, 'Share'));
    expect(a.title).toBeUndefined();
    expect(a.paragraphs[0]?.text).toBe(ENGLISH_BODY[0]);
  });

  test('English with its date line: no title', () => {
    expect(parseArticle(page(ENGLISH_TOP, ENGLISH_DATE, ENGLISH_BODY)).title).toBeUndefined();
  });
});

describe('guards', () => {
  test('the headline under the menu is the title', () => {
    const a = parseArticle(page(FRENCH_TOP, FRENCH_HEADLINE, FRENCH_DATE, FRENCH_BODY));
    expect(a.title).toBe(FRENCH_HEADLINE);
  });

  test('a headline opening the dump over its date line is the title', () => {
    const a = parseArticle(page(FRENCH_HEADLINE, FRENCH_DATE, FRENCH_BODY));
    expect(a.title).toBe(FRENCH_HEADLINE);
  });
});
