/**
 * The body of a text page (issue 10): pages whose article text the body's
 * choice lost to a box or a line around it. Pages are synthetic, written
 * here, laid out as Chromium's `innerText` prints a news page (blocks a
 * blank line apart).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const LEDE =
  'After the armed group announced its strike, some of the people living in the old quarter of the city were afraid to leave their homes, and many shops stayed shut.';
const SECOND =
  'The colonel in charge of the city police came to the quarter and said that more officers, among them the special operations group and the criminal investigation teams, were now patrolling its streets by day and by night.';
const THIRD =
  '"The police are here to support, to reinforce and to go along with every activity of daily life, not only with the patrols that are in the area every day," the officer said.';
const FOURTH =
  "The colonel added that the city's security cameras and drones help to keep the quarter safe, and that at the time of writing public transport was running as on any other day.";
const TITLE = 'Police say all is calm in the old quarter after the strike call';

describe('a box of teasers over the menu ends at the article’s header', () => {
  // The site's menu opens with a teaser heading (`LATEST NEWS`); the article's standfirst stands over its byline.
  const page = [
    'LATEST NEWS',
    'CITY',
    'REGION',
    'COUNTRY',
    'WORLD',
    'POLITICS',
    'SPORT',
    'ECONOMY',
    'MORE',
    'SEARCH',
    'CITY NEWS',
    TITLE,
    'Several shopkeepers in this part of the city closed their shops after the announcement of the armed strike.',
    'By Juliet Moreno',
    '5 May 2022, 6:12 pm',
    'Pictures taken from a video',
    LEDE,
    'More officers in the old quarter',
    SECOND,
    'Read also',
    'Missing dog found in the city park',
    THIRD,
    FOURTH,
    'Tags: police, strike',
    'LATEST STORIES',
    'Deportations rise sharply in the first quarter',
    'Inflation reached nine per cent in April',
  ].join('\n\n');

  test('the paragraphs between the byline and a related link are the article’s, not teasers’ excerpts', () => {
    const a = parseArticle(page);
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Juliet Moreno']);
    for (const p of [LEDE, SECOND, THIRD, FOURTH]) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Missing dog found');
    expect(a.text).not.toContain('Deportations rise');
  });
});
