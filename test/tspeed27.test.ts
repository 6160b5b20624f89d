import { describe, expect, test } from 'vitest';
import { isReaderAppeal } from '../src/furniture/appeals.js';
import { countedOnTitle } from '../src/furniture/comments.js';
import { isConsentNotice } from '../src/furniture/consent.js';
import { countWords, wordsUpTo } from '../src/lang/function-words.js';

/**
 * Session 27's speed pass changed how these checks reach their answers (one
 * native search for two gates, one pass for a list of stems, a look-up table
 * for word characters, a first-letter gate), not the answers: these pin the
 * answers on synthetic lines, case and script variants included.
 */
describe('text path speed (session 27): same answers by cheaper means', () => {
  test('a consent notice is found whatever the case of its tracker word or of its refusal', () => {
    expect(
      isConsentNotice(
        'We use COOKIES and similar tools to measure traffic; you can accept them or change your settings at any time.',
      ),
    ).toBe(true);
    expect(
      isConsentNotice(
        'Nous utilisons des Cookies pour mesurer l’audience : vous pouvez les accepter ou paramétrer vos choix.',
      ),
    ).toBe(true);
    // No tracker named: the three choices, the refusal in capitals or capitalised.
    expect(
      isConsentNotice(
        'Vous pouvez accepter, REFUSER ou paramétrer vos choix à tout moment depuis cette page.',
      ),
    ).toBe(true);
    expect(
      isConsentNotice(
        'You can accept, Reject or manage your preferences for this site at any moment.',
      ),
    ).toBe(true);
    // Prose holding neither a tracker word nor a refusal's stem (`declining` is one, without the rest).
    expect(
      isConsentNotice(
        'The council met on Monday to discuss the new budget for the harbour district.',
      ),
    ).toBe(false);
    expect(
      isConsentNotice(
        'The mayor said the declining number of visitors worried the shop owners in the old town.',
      ),
    ).toBe(false);
  });

  test('an appeal is found by any of its stems, anywhere in the line', () => {
    expect(isReaderAppeal('Subscribe to our newsletter for the morning briefing.')).toBe(true);
    expect(isReaderAppeal('Abonnez-vous à notre lettre d’information.')).toBe(true);
    expect(isReaderAppeal('Pour ne rien manquer, SUIVEZ-NOUS sur les réseaux.')).toBe(true);
    expect(isReaderAppeal('The harbour reopened on Monday after the storm.')).toBe(false);
  });

  test('a comment thread heading may open with its count spelled out, in any case', () => {
    expect(countedOnTitle('One thought on “A walk by the harbour”')).toBe(true);
    expect(countedOnTitle('ONE THOUGHT ON "The harbour"')).toBe(true);
    expect(countedOnTitle('Ein Gedanke zu „Der Hafen“')).toBe(true);
    expect(countedOnTitle('Une réflexion sur « Le port »')).toBe(true);
    expect(countedOnTitle('uma resposta para “O porto”')).toBe(true);
    expect(countedOnTitle('12 comments on "The harbour"')).toBe(true);
    // Not a count word, or no quoted title.
    expect(countedOnTitle('Ona thought on “x”')).toBe(false);
    expect(countedOnTitle('Another thought on “x”')).toBe(false);
    expect(countedOnTitle('One thought on the harbour')).toBe(false);
  });

  test('word characters: Latin, Greek, Cyrillic, Arabic letters and digits, Hangul; ideographs one word each', () => {
    // A character between two letters joins them into one word when it is a word character, else parts them.
    const words = (c: number): number => wordsUpTo(`a${String.fromCharCode(c)}a`, 20);
    const joins: [number, boolean][] = [
      [0x2f, false],
      [0x30, true],
      [0x39, true],
      [0x3a, false],
      [0x40, false],
      [0x41, true],
      [0x5a, true],
      [0x5b, false],
      [0x60, false],
      [0x7b, false],
      [0xbf, false],
      [0xc0, true],
      [0xd7, false],
      [0xf7, false],
      [0x24f, true],
      [0x250, false],
      [0x36f, false],
      [0x370, true],
      [0x52f, true],
      [0x530, false],
      [0x61f, false],
      [0x620, true],
      [0x64a, true],
      [0x64b, false],
      [0x65f, false],
      [0x660, true],
      [0x6d3, true],
      [0x6d4, false],
      [0x6ff, false],
      [0x700, false],
      [0xabff, false],
      [0xac00, true],
      [0xd7a3, true],
      [0xd7a4, false],
    ];
    for (const [c, join] of joins) expect([c, words(c)]).toEqual([c, join ? 1 : 2]);
    expect(wordsUpTo('Ελληνικά κείμενα εδώ', 20)).toBe(3);
    expect(wordsUpTo('مرحبا بالعالم الآن', 20)).toBe(3);
    expect(countWords('한국어 문장입니다').words).toBe(2);
    expect(countWords('日本語の文').words).toBe(5);
    expect(countWords('a×b÷c').words).toBe(3);
    expect(wordsUpTo('one two three four five', 3)).toBe(3);
  });
});
