/**
 * Headings framed by a run of one mark on each side (session 44): html2text
 * prints `****** Title ******`, wikis `== Section ==`, closed Markdown
 * headings `## Notes ##`. The frame is no part of the heading's text.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { framedHeadingsView } from '../src/input/framed-headings.js';

/** A page as html2text prints one: a 79-column wrap, no blank line between paragraphs, framed headings. */
const PAGE = [
  'The_Valley_Gazette',
  '    * News',
  '    * Sport',
  '****** Flood defences on the lower river to be raised by half a metre before ******',
  'By Tom Hadley',
  '4 December 2026',
  'The environment agency will raise the flood walls along the lower river by half',
  'a metre before next winter, it said on Thursday, after three floods in five',
  'years reached the houses nearest the bridge.',
  '***** Work to start in the spring *****',
  'The work will start in April and close the towpath for about four months. The',
  'agency said it would keep one footbridge open at all times during the works.',
  '',
  '***** More from News *****',
  '    * **** Library_opening_hours_cut_on_Saturdays ****',
].join('\n');

describe('headings framed by marks', () => {
  test("a framed headline is the title, without its frame; the spans are the heading's text", () => {
    const a = parseArticle(PAGE);
    expect(a.title).toBe('Flood defences on the lower river to be raised by half a metre before');
    expect(a.text).toContain('The work will start in April');
    expect(a.text).not.toContain('*****');
  });

  test('a framed heading reaching the width is not joined to the line under it', () => {
    const head = '****** Flood defences on the lower river to be raised by a metre now ******';
    const lines = PAGE.split('\n');
    // The headline right over the first paragraph, no byline between.
    lines.splice(3, 3, head);
    const a = parseArticle(lines.join('\n'));
    expect(head.length).toBe(75);
    expect(a.title).toBe('Flood defences on the lower river to be raised by a metre now');
    expect(a.paragraphs[0]?.text).toMatch(/^The environment agency will raise/);
  });

  test('the frame is blanked in a view of the same length', () => {
    const input = 'x\n  == Notes ==\n## Further reading ##\r\nend';
    const view = framedHeadingsView(input);
    expect(view).toBe('x\n     Notes   \n   Further reading   \r\nend');
    expect(view?.length).toBe(input.length);
  });

  test('no frame: marks of unlike runs, a lone mark, no space inside, no letter inside', () => {
    for (const line of ['*** Title **', '* Item *', '**Bold text**', '*** 2026 ***', '==== ===='])
      expect(framedHeadingsView(line)).toBeUndefined();
  });
});
