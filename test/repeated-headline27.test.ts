/**
 * The title of a text page (issue 10, item 4, session 27): a page whose
 * header is an editor's interface (a prompt over the author's name, a notice
 * to the reader) and whose headline stands at the head of the text printed
 * twice, a share box between its two copies. The headline shown twice is
 * the title, not the prompt over the byline; a caption printed in a run of
 * copies (a gallery's) is not taken for one. Pages are synthetic, written
 * here, laid out as a browser's `innerText` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'Harbour council approves a new winter ferry timetable';
const BODY = [
  'The harbour’s four ferry operators met the council’s transport committee on Monday afternoon to discuss the plan, which would take effect in the spring if the full council approves it next month.',
  'Commuters have complained for years that the crossings change without notice, and a survey by the residents’ association found that one passenger in three had missed a connection since the summer.',
  'The operators said they would study the proposal but warned that the weather on the bay makes some crossings impossible to promise weeks ahead, especially in the winter months.',
];

describe('the headline printed twice at the head of the text', () => {
  test('is the title, not the prompt over the byline; its copy leaves the text', () => {
    const text = [
      'Ready to go?',
      'Pick the colours and the fonts of your page as you like them',
      'Ana Ribeiro',
      '6 min read',
      'Sign in / Sign up',
      'Ana Ribeiro',
      'Next story',
      'This story is hidden from the front page, which means only readers with its link can find it. Do you still want to share it with your friends?',
      HEADLINE,
      'Share on Twitter',
      'Share on Facebook',
      HEADLINE,
      '',
      ...BODY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(text);
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs.map((p) => p.text)).not.toContain(HEADLINE);
    for (const p of BODY) expect(a.paragraphs.map((x) => x.text)).toContain(p);
  });

  test('a caption printed again in a gallery’s run of copies is not taken for the headline', () => {
    const caption = 'The northern pier of the harbour at dawn';
    const text = [
      HEADLINE,
      '',
      BODY[0],
      '',
      'One picture',
      caption,
      '',
      BODY[1],
      '',
      'A gallery',
      caption,
      caption,
      caption,
      '',
      BODY[2],
    ].join('\n');
    expect(parseArticle(text).title).toBe(HEADLINE);
  });
});
