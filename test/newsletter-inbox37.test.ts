/**
 * A newsletter box between paragraphs whose heading names the reader's inbox
 * instead of the newsletter (issue 10, session 37, blind round 37h: a US
 * local paper, all three renders). The box's pitch and button left the body
 * but its heading (`Get local news in your inbox`) stayed as a subheading: a
 * newsletter box is found from its form's line up to a heading naming a
 * newsletter or a sign-up, and this one named neither. The mailbox the box
 * promises the news to (`your inbox`, `votre boîte mail`, `Ihr Postfach`)
 * now names one too (`furniture/newsletter.ts`); as before, the heading
 * counts only with a form's line (a field or a button) a few lines under it,
 * so a subheading naming an inbox over the article's own paragraph stays.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37h/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37h/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37h/${name}`] ?? '';

describe('a newsletter box headed by the reader’s inbox, between paragraphs (Chromium)', () => {
  const a = parseArticle(read('newsletter-inbox.chromium.txt'), {
    url: 'https://www.millbrookcourier.example/2024/05/02/grocery-co-op-opening-date/',
  });

  test('the box leaves whole; the paragraphs around it stay', () => {
    expect(a.title).toBe('Downtown grocery co-op sets opening date after two-year wait');
    expect(a.text).not.toContain('Weekday headlines in your inbox');
    expect(a.text).not.toContain('the five stories Millbrook is talking about');
    expect(a.paragraphs[1]?.text).toMatch(/^The co-op has signed up 1,240 member-owners/);
    expect(a.paragraphs[2]?.text).toMatch(/^General manager Teresa Lund said/);
  });

  test('guard: a subheading naming an inbox over the article’s paragraph stays', () => {
    expect(a.paragraphs.map((p) => p.text)).toContain('When a scam email lands in your inbox');
    expect(a.paragraphs.at(-1)?.text).toBe(
      'The store will be open from 7 a.m. to 9 p.m. every day.',
    );
  });
});
