/**
 * A lynx dump of a news page (issue 10): lines hard-wrapped at 80 columns, the
 * page's search box printed as `____________________ (BUTTON)`, a photo's
 * caption wrapped over three lines with the byline right under it. The page
 * is synthetic, laid out as `lynx -dump` prints such a page.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'Where do strained U.K.-Irish fishing talks go after Dublin’s decision?';

const PAGE = `   #alternate

   (BUTTON) ____________________
     * Sign In
     * Politics
     * Opinions
     * Local
     * Sports
     * World
     * Business

   dailyherald.example © 1996-2015 The Daily Herald

   Help and Contact Us

   Terms of Service

   Sections
   The Daily Herald
   The Daily Herald
   ${HEADLINE}
   ____________________ (BUTTON)
   Sign In
   Subscribe
   Middle East

${HEADLINE}

   Share on Facebook
   Share on Twitter
   Share via Email
   More Options
   Share on LinkedIn
   Share on Pinterest
   Resize Text
   Print Article
   Comments
   [ferry-1140.jpg?uuid=abc]
   The mayor of Portwell walks along the damaged quay on April 2
   following the storm that closed the old crossing for three weeks.
   (Jane Roe/AFP/Getty Images)
   By Marta Lindqvist April 4 at 9:15 AM Follow @MartaLindqvist

   The councils of Portwell and Eastby voted on Tuesday to study a ferry
   link across the estuary, a month after spring floods cut the only road
   between the two towns for three weeks.

   The study will cost the two councils about 80,000 pounds and should be
   ready before the end of the summer, according to the minutes of the
   joint meeting published on Wednesday morning.

   "We cannot ask people to drive ninety minutes round the bay every time
   the river rises," said the mayor of Eastby, who chaired the meeting and
   asked the regional authority to share the cost of the first year.

   Ferry operators from the north coast have already written to both town
   halls to say they could run a small boat within a year, if the landing
   stages on both banks are repaired before the winter storms arrive.

   Residents of the lower town, where the water reached the first floors of
   many houses, will be asked for their views at a public meeting next
   month, and the councils promised to publish all the responses online.

   Show Comments
   Discussion Policy
`;

describe('a lynx page: byline under a wrapped caption, a search box under the menu’s headline', () => {
  const article = parseArticle(PAGE);

  test('the byline the body’s run took in is the author, not the first paragraph', () => {
    expect(article.authors).toEqual(['Marta Lindqvist']);
    expect(article.paragraphs[0]?.text).toMatch(/^The councils of Portwell and Eastby voted/);
    expect(article.paragraphs.some((p) => p.text.startsWith('By Marta'))).toBe(false);
  });

  test('the author’s span slices back to the name', () => {
    const [span] = article.spans.authors;
    expect(span && PAGE.slice(span.start, span.end)).toBe('Marta Lindqvist');
  });

  test('a search field is never joined to the line above it', () => {
    const texts = [article.title ?? '', ...article.paragraphs.map((p) => p.text)];
    expect(texts.filter((t) => t.includes('(BUTTON)') || t.includes('____'))).toEqual([]);
  });
});
