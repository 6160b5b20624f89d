/**
 * A list under a subheading between two paragraphs, as Chromium prints it
 * (issue 10, session 35, blind round 35b). Chromium's `innerText` prints
 * `<h2>` and the `<li>` under it one a line with no bullet and no blank
 * line, and the next subheading glued under the last item: five lines or more
 * of headline shape in a row, read as a latest-news run and lost with their
 * heading. A run that stands between two whole paragraphs (one right above,
 * a blank line between; one right under it or under a subheading glued to it)
 * and whose lines hold three words or more each is a list of the article's.
 * A box of links there (`Beliebte Kredite` ⏎ `Autokredit` ⏎ …, a word or two
 * a line) stays out, and a latest-news run under a cookie notice stays a
 * ticker.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body35/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const files = import.meta.glob('./fixtures/body35/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body35/${name}`] ?? '';

describe('a list between two paragraphs (Chromium)', () => {
  test("the subheading and its items are the article's, and the text goes on under them", () => {
    const text = read('list-between.chromium.txt');
    const texts = parseArticle(text).paragraphs.map((p) => p.text);
    expect(texts).toEqual([
      'Wer ein Testament verfasst, möchte sicher sein, dass sein letzter Wille auch tatsächlich umgesetzt wird. Schon kleine Formfehler können dazu führen, dass ein Testament unwirksam ist und die gesetzliche Erbfolge greift.',
      'Wir beraten Sie bei der Gestaltung Ihres Testaments und vertreten Sie, wenn es nach einem Erbfall zum Streit unter den Erben kommt.',
      'Unsere Leistungen im Erbrecht',
      'Gestaltung von Testamenten und Erbverträgen',
      'Beratung zur vorweggenommenen Erbfolge',
      'Durchsetzung von Pflichtteilsansprüchen',
      'Vertretung bei der Auseinandersetzung von Erbengemeinschaften',
      'Was kostet eine Erstberatung?',
      'Eine Erstberatung kostet bei uns pauschal 190 Euro. Wird daraus ein Mandat, rechnen wir die Gebühr auf das spätere Honorar an.',
    ]);
    expect(parseTicker(text)).toEqual([]);
  });

  test('guard: a box of links named in a word or two stays out of the body', () => {
    const a = parseArticle(read('links-between.chromium.txt'));
    expect(a.title).toBe('Der Ratenkredit für den Umzug');
    expect(a.paragraphs[0]?.text).toMatch(/^Ein Umzug kostet schnell/);
    expect(a.text).not.toMatch(/Beliebte Kredite|Autokredit|Sofortkredit|Weitere Kredite/);
  });

  test('guard: a latest-news run under a cookie notice stays a ticker', () => {
    const text = read('ticker-under-consent.chromium.txt');
    const a = parseArticle(text);
    expect(a.title).toBe('Library opening hours to be cut at four branches');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toMatch(/Flood defences|Council tax/);
    expect(parseTicker(text).map((i) => i.text)).toContain(
      'Teachers vote to accept new pay offer after long talks',
    );
  });
});
