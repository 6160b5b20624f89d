/**
 * An inline chart between two parts of an article (issue 10), as Chromium's
 * `innerText` prints it: the chart's title, then one short line a cell
 * (`$263`, `billion`, `’17`), then its credit. More than a screenful of
 * short lines, but no gap in the article's prose. The page is synthetic;
 * it prints no byline or date (nothing anchors the article's start).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BEFORE = [
  'The harbour authority expects the cost of dredging the estuary to rise sharply over the next decade, as silt brought down by the winter floods settles in the shipping lane faster than before.',
  'Engineers told the board on Thursday that the channel had lost almost a metre of depth since the spring, and that larger ferries would have to wait for high tide before they could enter the port.',
  '“We can no longer plan on the old figures,” said the authority’s chief engineer, who presented the report. “Every year the river brings us more work than the year before.”',
  'The board agreed to ask the regional government for a share of the cost, which is expected to reach its highest level in twenty years by the end of the decade.',
];
const CHART = [
  'Yearly dredging costs',
  '$41',
  'million',
  '$38',
  'million',
  '30',
  '20',
  '10',
  '$12',
  'million',
  '0',
  '’17',
  '’18',
  '’19',
  '’20',
  '’21',
  '’22',
  '’23',
  '’24',
  '’25',
  '’26',
  'By The Harbour Gazette | Source: Port authority',
];
const AFTER = [
  'Shipping companies have already warned that delays at the entrance to the port would push some of their routes to the larger harbour further up the coast, taking jobs with them.',
  'The authority said it would publish a plan for the next five years before the summer, and that it would look again at a proposal to build a breakwater at the mouth of the estuary.',
  'Fishermen, whose boats draw less water, said they had not yet noticed the change, but that the sandbanks at the mouth of the river had moved twice since the floods.',
  'The last large dredging campaign, twelve years ago, took two winters and closed the inner basin to yachts for most of a season, a delay the marina’s tenants still remember.',
  'This time the authority wants to work at night and in short stretches, so that the ferries can keep their timetable and the fish market can go on landing its catch at dawn.',
  'A public meeting on the plan is to be held in the town hall next month, and the authority has promised to answer every written question sent to it before then.',
];
const PAGE = [
  'Sections',
  'SEARCH',
  'Business',
  'Subscribe',
  'Log In',
  '',
  'Silt from the winter floods will double the harbour’s dredging bill',
  '',
  [...BEFORE, ...CHART, ...AFTER].join('\n\n'),
  '',
  'More in Business',
  'Ferry operator adds a night crossing',
  'Port workers vote on new contract',
  '',
].join('\n');

describe('an inline chart between two parts of the article', () => {
  const article = parseArticle(PAGE);

  test('the paragraphs on both sides of the chart are the body', () => {
    const texts = article.paragraphs.map((p) => p.text);
    for (const p of [...BEFORE, ...AFTER]) expect(texts).toContain(p);
  });

  test('the chart’s cells are not paragraphs of the article', () => {
    const texts = article.paragraphs.map((p) => p.text);
    for (const cell of ['$41', '’17', 'million', '30']) expect(texts).not.toContain(cell);
  });
});
