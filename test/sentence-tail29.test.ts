/**
 * A renderer breaks the body's first sentence at a line break (`<br>`): the
 * sentence's head stands on a line of its own, its tail opens the next one in
 * lower case, with no blank line between (the tail closing the sentence with
 * its stop, however short) or with one (a whole paragraph going on). The
 * head is the body's first line, not a header's line left above it. A deck
 * over a `by X` byline, and a headline over a paragraph opening with a name
 * spelled in lower case (`iPhone`), are left as they were.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const MENU = ['Plot Notes', 'Home', 'Tutorials', 'About', 'Contact', ''];
const TITLE = 'How to Resize the Labels of a Chart in a Plotting Library';
const REST = [
  'The tutorial covers these sections:',
  '* Example data',
  '* Example 1: resize all labels',
  '* Example 2: resize the axis labels',
  '',
  'For the examples we first build a small table of three groups and their shares, which we then draw as a bar chart with the default settings of the library.',
  '',
  'The default labels are readable on a screen but far too small once the chart is printed, so we will change their size step by step in the examples below.',
  '',
  'In the first example we set one size for every label of the chart at once, which is the quickest way when all the text should grow by the same amount.',
  '',
  '© 2025 Plot Notes',
];

describe("the body's first sentence broken at a line break", () => {
  test('head, then a short tail closing it in lower case right under it: the head opens the body', () => {
    const text = [
      ...MENU,
      TITLE,
      '',
      'In this article, I will explain how to make the labels of a chart larger and',
      'smaller in a few lines.',
      '',
      ...REST.slice(5),
    ].join('\n');
    const a = parseArticle(text);
    expect(a.title).toBe(TITLE);
    expect(a.text.startsWith('In this article, I will explain how to make the labels')).toBe(true);
    expect(a.text).toContain('smaller in a few lines.');
  });

  test('head, a blank line, then a paragraph going on in lower case: the head opens the body', () => {
    const text = [
      'Harbour Sailing Blog',
      'Home',
      'Events',
      'Contact',
      '',
      'Published by Harbour Sailing Blog on 23 February 2020',
      '',
      'Poster competition Keep Our Harbour Clean!And once more about water:',
      '',
      '»Keep Our Harbour Clean!«',
      '',
      'The poster competition for young sailors',
      '',
      'takes place this year for the sixth time. Children between six and twelve are invited to send in their colourful ideas for a cleaner harbour before the end of March.',
      '',
      'Draw a poster under the motto of the competition and send your message to the club. The best posters will hang in the harbour office all summer long for every visitor to see.',
      '',
      'The jury of three club members will choose the winners in April, and every child who takes part receives a small prize at the summer regatta.',
      '',
      'Share this post',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.title).toBe('»Keep Our Harbour Clean!«');
    expect(a.text.startsWith('The poster competition for young sailors')).toBe(true);
    expect(a.text).toContain('takes place this year for the sixth time.');
  });

  test('a deck over a `by X` byline stays out of the body', () => {
    const text = [
      ...MENU,
      TITLE,
      '',
      'Chart makers worry that most readers never see the labels printed on their charts',
      '',
      'by Jane Porter (text) and Sam Reed (pictures), published for the Plot Notes team',
      '',
      ...REST,
    ].join('\n');
    const a = parseArticle(text);
    expect(a.text).not.toContain('Chart makers worry that most readers never see the labels');
  });

  test('a headline over a paragraph opening with a name in lower case (`iPhone`) stays out of the body', () => {
    const head = 'Why the smallest phones are coming back this year';
    const text = [
      ...MENU,
      head,
      '',
      'iPhone sales of the smaller models rose again this spring, and other makers are following with their own compact phones for people who want one hand free.',
      '',
      ...REST,
    ].join('\n');
    const a = parseArticle(text);
    expect(a.text.startsWith(head)).toBe(false);
  });
});
