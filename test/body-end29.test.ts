/**
 * The body's end (issue 10, the text body's recall): a letter's sign-off
 * (`Thanks in advance`, `Liebe Grüße`, `Cordialement`) under the last full
 * paragraph is the writer's closing line, not the site's, and the text that
 * follows it (a post's later edit) goes on the body. Synthetic pages built
 * on the invented port story.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

/** Blocks a blank line apart: menu, headline, byline, the paragraphs, `after`, footer. */
const page = (after: string[]): string =>
  `${[MENU.join(' '), TITLE, 'By Karim Benali', ...PARAGRAPHS, ...after, FOOTER.join(' ')].join('\n\n')}\n`;

/** A short paragraph written after the post (an edit), shorter than a full paragraph. */
const EDIT = 'EDIT: Thanks to all of you for the answers, they gave me a lot to read.';

describe('a sign-off under the last paragraph', () => {
  test.each(['Thanks in advance', 'Liebe Grüße', 'Cordialement,', 'Best regards,', 'Saludos!'])(
    '%s stays, and the edit under it too',
    (line) => {
      const a = parseArticle(page([line, EDIT]));
      expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS, line, EDIT]);
    },
  );

  test('the name signing under it ends the body', () => {
    const a = parseArticle(page(['Liebe Grüße', 'Amina', EDIT]));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS, 'Liebe Grüße']);
  });

  test('a menu line under the last paragraph still ends the body', () => {
    const a = parseArticle(page(['Share this story', EDIT]));
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

/** The article's last paragraph, long enough to stand alone (over 400 characters). */
const LAST =
  'Carriers that use the southern quay say the real test will come in December, when the holiday trade doubles the number of boxes arriving from Asia and the customs office moves to its new building on the other side of the harbour; until then the authority has promised to keep two extra gates open at night and to post the waiting time at each gate on its website every fifteen minutes, day and night, so that drivers can choose the shortest queue before they leave the motorway.';

/** A box of other articles' headlines under its label, set inside the article. */
const RELATED = [
  'Related',
  'Rail freight to the south doubles in a year',
  'New ferry line links Tangier and Sete',
  'Dock workers agree on a new pay scale',
].join('\n');

/** Blocks a blank line apart: menu, headline, byline, the paragraphs, the related box, `after`, footer. */
const boxed = (after: string[]): string =>
  `${[MENU.join(' '), TITLE, 'By Karim Benali', ...PARAGRAPHS, RELATED, ...after, 'Most read\nCranes arrive at the port\nA new terminal opens', FOOTER.join(' ')].join('\n\n')}\n`;

describe('a paragraph under a box of headlines inside the article', () => {
  test('a long paragraph right under the last headline is the article going on', () => {
    const a = parseArticle(boxed([LAST]));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS, LAST]);
  });

  test('a short excerpt there stays a teaser', () => {
    const excerpt = 'The dockers union signed the deal on Monday after a week of talks.';
    const a = parseArticle(boxed([excerpt]));
    expect(a.text).not.toContain(excerpt);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('a sentence broken over two lines under the last paragraph', () => {
  test.each([
    ['Send your drawing before the first of April to the', 'harbour office.'],
    ['Schicke deine Zeichnung bis zum ersten April an die', 'Hafenverwaltung.'],
  ])('%s ⏎ %s goes on the body', (line, next) => {
    const last = `${PARAGRAPHS[3]}\n${line}\n${next}`;
    const text = `${[MENU.join(' '), TITLE, 'By Karim Benali', ...PARAGRAPHS.slice(0, 3), last, FOOTER.join(' ')].join('\n\n')}\n`;
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS, line, next]);
  });

  test('a line stopping on a capitalised word is a heading’s, and stays out', () => {
    const last = `${PARAGRAPHS[3]}\nMore from the harbour desk\nSubscribe.`;
    const text = `${[MENU.join(' '), TITLE, 'By Karim Benali', ...PARAGRAPHS.slice(0, 3), last, FOOTER.join(' ')].join('\n\n')}\n`;
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('the site’s own box closing the body', () => {
  const URL = 'https://www.harbourdaily.com/news/port-traffic-tangier';
  const PROMO =
    'Whether you ship one box or a hundred, our team finds you the quickest berth and the lowest fee. Not a customer yet? Switching takes five minutes and costs nothing.';
  const closing = (heading: string): string =>
    `${[MENU.join(' '), TITLE, 'By Karim Benali', ...PARAGRAPHS, heading, PROMO, FOOTER.join(' ')].join('\n\n')}\n`;

  test('a heading naming the site (its address’s label) and its text leave the body', () => {
    const a = parseArticle(closing('Well served with harbourdaily'), { url: URL });
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('a heading over the company’s description (`About harbourdaily`) stays', () => {
    const a = parseArticle(closing('About harbourdaily'), { url: URL });
    expect(a.text).toContain(PROMO);
  });

  test('a heading naming another site stays', () => {
    const a = parseArticle(closing('Well served with portnews'), { url: URL });
    expect(a.text).toContain(PROMO);
  });
});
