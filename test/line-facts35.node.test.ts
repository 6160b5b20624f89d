/**
 * The per-line facts table (src/article/text/line-facts.ts) gives the answers
 * the direct readings give, on every line of every text fixture, whatever
 * order the lines are asked in and however often.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { newTextDoc } from '../src/article/text/doc.js';
import { headOf, pagerOf } from '../src/article/text/line-facts.js';
import { isPagerLine } from '../src/furniture/pager.js';
import { textBlocks } from '../src/input/text-blocks.js';
import { foldHeadCode } from '../src/text/fold.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

const FILES = TEXT_FIXTURES;

describe('line facts', () => {
  test('the fixtures hold lines to read', () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  test('each block gives the direct reading, asked from the last block up and again', () => {
    let lines = 0;
    let pagers = 0;
    for (const file of FILES) {
      const input = readFileSync(file, 'utf8');
      const doc = newTextDoc(input, textBlocks(input));
      for (let round = 0; round < 2; round++)
        for (let k = doc.blocks.length - 1; k >= 0; k--) {
          const b = doc.blocks[k];
          if (!b) continue;
          expect(headOf(doc, b), `${file}: ${b.text}`).toBe(foldHeadCode(b.text));
          expect(pagerOf(doc, b), `${file}: ${b.text}`).toBe(isPagerLine(b.text));
          if (round === 0 && isPagerLine(b.text)) pagers++;
          if (round === 0) lines++;
        }
    }
    // Enough lines, pagers among them, for the comparison to mean something.
    expect(lines).toBeGreaterThan(5000);
    expect(pagers).toBeGreaterThan(5);
  });

  test('a pager line and its neighbours, written here', () => {
    const input = [
      'Économie',
      '',
      'Le port franchit un nouveau record de conteneurs',
      'Page 2 sur 40',
      '« Précédent  Suivant »',
      'Suivant la décision du conseil, le port ouvre un troisième quai.',
    ].join('\n');
    const doc = newTextDoc(input, textBlocks(input));
    const answers = doc.blocks.map((b) => pagerOf(doc, b));
    expect(answers).toEqual([false, false, true, true, false]);
    // `Économie` folds to `économie` less its accent: the head is `ec`.
    const first = doc.blocks[0];
    expect(first && headOf(doc, first)).toBe('e'.charCodeAt(0) * 65536 + 'c'.charCodeAt(0));
  });
});
