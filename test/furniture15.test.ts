import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/**
 * Synthetic news pages as crawlers print them (one block a line, a blank line
 * between blocks): a headline, a byline, five paragraphs, and furniture in the
 * body or after it. A user checks that every paragraph is kept and that no
 * line of the furniture is in the article's text.
 */
interface Story {
  title: string;
  byline: string;
  paragraphs: readonly string[];
}

const EN: Story = {
  title: 'Leeds: the new tram line to Headingley will open next spring, council says',
  byline: 'By Claire Dumont',
  paragraphs: [
    'Leeds city council confirmed on Thursday that the tram line linking the railway station to Headingley will open in April, three weeks ahead of the schedule set when the works began.',
    'The project, which employed nearly 800 workers for two years, cost 310 million pounds, shared equally between the council, the combined authority and the government under the recovery plan.',
    'Opposition councillors nevertheless point to a budget overrun of almost 15 percent and are calling for an independent audit of the contracts awarded to the civil engineering firms chosen in 2022.',
    'According to the transport authority, the new line should carry 45,000 passengers a day from its first year, which would relieve the buses of the area, packed at rush hour, by a wide margin.',
    'Shopkeepers along the hill remain divided: some hope for more customers, while others fear the loss of parking spaces they consider essential to their trade and have started a petition.',
  ],
};

/** The page: menu, headline, byline, paragraphs; `inside` between the second and third paragraphs, `after` after the fifth. */
function page(s: Story, inside: readonly string[] = [], after: readonly string[] = []): string {
  const p = s.paragraphs;
  return [
    'Accueil',
    'Économie',
    'Politique',
    'Sport',
    '',
    s.title,
    '',
    s.byline,
    '',
    p[0],
    '',
    p[1],
    '',
    ...inside.flatMap((l) => [l, '']),
    p[2],
    '',
    p[3],
    '',
    p[4],
    '',
    ...after.flatMap((l) => [l, '']),
    '© 2026 Le Journal de Test. Tous droits réservés.',
    '',
  ].join('\n');
}

/** Every paragraph kept, no line of `furniture` in the text. */
function clean(s: Story, text: string, furniture: readonly string[]): void {
  const a = parseArticle(text);
  expect(a.kind).toBe('article');
  for (const p of s.paragraphs) expect(a.text).toContain(p);
  for (const f of furniture) if (f.trim().length > 0) expect(a.text).not.toContain(f.trim());
}

describe('teaser heading "More on this story" (group 12)', () => {
  test('a teaser card under it inside the body goes', () => {
    const card = [
      'More on this story',
      'Sheffield: the tram-train extension approved',
      'The transport authority confirmed that the extension will serve more than 20,000 residents by the end of next year…',
    ];
    clean(EN, page(EN, card), card);
  });
});
