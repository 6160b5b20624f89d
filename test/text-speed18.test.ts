import { describe, expect, test } from 'vitest';
import { findInlineRelated, relatedAt } from '../src/article/recognisers/related.js';
import { newTextDoc } from '../src/article/text/doc.js';
import { isCommentHeading, isCommentLine } from '../src/furniture/comments.js';
import { isPhotoCredit } from '../src/furniture/credits.js';
import type { Block } from '../src/input/block.js';
import { looksLikeMojibake } from '../src/input/mojibake.js';
import { paddedGaps } from '../src/text/chars.js';
import { fold } from '../src/text/fold.js';

/** The whole of `text` as one block. */
const whole = (text: string): Block => ({
  index: 0,
  text,
  start: 0,
  end: text.length,
  verbatim: true,
  blankBefore: 0,
});

describe('text path speed (session 18): same answers by cheaper means', () => {
  test('mojibake: the share of pairs among the letters decides, however few pairs there are', () => {
    // One pair (`Ã©`) among 49 other letters: 2 % of 50, a warning; among 51, no warning.
    const pair = 'Ã©';
    expect(looksLikeMojibake(`${pair}${'a'.repeat(48)}`)).toBe(true);
    expect(looksLikeMojibake(`${pair}${'a'.repeat(49)}`)).toBe(false);
    // Letters after the pair count too, spaces and digits do not.
    expect(looksLikeMojibake(`${'a'.repeat(24)} 123 ${pair}${'a'.repeat(24)}`)).toBe(true);
    expect(looksLikeMojibake(`${'a'.repeat(30)}${pair}${'a'.repeat(30)}`)).toBe(false);
    // A French paragraph with an accent before a curly apostrophe reads as no mojibake.
    const french =
      'Il a été’ dit que la séance du conseil municipal reprendrait lundi matin à neuf heures.';
    expect(looksLikeMojibake(french.repeat(3))).toBe(false);
    // UTF-8 read as Latin-1 is mojibake.
    // (Each UTF-8 byte as the Latin-1 character of that code: no Buffer, so the test runs in the browser too.)
    const bytes = new TextEncoder().encode(
      'Le conseil a été réuni à Fès près de la médina, où l’été est chaud.',
    );
    expect(looksLikeMojibake(String.fromCharCode(...bytes))).toBe(true);
    // A pair whose second half sits right past the 16 kB sample is counted, as the loop did.
    expect(looksLikeMojibake(`${'a '.repeat(8191)}bÃ©${'x'.repeat(10)}`)).toBe(false);
  });

  test('a layout row needs ten spaces between two cells', () => {
    expect(paddedGaps(`[photo]${' '.repeat(9)}See more`)).toBe(0);
    expect(paddedGaps(`[photo]${' '.repeat(10)}See more${' '.repeat(14)}03/05/2022`)).toBe(2);
    expect(paddedGaps(`${' '.repeat(12)}indented line`)).toBe(0);
    expect(paddedGaps(`a${' '.repeat(19)}b${' '.repeat(9)}c`)).toBe(1);
  });

  test('folding through the table: marks dropped, ligatures opened, spaces collapsed', () => {
    expect(fold('  Élève  À  l’École  ')).toBe("eleve a l'ecole");
    expect(fold('مُحَمَّد  الـمغرب')).toBe('محمد المغرب');
    expect(fold('ﻻ بأس')).toBe('لا باس');
    expect(fold('«Guillemets» – tiret')).toBe('"guillemets" - tiret');
  });

  test('inline related links are found wherever the label stands in a paragraph', () => {
    const text =
      "Le conseil s'est réuni lundi à Rabat. Lire aussi : Le budget de la ville adopté en séance. Les élus ont ensuite voté la motion. À lire aussi : Les travaux du tramway reprennent. La séance a été levée.";
    const found = findInlineRelated(text, whole(text)).map((r) =>
      text.slice(r.titleStart, r.titleEnd),
    );
    expect(found).toEqual([
      'Le budget de la ville adopté en séance.',
      'Les travaux du tramway reprennent.',
    ]);
    // A label after a no-break space, and a word that only opens like a label (`aussitôt`).
    const nbsp =
      'Il est parti aussitôt.\u00a0Lire aussi\u00a0: Le port de Tanger bat son record. Fin.';
    expect(
      findInlineRelated(nbsp, whole(nbsp)).map((r) => nbsp.slice(r.titleStart, r.titleEnd)),
    ).toEqual(['Le port de Tanger bat son record.']);
    // A paragraph with the hint but no label has no related link.
    const none =
      'Il a aussi dit que la ville lirait le rapport aussi vite que possible, sans plus.';
    expect(findInlineRelated(none, whole(none))).toEqual([]);
  });

  test('the longest label wins at a line start', () => {
    const line = 'Lire aussi : Le budget de la ville';
    const m = relatedAt(line, 0, line.length);
    expect(m?.titleStart).toBe(line.indexOf('Le budget'));
    expect(relatedAt('Lirette et ses amis', 0, 19)).toBeUndefined();
  });

  test('a caption closed by a credit after its last sentence, within its last 60 characters', () => {
    expect(
      isPhotoCredit("Le chantier du nouveau pont sur l'oued, vu depuis la rive. Photo L'Écho"),
    ).toBe(true);
    expect(isPhotoCredit('Les travaux ont repris lundi. Image: Agence du port')).toBe(true);
    // The credit word too far from the end, or without the stop before it, is no credit.
    expect(
      isPhotoCredit(
        'Le pont. Photo de groupe des ouvriers du chantier prise lundi matin devant la grande grue du port',
      ),
    ).toBe(false);
    expect(isPhotoCredit('Le chantier du nouveau pont sur l’oued photo prise lundi')).toBe(false);
  });

  test('comment controls and headings are read with or without their counts', () => {
    expect(isCommentLine('Reply')).toBe(true);
    expect(isCommentLine('Reply (3)')).toBe(true);
    expect(isCommentLine('12 Like')).toBe(true);
    expect(isCommentLine('Reply to the minister')).toBe(false);
    expect(isCommentHeading('12 Comments')).toBe(true);
    expect(isCommentHeading('Comments [4]:')).toBe(true);
  });

  test('a text document has all its fields from the start, whatever the page fills in later', () => {
    const a = newTextDoc('One line', [whole('One line')]);
    const b = newTextDoc('Wrapped', [whole('Wrapped')], 72);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining(['weights', 'folded', 'furniture', 'foldGetter']),
    );
    expect(b.wrapWidth).toBe(72);
    expect(a.wrapWidth).toBeUndefined();
  });
});
