/**
 * A list between two paragraphs under a subheading of two words, as Chromium
 * prints it (issue 10, session 35, blind round 35c: a job advertisement's
 * `Vos missions` list). Chromium's `innerText` prints `<h3>` and the `<li>`
 * under it one a line with no blank line, and the next subheading glued under
 * the last item. The round 35b rule (list-between35.test.ts) keeps such a run
 * when each of its lines holds three words or more; a subheading of two words
 * over it (`Key responsibilities`) took the whole list out as a latest-news
 * run. The run's first line may now be its heading in a word or two, over two
 * items or more of three words or more. A related box whose label is a word or
 * two (`Related stories` ⏎ four headlines) between two paragraphs stays out.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body35c/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const files = import.meta.glob('./fixtures/body35c/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body35c/${name}`] ?? '';

describe('a list under a two-word subheading between two paragraphs (Chromium)', () => {
  test("the subheading and its items are the article's, and the text goes on under them", () => {
    const text = read('list-short-head.chromium.txt');
    const a = parseArticle(text);
    expect(a.title).toBe('Volunteer coach wanted for our junior squad');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Our junior squad has grown to forty rowers this season, and we are looking for a second volunteer coach to help on Saturday mornings from September.',
      'Key responsibilities',
      'Lead warm-ups and land training for groups of up to ten juniors',
      'Coach from the launch during water sessions on the estuary',
      "Help the head coach plan the term's training programme",
      'Look after the junior boats and report any damage',
      'About you',
      "You will have rowed or coached before and hold a current safeguarding certificate, or be willing to take the club's free course in August.",
      'To apply, send a short note about your rowing background to the club secretary by 30 June.',
    ]);
    expect(parseTicker(text)).toEqual([]);
  });

  test('guard: a related box under a two-word label stays out of the body', () => {
    const a = parseArticle(read('links-short-head.chromium.txt'));
    expect(a.title).toBe('Club regatta moves to the October half-term');
    expect(a.paragraphs[0]?.text).toMatch(/^This year's club regatta will take place/);
    expect(a.text).not.toMatch(
      /Related stories|three medals|boathouse roof|membership fees|slipway/,
    );
  });
});
