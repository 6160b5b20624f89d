/**
 * Pictures' captions and credits the text path's body leaves out (session
 * 25): a credit line that names a stock library alone (`Getty Images`,
 * `Shutterstock.com`); a caption known by the credit under it that says who
 * lent the picture (`Courtesy of …`); a caption opening the body above the
 * byline. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, pageWithLine, TITLE } from './helpers/port-page.js';

const CAPTION =
  'A container ship waits off the breakwater at dawn. Dockers say queues like this one have grown longer since the spring.';

/** The page with `lines` (blocks a blank line apart) between the second and the third paragraph. */
function pageWithLines(lines: string[]): string {
  return pageWithLine(lines.join('\n\n'));
}

describe('a credit under a picture, with no photographer', () => {
  test('a credit line naming a stock library alone is left out, the paragraph over it kept', () => {
    for (const credit of ['Getty Images', 'Shutterstock.com']) {
      const a = parseArticle(pageWithLines([CAPTION, credit]));
      expect(a.text).not.toContain(credit);
      expect(a.paragraphs.map((p) => p.text)).toEqual([
        ...PARAGRAPHS.slice(0, 2),
        CAPTION,
        ...PARAGRAPHS.slice(2),
      ]);
    }
  });

  test('a subheading over a stock picture stays, its credit goes', () => {
    const heading = 'Cranes for the new terminal';
    const a = parseArticle(pageWithLines([heading, 'Shutterstock']));
    expect(a.paragraphs.map((p) => p.text)).toContain(heading);
    expect(a.text).not.toContain('Shutterstock');
  });

  test('a caption over `Courtesy of <name>` is left out, and the credit with it', () => {
    const a = parseArticle(pageWithLines([CAPTION, 'Courtesy of Salma Idrissi']));
    expect(a.text).not.toContain('container ship waits');
    expect(a.text).not.toContain('Courtesy');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('a paragraph that says `courtesy` in a sentence stays', () => {
    const line =
      'The visit was a courtesy of the harbour master, who showed the delegation around the new terminal and its cranes.';
    const a = parseArticle(pageWithLines([line]));
    expect(a.paragraphs.map((p) => p.text)).toContain(line);
  });
});

describe('a caption opening the body above the byline', () => {
  const caption =
    'Salma Idrissi, head of the port authority, pictured at the terminal in 2023. Her plan for the gates is raising eyebrows.';
  const question = 'Remember the queues at the gates last summer?';

  function page(byline: string[]): string {
    return [
      ...MENU,
      '',
      TITLE,
      caption,
      ...byline,
      '',
      question,
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ].join('\n');
  }

  test('the caption is left out though a short question opens the article', () => {
    const a = parseArticle(page(['By Karim Benali']));
    expect(a.text).not.toContain('pictured');
    expect(a.paragraphs[0]?.text).toBe(question);
    expect(a.authors).toEqual(['Karim Benali']);
  });

  test('with no byline between them, the caption over a short question stays where it is', () => {
    const a = parseArticle(page([]));
    expect(a.paragraphs[0]?.text).toBe(caption);
  });
});
