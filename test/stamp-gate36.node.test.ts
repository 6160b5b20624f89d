/**
 * A stamp line's label is looked up before its date is searched for when the caller gives the line's fold
 * (src/furniture/stamps.ts): the gate never turns down a line the full reading takes, on every line of
 * every text fixture and on hand-written stamps, with and without the marks a renderer prints before them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { foldedOf, newTextDoc } from '../src/article/text/doc.js';
import { stampLineOf } from '../src/article/text/line-facts.js';
import { isStampLine } from '../src/furniture/stamps.js';
import { textBlocks } from '../src/input/text-blocks.js';
import { fold } from '../src/text/fold.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

const FILES = TEXT_FIXTURES;

describe('stamp line gate (guard: the label-first gate changes no answer)', () => {
  test('the fold given or not, every fixture line gets the same answer', () => {
    let lines = 0;
    let stamps = 0;
    for (const file of FILES)
      for (const raw of readFileSync(file, 'utf8').split('\n')) {
        const t = raw.trim();
        const yes = isStampLine(t);
        expect(isStampLine(t, fold(t)), t).toBe(yes);
        lines++;
        if (yes) stamps++;
      }
    expect(lines).toBeGreaterThan(5000);
    expect(stamps).toBeGreaterThan(10);
  });

  test('stamps are still taken with their fold given', () => {
    for (const t of [
      'Published on March 3, 2020',
      'Mis à jour le 12/03/2024 à 10h05',
      'Updated: 10:48, Tue, Nov 19, 2019',
      '| Veröffentlicht am 12.03.2020',
      '* Updated 3 hours ago',
    ])
      expect(isStampLine(t, fold(t)), t).toBe(true);
  });

  test('lines with no label stay no stamps', () => {
    for (const t of ['March 3, 2020', 'The council met on March 3, 2020 to vote.', '|', ''])
      expect(isStampLine(t, fold(t)), t).toBe(false);
  });

  test("a block's stamp answer is the full reading's, its fold kept already or not", () => {
    let stamps = 0;
    for (const file of FILES) {
      const input = readFileSync(file, 'utf8');
      const doc = newTextDoc(input, textBlocks(input));
      // Every other block folded first: the kept fold's path and the gate's path both read.
      for (const b of doc.blocks) if (b.index % 2 === 0) foldedOf(doc, b);
      for (const b of doc.blocks) {
        const yes = isStampLine(b.text);
        expect(stampLineOf(doc, b), b.text).toBe(yes);
        if (yes) stamps++;
      }
    }
    expect(stamps).toBeGreaterThan(10);
  });
});
