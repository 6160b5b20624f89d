/**
 * A related link's label glued to its headline over a subheading (issue 10,
 * session 35, blind round 35b). Chromium prints an inline related box
 * (`<b>Mehr zum Thema</b><a>…</a>`) as one line with no space between the
 * label and the headline (`Read moreHarbour board agrees …`), and the
 * article's next subheading right under it with no blank line. The line
 * under a box's label was read as the box's next headline, and the
 * subheading was lost. A label glued to its headline is one link set inline,
 * as `See also: <title>` is: the line under it is the article's. A label on
 * its own line over its headlines (`Mehr zum Thema` ⏎ two headlines) stays a
 * box, its headlines out of the body.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body35/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body35/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body35/${name}`] ?? '';

describe('a related label glued to its headline (Chromium)', () => {
  test('the subheading under the glued link is the article’s, the link is not', () => {
    const a = parseArticle(read('glued-label.chromium.txt'));
    expect(a.title).toBe('Ferry service to Westholm Island will run all year from spring');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Islanders on Westholm have waited more than a decade for boats that run through the winter. From the first of April, the ferry will sail all year round, the harbour board confirmed on Tuesday evening.',
      'During the summer months there will be six crossings a day, falling to three between November and February. The first boat leaves the mainland pier at seven in the morning.',
      'Fares stay the same until next year',
      'Tickets will cost the same as they do now for at least twelve months, the operator said. Islanders with a resident card will continue to travel at half price.',
      '"We know how much the winter crossings matter to families and to the school," said the board\'s chair, Fiona Baird. A review of passenger numbers is planned for the autumn.',
    ]);
    expect(a.related.map((r) => r.title)).toContain(
      'Harbour board agrees new berth for visiting yachts',
    );
  });

  test('guard: a label on its own line over two headlines stays a box, out of the body', () => {
    const a = parseArticle(read('label-box.chromium.txt'));
    expect(a.title).toBe('Grundschule Bergdorf bekommt eine neue Mensa');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(4);
    expect(texts[2]).toMatch(/^Während der Bauzeit essen die Kinder/);
    expect(a.text).not.toMatch(/Mehr zum Thema|Elternbeirat|Sporthalle/);
  });
});
