import { describe, expect, it } from 'vitest';
import { mayEndCommenterLine, mayOpenCommentHeading } from '../src/furniture/comments.js';
import { isMoreHeading, mayOpenMoreHeading } from '../src/furniture/teaser-headings.js';
import { isTeaserHeading, mayOpenTeaserHeading } from '../src/html/furniture.js';
import { foldHeadCode } from '../src/text/fold.js';
import { patternOpenings } from '../src/text/openings.js';

/** The openings as two-character strings, sorted. */
function heads(pattern: RegExp): string[] | undefined {
  const set = patternOpenings(pattern);
  return set && [...set].map((h) => String.fromCharCode(Math.floor(h / 65536), h % 65536)).sort();
}

describe('patternOpenings', () => {
  it('reads the first two characters of each alternative of a line-start group', () => {
    expect(heads(/^(?:more (?:from|on)|related|editor'?s picks|اقرا ايضا)/u)).toEqual([
      'ed',
      'mo',
      're',
      'اق',
    ]);
    expect(heads(/^(?:ab(?:x|y)|cd)/)).toEqual(['ab', 'cd']);
    expect(heads(/^abc/)).toEqual(['ab']);
  });

  it.each([
    ['an alternative of one character', /^(?:ab|c)/],
    ['an optional first character', /^a?b/],
    ['a repeated second character', /^ab+c/],
    ['an optional group', /^(?:ab|cd)?x/],
    ['alternatives outside the group', /^ab|^cd/],
    ['a class first', /^[ab]c/],
    ['a capturing group', /^(ab)/],
    ['an escape', /^a\.b/],
    ['no anchor', /ab/],
    ['any case', /^ab/i],
  ])('gives no gate for %s', (_, pattern) => {
    expect(patternOpenings(pattern)).toBeUndefined();
  });
});

describe('comment gates on the raw line', () => {
  it.each(['12 Comments', 'Leave a Reply', 'LEAVE A REPLY', 'Réagissez', 'التعليقات (3)'])(
    'lets the heading %j through',
    (line) => {
      expect(mayOpenCommentHeading(foldHeadCode(line))).toBe(true);
    },
  );

  it.each(['Weather', 'Zurück', 'x'])('turns down %j', (line) => {
    expect(mayOpenCommentHeading(foldHeadCode(line))).toBe(false);
  });

  it('reads a commenter line by its last character', () => {
    expect(mayEndCommenterLine('jjfootball says:')).toBe(true);
    expect(mayEndCommenterLine('Marie [ REPLY ]')).toBe(true);
    // Not ASCII: the fold decides.
    expect(mayEndCommenterLine('Marie a dit：')).toBe(true);
    expect(mayEndCommenterLine('The weather today')).toBe(false);
    expect(mayEndCommenterLine('It ended.')).toBe(false);
  });
});

describe('teaser heading gates on the raw line', () => {
  it.each([
    'Related',
    'MOST READ',
    'À lire aussi',
    'Lire aussi',
    'اقرأ أيضا',
    'Lo más leído',
    'Mehr zum Thema',
  ])('lets the heading %j through, as the full check accepts it', (line) => {
    const head = foldHeadCode(line);
    expect(isTeaserHeading(line) || isMoreHeading(line)).toBe(true);
    expect(mayOpenTeaserHeading(head) || mayOpenMoreHeading(head)).toBe(true);
  });

  it.each(['Contact us', 'Home', 'Kontakt', 'Impressum'])('turns down %j unfolded', (line) => {
    const head = foldHeadCode(line);
    expect(mayOpenTeaserHeading(head) || mayOpenMoreHeading(head)).toBe(false);
  });
});
