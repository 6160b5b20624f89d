/**
 * An old site's archived story (round 43w): `/archives/1998/12/03/<page>.html`
 * names one article filed under its day, not the archive's listing, however
 * short its slug; the archive's own pages stay listings.
 */
import { describe, expect, test } from 'vitest';
import { listingUrl } from '../src/article/text/url-kind.js';

describe("an archive's day path", () => {
  test('a page under the archive word and a full day is an article', () => {
    expect(listingUrl('http://www.courrier.example/archives/1998/12/03/agadir-halle.html')).toBe(
      false,
    );
    expect(listingUrl('https://www.journal.example/archive/2024/05/17/port.php')).toBe(false);
  });

  test("the archive's day, month and year pages stay listings", () => {
    expect(listingUrl('http://www.courrier.example/archives/1998/12/03/')).toBe(true);
    expect(listingUrl('http://www.courrier.example/archives/1998/12/')).toBe(true);
    expect(listingUrl('http://www.courrier.example/archives/')).toBe(true);
    expect(listingUrl('http://www.courrier.example/archives/page/2')).toBe(true);
  });
});
