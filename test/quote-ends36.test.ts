/**
 * A line ending with a closing quote ends a sentence only when the mark
 * before the quote does (`… says “no.”`, `… dit-il. »`), whichever quotes the
 * site prints: a headline quoting a phrase (`Ten Years of “Open Quay Day”`,
 * `Zehn Jahre „Tag des offenen Kais“`) is a headline with straight, English
 * or German quotes alike, not the body's first paragraph. And a straight
 * quote opening a quotation after a space (`Chairwoman Lena Marsh: "We …`) is no teaser's
 * headline glued to its excerpt.
 */
import { describe, expect, test } from 'vitest';
import { endsSentence } from '../src/article/text/body-region.js';
import { parseArticle } from '../src/index.js';

const MENU = [
  'Home',
  'News',
  'Harbour',
  'Trade',
  'Events',
  'Opinion',
  'Sport',
  'Weather',
  'About us',
  'Contact',
  'Archive',
  'Home',
];
const PARAGRAPHS = [
  'The harbour board opened its quays to visitors on Saturday for the tenth time, and more than twelve thousand people came to see the cranes, the pilot boats and the new ferry terminal.',
  'Guided tours left every half hour from the old customs house, and the queue for the tugboat rides reached the fish market by noon, the organisers said in the evening.',
  'The board plans to keep the day in the calendar and to add a night tour of the container terminal next year, when the second crane line is due to open.',
];
const QUOTED =
  'Harbour Board Chairwoman Lena Marsh: "We are glad that so many families came down to the water, and we will open the quays again next autumn, certainly."';

/** A page as a browser copies it: a menu one link a line, the headline, the article's paragraphs, a footer. */
const page = (headline: string, paragraphs: readonly string[] = PARAGRAPHS): string =>
  [
    ...MENU,
    headline,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    '© 2026 Harbour Courier',
    'Imprint',
  ].join('\n');

describe('a headline ending with a quoted phrase', () => {
  const headlines: Record<string, string> = {
    'straight quotes': 'Ten Years of the Harbour Board\'s "Open Quay Day"',
    'English quotes': 'Ten Years of the Harbour Board’s “Open Quay Day”',
    'French quotes': 'Dix ans de la « Journée des quais ouverts »',
  };
  for (const [name, headline] of Object.entries(headlines)) {
    test(`${name}: the headline is the title, not the body's first paragraph`, () => {
      const a = parseArticle(page(headline));
      expect(a.title).toBe(headline);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    });
  }

  test('German quotes read the same (guard: `“` closes no sentence before either)', () => {
    const a = parseArticle(page('Zehn Jahre „Tag des offenen Kais“'));
    expect(a.title).toBe('Zehn Jahre „Tag des offenen Kais“');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('a headline wholly quoted, under its rubric', () => {
  // A rubric over an interview's headline, the headline quoting the interviewee, a long deck asking a question:
  // a quoted line ending with no stop is no paragraph, so the rubric over it is no headline over its text.
  const interview = (headline: string): string =>
    [
      'Topic – Harbours',
      headline,
      'Ships arrive at any hour, cranes never stand still: is a port that never sleeps too good to be true? The harbour master of Tangier explains how the night shift keeps the quays running.',
      '',
      'Interview: Jane Doe',
      '',
      '31.03.2020',
      'Harbours',
      '6 Min.',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
    ].join('\n');
  test('straight quotes: the quoted line is the title, not the rubric', () => {
    const headline = '"The port has its own clock, and it never stops"';
    expect(parseArticle(interview(headline)).title).toBe(headline);
  });

  test('German quotes read the same (guard)', () => {
    const headline = '„The port has its own clock, and it never stops“';
    expect(parseArticle(interview(headline)).title).toBe(headline);
  });
});

describe('a related box whose headlines end with a quoted phrase', () => {
  test('each headline is a related link, not a paragraph', () => {
    const related = [
      'Harbour board names the new pilot chief after a year of “open calls”',
      'Night tours of the container terminal begin with the “Blue Hour” walk',
      'Ferry operators and the board agree on a new timetable for the winter',
    ];
    const text = [
      'Ten Years of the Open Quay Day in the Harbour',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      'Read also',
      ...related,
      '',
      '© 2026 Harbour Courier',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(a.related.map((r) => r.title)).toEqual(related);
  });
});

describe('a quotation opened by a straight quote after a colon', () => {
  test('the paragraph stays in the body', () => {
    const paragraphs = [...PARAGRAPHS.slice(0, 2), QUOTED];
    const a = parseArticle(page('Ten Years of the Open Quay Day in the Harbour', paragraphs));
    expect(a.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  test('a teaser headline glued to its excerpt is still no paragraph (guard)', () => {
    const glued =
      'Harbour Board Names New Pilot Chief"The new chief pilot takes over in March and will lead a team of thirty pilots, the board said.';
    const a = parseArticle(
      page('Ten Years of the Open Quay Day in the Harbour', [...PARAGRAPHS, glued]),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('endsSentence', () => {
  test('a closing quote after a stop ends a sentence, in every convention', () => {
    for (const line of [
      'He said: “We will come back.”',
      'He said: "We will come back."',
      'Sie sagte: „Wir kommen wieder.“',
      'Il a dit : « Nous reviendrons. »',
      'Il a dit : « Nous reviendrons.\u00a0»',
      'Er rief: »Hände weg vom Müll!«',
      'A plain sentence.',
    ])
      expect(endsSentence(line), line).toBe(true);
  });

  test('a closing quote after a word ends none', () => {
    for (const line of [
      'Ten Years of “Open Quay Day”',
      'Ten Years of "Open Quay Day"',
      'Zehn Jahre „Tag des offenen Kais“',
      'Dix ans de la « Journée des quais ouverts »',
      'Read more »',
    ])
      expect(endsSentence(line), line).toBe(false);
  });
});
