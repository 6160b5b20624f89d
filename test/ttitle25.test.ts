/**
 * The headline of a hard-wrapped dump whose prose is printed at a margin, as
 * lynx prints a page: paragraphs and lists indented, headings at the left
 * edge. Among the lines above the body, the one printed at the left edge is
 * the page's heading, and it wins over an indented line nearer the body (a
 * photo's caption, a teaser); a dump with no margin is read as before. Pages
 * are synthetic, written here. The list of the page's `<link>` elements lynx
 * prints first (`#Feed » Comments Feed`) is never the body's first paragraph.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const WIDTH = 74;
const MARGIN = '   ';

/** `text` hard-wrapped at {@link WIDTH} columns, each line opening with `indent`. */
function wrap(text: string, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

const HEADLINE = 'Harbour crews finish the new ferry terminal ahead of winter';
const PARAGRAPHS = [
  'The harbour authority opened its new ferry terminal on Monday, two months ahead of the schedule it set when the work began last spring, and the first boats docked there at dawn.',
  'The building replaces a wooden shed that had served passengers since the early sixties, and it holds a waiting hall, a ticket office and a small cafe run by a local family.',
  'Ferry operators welcomed the opening, though several captains said that the new quay is still too short for the largest boats that cross to the islands in the summer months.',
  'The authority said that the quay will be lengthened next year once the budget for the second phase of the works has been approved by the regional council in the spring.',
];

/**
 * A page as lynx dumps it: a long menu (indented bullets), the headline at
 * the left edge, `under` it the lines `margin` indents, then the body's
 * paragraphs wrapped at `margin`.
 */
function lynxPage(under: string[], margin = MARGIN): string {
  const menu = Array.from({ length: 20 }, (_, i) => `${margin}  * Section ${i + 1}`);
  const lines = [...menu, '', HEADLINE, '', ...under.map((u) => margin + u), ''];
  for (const p of PARAGRAPHS) lines.push(...wrap(p, margin), '');
  return lines.join('\n');
}

describe('a hard-wrapped dump with a margin: the line at the left edge is the heading', () => {
  test.each([
    ["a photo's caption", ['Ferry passengers queue at the terminal in the early morning']],
    [
      "a gallery's caption with a kicker",
      ['Opening day: a crowd watches the first boat arrive at the quay'],
    ],
    [
      'a caption under an image link',
      ['[terminal.jpg]', 'Passengers walk along the new quay towards the waiting hall'],
    ],
  ])('over %s nearer the body', (_, under) => {
    const a = parseArticle(lynxPage(under));
    expect(a.title).toBe(HEADLINE);
    expect(a.spans.title && lynxPage(under).slice(a.spans.title.start, a.spans.title.end)).toBe(
      HEADLINE,
    );
    expect(a.paragraphs.map((p) => p.text.replace(/\s+/g, ' '))).toEqual(PARAGRAPHS);
  });
});

describe("lynx's list of the page's links on the first line is never the body's", () => {
  const POST_TITLE = 'Ghosts, haunted piers and the harbour at night (#5)';
  const SITE = 'The Night Cabinet';

  test('the feed links wrapped over the first lines stay out of the body', () => {
    const input = [
      ...wrap(
        `#${SITE} » Feed ${SITE} » Comments Feed ${SITE} » ${POST_TITLE} Comments Feed Older episode (#4) alternate alternate ${SITE} WordPress.com`,
        MARGIN,
      ),
      '',
      `${MARGIN}Skip to content`,
      '',
      `${MARGIN}${SITE}`,
      '',
      `${MARGIN}(BUTTON) Menu`,
      `${MARGIN}  * Home`,
      `${MARGIN}  * Archive`,
      '',
      POST_TITLE,
      '',
      `${MARGIN}Published on 19 June 2016 by ${SITE}`,
      '',
      ...PARAGRAPHS.slice(0, 2).flatMap((p) => [...wrap(p, MARGIN), '']),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(POST_TITLE);
    expect(a.paragraphs.map((p) => p.text.replace(/\s+/g, ' '))).toEqual(PARAGRAPHS.slice(0, 2));
  });
});
