/**
 * Guards for session 37's kept folds: the recognisers that folded a block's
 * whole line again (a forum's action row, a list's introduction, a medium's
 * mark) read the block's kept fold when there is one. Their answers must not
 * depend on it: on every line of every text fixture, with every block folded
 * first or none, the answers are the same. These tests pass on the code before
 * the change too; they pin that the fold given changes no answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { opensList } from '../src/article/text/body-region.js';
import { foldedOf, newTextDoc, type TextDoc } from '../src/article/text/doc.js';
import { mediaUnits } from '../src/article/text/media-units.js';
import { threadEnd } from '../src/article/text/thread-posts.js';
import { isPostActionRow } from '../src/furniture/comments.js';
import { textBlocks } from '../src/input/text-blocks.js';
import { fold } from '../src/text/fold.js';
import { introducesList } from '../src/ticker/latest-news.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

/** A document of `input`'s blocks; with `folded`, every block's fold kept first. */
function docOf(input: string, folded: boolean): TextDoc {
  const doc = newTextDoc(input, textBlocks(input));
  if (folded) for (const b of doc.blocks) foldedOf(doc, b);
  return doc;
}

describe('kept folds change no answer', () => {
  test('every line of every fixture: the same answer with its fold given as without', () => {
    let lines = 0;
    let rows = 0;
    let lists = 0;
    for (const file of TEXT_FIXTURES) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const text = line.trim();
        if (!text) continue;
        lines++;
        const f = fold(text);
        const row = isPostActionRow(text);
        const list = introducesList(text);
        expect(isPostActionRow(text, f), `${file}: ${text}`).toBe(row);
        expect(introducesList(text, f), `${file}: ${text}`).toBe(list);
        if (row) rows++;
        if (list) lists++;
      }
    }
    // Enough lines, and some of each kind, for the comparison to mean something.
    expect(lines).toBeGreaterThan(5000);
    expect(rows).toBeGreaterThan(0);
    expect(lists).toBeGreaterThan(5);
  });

  test('every fixture: the same media units, list openings and thread end with every block folded first', () => {
    for (const file of TEXT_FIXTURES) {
      const input = readFileSync(file, 'utf8');
      const fresh = docOf(input, false);
      const folded = docOf(input, true);
      expect(mediaUnits(folded), file).toEqual(mediaUnits(fresh));
      const region = { first: 0, last: fresh.blocks.length - 1, weight: 0 };
      expect(threadEnd(folded, region), file).toBe(threadEnd(fresh, region));
      for (const b of fresh.blocks) {
        const same = folded.blocks[b.index];
        if (same) expect(opensList(folded, same), `${file}: ${b.text}`).toBe(opensList(fresh, b));
      }
    }
  });

  test('a forum thread, written here: its action rows are read on the kept fold', () => {
    const input = [
      'Brake squeal after the new rotors',
      '',
      'My rotors squeal at low speed since I changed them last week, any idea why this happens?',
      'Like Quote Reply',
      'rider_42',
      'Sintered pads fixed it for me.',
      'Like Quote Reply',
      'velo_anna',
      'Clean the rotors with alcohol and bed the pads in again.',
      'Like Quote Reply',
      'Be the first to know',
    ].join('\n');
    for (const folded of [false, true]) {
      const doc = docOf(input, folded);
      for (const b of doc.blocks) doc.roles.set(b.index, 'body');
      // The run crossed the first row; two rows follow, each under a post's sentence: the thread ends at the last post.
      const end = threadEnd(doc, { first: 1, last: 4, weight: 0 });
      expect(doc.blocks[end]?.text).toBe(
        'Clean the rotors with alcohol and bed the pads in again.',
      );
    }
  });

  test('a list heading closed by a colon is folded without it, the fold given or not', () => {
    // `zutaten:` is no heading's word: the caller's fold serves only a line no colon or space closes.
    expect(introducesList('Zutaten:', fold('Zutaten:'))).toBe(true);
    expect(introducesList('Zutaten für 4 Personen', fold('Zutaten für 4 Personen'))).toBe(true);
    // Guard: a short line opening with the word and no servings' number is no heading.
    expect(introducesList('Zutaten sind teuer', fold('Zutaten sind teuer'))).toBe(false);
  });

  test('an action row read on its fold, and a line of other words that is none', () => {
    expect(isPostActionRow('Like Quote Reply', fold('Like Quote Reply'))).toBe(true);
    expect(isPostActionRow('Zitieren Antworten Melden', fold('Zitieren Antworten Melden'))).toBe(
      true,
    );
    expect(isPostActionRow('Reply to the editor', fold('Reply to the editor'))).toBe(false);
  });
});
