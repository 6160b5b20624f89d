/**
 * A mailing-list archive's message page by its address (issue 10, session
 * 37, blind round 37: a list archive's web view). The archive's address holds
 * `archives` and the list's name before the message (`/archives/list/<list>/
 * message/<id>/`), and `archives` named a listing: the page was read as a list
 * of items, with no body. A segment naming one item after it (`message`,
 * `thread`, then its id) makes it one item's page; the list's own pages
 * (`/archives/list/<list>/`, `/archives/list/<list>/2025/3/`) stay listings.
 *
 * The page is synthetic, written for this test in test/fixtures/body37/.
 */
import { describe, expect, test } from 'vitest';
import { listingUrl } from '../src/article/text/url-kind.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37/${name}`] ?? '';
const url =
  'https://lists.harbour.example/archives/list/harbour-dev@lists.harbour.example/message/QX4T7B/';

describe("a mailing-list archive's message", () => {
  test('the message is read as an article: its paragraphs are the body', () => {
    const a = parseArticle(read('list-message.w3m.txt'), { url });
    expect(a.kind).toBe('article');
    expect(a.text).toContain(
      'I looked at this over lunch. The compiler was upgraded on the build server on Sunday night',
    );
    expect(a.text).toContain(
      'For the long run we should decide whether the old boards are still worth supporting.',
    );
  });

  test("a message's or a thread's address is no listing's", () => {
    expect(listingUrl(url)).toBe(false);
    expect(
      listingUrl('https://lists.example.org/archives/list/dev@lists.example.org/thread/AB12CD/'),
    ).toBe(false);
  });

  test("the list's own pages stay listings", () => {
    expect(listingUrl('https://lists.example.org/archives/list/dev@lists.example.org/')).toBe(true);
    expect(
      listingUrl('https://lists.example.org/archives/list/dev@lists.example.org/2025/3/'),
    ).toBe(true);
    expect(listingUrl('https://www.example.com/archives/message/')).toBe(true);
  });
});
