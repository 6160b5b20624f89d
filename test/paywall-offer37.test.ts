/**
 * A paywall's box between a regional paper's paragraphs, the article printed
 * on under it (issue 10, session 37, blind round 37g: a German regional
 * paper). The box opens with its prompt (`Lesen Sie jetzt weiter mit X`), a
 * pitch with its price (`… die ersten 30 Tage für nur 1 €.`), the buttons and
 * the login link (`Bereits Abonnent? Anmelden`); the site prints the rest of
 * the article to crawlers under it. The prompt was not known, the pitch (over
 * 100 characters) was read as the article's, and the subheading under the
 * box was read as one more line of the offer and lost. Now the prompt is a
 * paywall's phrase (`furniture/paywall.ts`), a line of the offer holding a
 * price is the offer's, and past the offer's first line a subheading over a
 * paragraph resumes the article (`article/text/read-body.ts`). A heading right
 * under the prompt (the offer's own, `Ihr Vorteil als Abonnent`) stays out.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37g/.
 */
import { describe, expect, test } from 'vitest';
import { holdsPrice, isPaywallLine } from '../src/furniture/paywall.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37g/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37g/${name}`] ?? '';
const url = 'https://www.weserland-bote.example/lokales/kirchdorf/grundschule-anbau-id123.html';

describe("a paywall's box between the paragraphs, the article printed on under it", () => {
  test('the prompt and the pitch leave the body; the subheading and the paragraphs under the box stay', () => {
    const a = parseArticle(read('paywall-offer.chromium.txt'), { url });
    expect(a.title).toBe('Grundschule Kirchdorf bekommt einen Anbau für die Ganztagsbetreuung');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('Schulleiterin ist erleichtert');
    expect(texts.at(-1)).toMatch(/^Während der Bauzeit soll der Unterricht weiterlaufen\./);
    expect(a.text).not.toMatch(/Lesen Sie jetzt weiter|Unbegrenzt alle Artikel|Jetzt testen/);
  });

  test('the prompt and the price lines read', () => {
    expect(isPaywallLine('Lesen Sie jetzt weiter mit Bote Plus')).toBe(true);
    expect(isPaywallLine('Weiterlesen mit SZ Plus')).toBe(true);
    expect(holdsPrice('Die ersten 30 Tage für nur 1 €.')).toBe(true);
    expect(holdsPrice('£1 a week for 12 weeks')).toBe(true);
    expect(holdsPrice('Die Schule hat 240 Kinder.')).toBe(false);
  });

  test('guard: the offer’s heading right under the prompt stays out', () => {
    const a = parseArticle(read('paywall-plan.chromium.txt'), {
      url: 'https://www.weserland-bote.example/lokales/kirchdorf/grundsteuer-id124.html',
    });
    expect(a.paragraphs[0]?.text).toMatch(/^Die Gemeinde Kirchdorf erhöht zum kommenden Jahr/);
    expect(a.text).not.toMatch(/Ihr Vorteil als Abonnent|Lesen Sie jetzt weiter/);
  });
});
