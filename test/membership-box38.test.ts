/**
 * A club's or an association's membership box closing a news post (issue 10,
 * session 38, blind round 38: a French association's news post, all three
 * renders). The box prints a heading that appeals to the reader (`Rejoignez-nous !`,
 * `Werde Teil unseres Vereins!`), one short pitch and a button (`Adhérer`,
 * `Mitglied werden`). It stayed: a promotion box's heading had to end
 * without a stop or with a question mark, and the membership buttons were no
 * calls to action. Now an appeal's `!` may close a box's heading
 * (`article/text/promo-boxes.ts`), the membership buttons are calls to action
 * (`furniture/calls-to-action.ts`), and lynx's button printed right under
 * the pitch with no blank line opens a block of its own, as other furniture
 * does there (`input/wrapped.ts`). A subheading ending with `!` over the
 * article's paragraphs, with no button under them, stays.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38/${name}`] ?? '';

describe('a sports club’s membership box under its news post (w3m)', () => {
  const a = parseArticle(read('membership-box.w3m.txt'), {
    url: 'https://www.tus-altenfelde.example/aktuelles/handballerinnen-holen-den-bezirkspokal',
  });

  test('the box leaves whole: appeal, pitch and button', () => {
    expect(a.title).toBe('Handballerinnen holen den Bezirkspokal');
    expect(a.text).not.toContain('Werde Teil unseres Vereins!');
    expect(a.text).not.toContain('Schnuppertraining ist jederzeit möglich.');
    expect(a.text).not.toContain('Mitglied werden');
    expect(a.paragraphs.at(-1)?.text).toMatch(/^Gefeiert wurde anschließend im Vereinsheim/);
  });

  test('guard: the article’s own subheading ending with `!` stays, with its paragraph', () => {
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Unsere erste Damenmannschaft h',
      'Was für ein Finale!',
      'Lange sah es nicht nach einem ',
      'Gefeiert wurde anschließend im',
    ]);
  });
});

describe('an association’s membership box, its button right under the pitch (lynx)', () => {
  const a = parseArticle(read('membership-box.lynx.txt'), {
    url: 'https://www.amis-vieux-moulin.example/actualites/le-moulin-ouvre-ses-portes',
  });

  test('the box leaves whole and the post ends on its last paragraph', () => {
    expect(a.title).toBe('Le moulin ouvre ses portes');
    expect(a.text).not.toContain('Soutenez-nous !');
    expect(a.text).not.toContain('En devenant membre');
    expect(a.text).not.toContain('Adhérer');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[2]?.text).toMatch(/auprès de l'association\.$/);
  });
});
