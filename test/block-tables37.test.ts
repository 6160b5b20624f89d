/**
 * Guard for session 37's by-name reads of the per-block tables
 * (src/article/text/doc.ts): each kind keeps its own table on the document,
 * made once and found again, whatever the order the kinds are asked in. The
 * test passes on the code before the change too: it pins that reading the
 * fields by name changed which table each kind gets in no way.
 */
import { describe, expect, test } from 'vitest';
import { blockFlags, blockNumbers, newTextDoc } from '../src/article/text/doc.js';
import { textBlocks } from '../src/input/text-blocks.js';

const FLAG_KINDS = ['teaserHeadings', 'furniture', 'walls', 'pagers', 'boxItems'] as const;
const NUMBER_KINDS = ['weights', 'lineWeights', 'heads'] as const;

describe('per-block tables', () => {
  const input = ['A headline over two lines', '', 'Its first paragraph, a sentence.', 'Share'].join(
    '\n',
  );

  test('each flag kind has its own table, kept on the document under its name', () => {
    const doc = newTextDoc(input, textBlocks(input));
    const tables = [...FLAG_KINDS].reverse().map((kind) => blockFlags(doc, kind));
    expect(new Set(tables).size).toBe(FLAG_KINDS.length);
    for (const kind of FLAG_KINDS) {
      const table = blockFlags(doc, kind);
      expect(table).toBe(doc[kind]);
      expect(table.length).toBe(doc.blocks.length);
      expect(blockFlags(doc, kind)).toBe(table);
    }
  });

  test('each number kind has its own table, NaN until computed, kept under its name', () => {
    const doc = newTextDoc(input, textBlocks(input));
    const tables = [...NUMBER_KINDS].reverse().map((kind) => blockNumbers(doc, kind));
    expect(new Set(tables).size).toBe(NUMBER_KINDS.length);
    for (const kind of NUMBER_KINDS) {
      const table = blockNumbers(doc, kind);
      expect(table).toBe(doc[kind]);
      expect([...table].every(Number.isNaN)).toBe(true);
      table[0] = 1;
      expect(blockNumbers(doc, kind)[0]).toBe(1);
    }
  });
});
