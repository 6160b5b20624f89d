/**
 * A sentence of the article opening with a word that starts like a button's
 * (`Subscribers were told in a letter on Friday.`, `Registered readers will
 * get …`): the shared interface vocabulary's line starts (`subscribe`,
 * `register`, src/furniture/interface.ts) matched it as a prompt, and the
 * body's keep step left it out. In a line closed as a sentence, such a start
 * now ends where a word ends. Guard: the prompt itself (`Subscribe to our
 * newsletter.`) still leaves, and the menu's `Log in Subscribe` stays out.
 * Synthetic page in test/fixtures/body40/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isInterfaceLine } from '../src/furniture/interface.js';
import { parseArticle } from '../src/index.js';
import { prefixTest } from '../src/text/prefixes.js';

describe("a sentence opening with a button's word", () => {
  test('a newspaper story (w3m): the subscribers and the registered readers are the text', () => {
    const text = readFileSync(
      join(import.meta.dirname, 'fixtures', 'body40', 'subscribers.w3m.txt'),
      'utf8',
    );
    const a = parseArticle(text, {
      url: 'https://www.ashcombe-echo.example/news/local/echo-moves-to-three-print-days-a-week',
    });
    expect(a.paragraphs.map((p) => p.text.slice(0, 40))).toEqual([
      'The Ashcombe Echo will print on Tuesdays',
      'Subscribers were told in a letter on Fri',
      'Registered readers will get a digital ed',
      'The company said the cost of paper had d',
      'The newsroom will keep its twelve report',
    ]);
    expect(a.text).not.toContain('Subscribe to our newsletter.');
    expect(isInterfaceLine('Subscribers were told in a letter on Friday.')).toBe(false);
  });

  test('prefixTest with whole words: a prefix ending in a letter must end a word; one ending in a space need not', () => {
    const starts = prefixTest(['register', 'posted by '], true);
    expect(['register now', 'register.', 'registered voters', 'posted by ann'].map(starts)).toEqual(
      [true, true, false, true],
    );
    expect(prefixTest(['register'])('registered voters')).toBe(true);
  });

  test("guard: the prompts themselves are still the interface's", () => {
    expect(isInterfaceLine('Subscribe to our newsletter.')).toBe(true);
    expect(isInterfaceLine('Register now.')).toBe(true);
    expect(isInterfaceLine('Log in Subscribe')).toBe(true);
    expect(isInterfaceLine('Posted by Alon Zakai.')).toBe(true);
  });
});
