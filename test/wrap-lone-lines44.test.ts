/**
 * Hard-wrapped text where the wrapper left some lines whole past its width
 * (session 44): pandoc's plain text, a mail client's, a README wrapped by hand
 * wrap paragraphs at 72 columns but print a heading or a list item's link text
 * on one line however long. Those lines stand alone between blank lines; the
 * width is read from the paragraphs of two lines or more.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { splitLines } from '../src/input/text-blocks.js';
import { unwrap } from '../src/input/wrapped.js';

/** A page wrapped at 72 columns whose headline and related headlines are left whole. */
const PAGE = [
  'Home',
  '',
  '-   News',
  '-   Sport',
  '',
  'Town council votes to keep the night buses running through the winter months of next year',
  '',
  'By Ruth Calloway',
  '',
  'The town council voted on Tuesday to keep the three night bus routes',
  'running until the end of March, after a petition signed by more than two',
  'thousand shift workers asked it to reverse a cut announced in October.',
  '',
  'The routes cost about forty thousand pounds a month to run. The council',
  'said it would pay for them from the parking reserve while it looks for a',
  'new operator willing to share the cost with the hospital trust.',
  '',
  'Most read',
  '',
  '-   Bridge on the coast road closes for three weeks of repairs to its supports and railings',
  '',
  '-   School choir chosen to sing at the regional cathedral on Christmas Eve this year again',
  '',
  '-   Fire crews called to a barn blaze near the reservoir late on Sunday evening after storms',
].join('\n');

describe('a wrap whose headings and links run past the width', () => {
  test('the width is read from the paragraphs, the lone long lines aside', () => {
    expect(unwrap(PAGE, splitLines(PAGE))?.width).toBe(72);
  });

  test("the article's paragraphs are joined and read under its headline", () => {
    const a = parseArticle(PAGE);
    expect(a.kind).toBe('article');
    expect(a.title).toBe(
      'Town council votes to keep the night buses running through the winter months of next year',
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'The town council voted on Tuesday to keep the three night bus routes running until the end of March, after a petition signed by more than two thousand shift workers asked it to reverse a cut announced in October.',
      'The routes cost about forty thousand pounds a month to run. The council said it would pay for them from the parking reserve while it looks for a new operator willing to share the cost with the hospital trust.',
    ]);
  });

  test('text printed a paragraph a line, each alone between blank lines, is not read as wrapped', () => {
    const oneLine = [
      'The town council voted on Tuesday to keep the three night bus routes running until the end of March, after a petition signed by more than two thousand shift workers.',
      '',
      'The routes cost about forty thousand pounds a month to run, and the council said it would pay for them from the parking reserve for now.',
      '',
      'A new operator is being sought.',
    ].join('\n');
    expect(unwrap(oneLine, splitLines(oneLine))).toBeUndefined();
  });
});
