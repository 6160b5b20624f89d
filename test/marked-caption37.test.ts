/**
 * A picture's caption under the mark a text browser prints for the picture
 * (issue 10, session 37, blind round 37: the uncredited caption). w3m prints an
 * image with no alt text as its file's name in brackets (`[ferry-dock]`) and
 * its caption right under it, no blank line between; a caption with no credit
 * is a full sentence and stood as the body's first paragraph or between
 * paragraphs. A line of a caption's length (up to 250 characters) printed
 * right under such a mark, with a blank line under it, now leaves the body
 * (`article/text/marked-captions.ts`). On the dev corpus's tune renders, no
 * line the gold holds in its main text has that place. A long paragraph under
 * a mark, a line with a blank line between it and the mark, and a byline
 * under the author's portrait, stay.
 *
 * The page is synthetic, written for this test in test/fixtures/body37/.
 */
import { describe, expect, test } from 'vitest';
import { newTextDoc } from '../src/article/text/doc.js';
import { markedCaption } from '../src/article/text/marked-captions.js';
import { parseArticle } from '../src/index.js';
import { textBlocks } from '../src/input/text-blocks.js';

const files = import.meta.glob('./fixtures/body37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37/${name}`] ?? '';
const url = 'https://www.lakelandledger.example/news/ferry-holm-island-resume-after-repair';

describe("a caption under its picture's mark", () => {
  const a = parseArticle(read('marked-caption.w3m.txt'), { url });

  test('the captions leave the body, which opens with the first paragraph', () => {
    expect(a.title).toBe('Ferry service to Holm Island to resume after six-month repair');
    expect(a.paragraphs[0]?.text).toMatch(/^The ferry to Holm Island will start running again/);
    expect(a.text).not.toContain('The new landing stage at Holm Island was lowered');
    expect(a.text).not.toContain('Residents queued outside');
    expect(a.text).toContain('Work finished early');
    expect(a.text).toContain('Councillor Rhona Greig said the island had coped remarkably well.');
  });

  test("a byline under the author's portrait stays the byline", () => {
    expect(a.authors).toEqual(['Ellen Marsh']);
    // Read as the recogniser reads a block: the byline is none (nor is a form's button's line), the caption is.
    const input =
      'Lead.\n\n[ellen-marsh]\nvon Ellen Marsh, Online-Redaktion Veröffentlicht: 12.05.2025\n\n' +
      '[ferry-dock]\nThe new landing stage was lowered into place last week.\n\n[Submit]\nThe new landing stage was lowered into place.\n';
    const doc = newTextDoc(input, textBlocks(input));
    expect(doc.blocks.map((_, i) => markedCaption(doc, i))).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  test('a long paragraph under a mark, and a line apart from its mark, stay', () => {
    expect(a.text).toContain('The first sailing leaves the mainland at 7.15am on Monday.');
    expect(a.text).toContain('Timetables are printed at the harbour office, and the council');
    expect(a.text).toContain('The council will review the service in the autumn, once');
  });
});
