/**
 * A software company's promotion box closing a blog post (issue 10, session
 * 35, blind round 35b): a heading, one short paragraph selling the product,
 * and a trial button (`Start your free trial`, `Jetzt kostenlos testen`).
 * `promo-boxes.ts` drops such a box (heading, paragraph, button) at the
 * body's end, but did not know the trial buttons as calls to action, and the
 * box stayed in the article. The labels join the shared vocabulary
 * (`furniture/calls-to-action.ts`). A sentence of the article naming a free
 * trial, and the article's last section with no button under it, stay.
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

describe('a promotion box with a trial button closes the body', () => {
  test('w3m: `Start your free trial` under the box, which leaves with its heading', () => {
    const a = parseArticle(read('trial-box.w3m.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(5);
    expect(texts[4]).toMatch(/^Run such checks from several regions/);
    expect(a.text).not.toMatch(/Monitor uptime|six continents|free trial/);
  });

  test('Chromium: `Jetzt kostenlos testen` under the box (German), glued lines', () => {
    const a = parseArticle(read('testen-box.chromium.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toMatch(/^Wer hohe Anschaffungen plant/);
    expect(a.text).not.toMatch(/Rechnungen in zwei Minuten|ohne Vorkenntnisse/);
  });

  test('guard: the article naming a free trial in its sentences keeps them, and its last section', () => {
    const a = parseArticle(read('trial-prose.w3m.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('Verdict');
    expect(texts.at(-1)).toBe(
      'For anyone who writes on more than one device, Notesmith is worth the money. Try the free trial before committing to a year.',
    );
    expect(a.text).toMatch(/After a free trial of fourteen days/);
  });
});
