/**
 * Session 25, the text header under the page's top.
 *
 * An `Updated` label before a byline's date (`By X Updated Nov 13, 2019`)
 * makes it an update's date, even though `updated` holds the letters of the
 * publication label `date`: a page whose address files it under a full day
 * is dated by that day, as the HTML path dates it. A publication label, or
 * no dated address, keeps the date read.
 * Synthetic dumps written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const BODY = [
  'The city council voted on Tuesday to extend the river walk by two kilometres, a project first promised a decade ago and delayed twice by disputes over the cost of the new bridges.',
  '',
  'Work on the first section is due to start in the spring, the deputy mayor said, and the contractors expect to finish the whole walk before the end of the following year if the weather allows.',
  '',
  'Residents of the eastern districts, who have waited longest, welcomed the decision but asked for lighting and benches along the stretch that runs past the old warehouses and the rowing club.',
].join('\n');

function updatedPage(label: string): string {
  return [
    'Site menu',
    'News',
    'Sport',
    '',
    'River walk to grow by two kilometres after council vote',
    '',
    `By Jane Roberts ${label} Nov 13, 2019, 10:28am EST`,
    '',
    BODY,
    '',
  ].join('\n');
}

const URL = 'https://news.example.org/city/2019/11/8/18877/river-walk-extended';

describe('an update label before the byline date', () => {
  test('the day the address files the page under dates it, not the update', () => {
    const a = parseArticle(updatedPage('Updated'), { url: URL });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-08');
    expect(a.authors).toEqual(['Jane Roberts']);
  });

  test('a publication label keeps the date it labels', () => {
    const a = parseArticle(updatedPage('Published'), { url: URL });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-13');
  });

  test('with no dated address the update date is still the one read', () => {
    const a = parseArticle(updatedPage('Updated'), {
      url: 'https://news.example.org/city/river-walk-extended',
    });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-13');
  });
});

/**
 * A cookie banner printed first in a dump reads as prose by its length, yet it
 * is the page's frame: the date line over the headline still anchors the
 * header, so the lede above a long box of job offers opens the body.
 */
const LEDE = [
  'A team of engineers in Lyon has run a small fusion reactor for eight minutes without a break, a record for a machine of its size, and says the result brings a cheap and clean source of power a step closer, although many physicists warn that a working power plant is still decades away.',
  'The machine was built over four years by a group of thirty researchers and students, who say that most of its parts came from suppliers in the region and that the whole reactor cost less than a single large wind turbine.',
];

/** A box of job offers between the lede and the rest of the article: sixteen short lines, no sentence. */
const JOBS = [
  'Top jobs',
  'Quality engineer (m/f/d) Alpha Motors',
  'Stuttgart Apply now',
  'Test engineer (m/f/d) Beta Labs',
  'Leipzig Apply now',
  'Design engineer (m/f/d) Gamma Tools',
  'Dresden Apply now',
  'Electrical engineer (m/f/d) Delta Grid',
  'Bremen Apply now',
  'Project engineer (m/f/d) Example Systems',
  'Munich Apply now',
  'Sales engineer (m/f/d) Sample Works',
  'Berlin Apply now',
  'Process engineer (m/f/d) Demo Pharma',
  'Hamburg Apply now',
  'Site manager (m/f/d) Test Construction',
  'Cologne Apply now',
];

const REST = [
  'The reactor, a tokamak no larger than a garden shed, kept its plasma at more than fifty million degrees during the whole run, according to the figures the team published on Monday after an independent review of the measurements.',
  '',
  'Earlier machines of the same design had held their plasma for seconds at most, and the engineers credit a new cooling system for the walls of the chamber, which absorb most of the heat that escapes the magnetic field.',
  '',
  'The group now wants to build a larger version within five years and is seeking partners among the regional power companies, which have so far shown interest but committed no money to the project.',
].join('\n');

const BANNER =
  'We use cookies to improve your experience on our site and to show you personalised advertising. By continuing to browse, you accept our use of cookies.';

function framedPage(): string {
  return [
    BANNER,
    '',
    'Home',
    'Technology',
    'Energy',
    '',
    'Energy 12.12.2022, 08:30',
    '',
    'Fusion reactor in Lyon runs for eight minutes',
    '',
    LEDE[0],
    '',
    LEDE[1],
    '',
    ...JOBS,
    '',
    REST,
    '',
  ].join('\n');
}

describe('a cookie banner at the top of a dump is the page frame', () => {
  test('the headline under the date line is the title, the lede above the job box opens the body', () => {
    const a = parseArticle(framedPage());
    expect(a.title).toBe('Fusion reactor in Lyon runs for eight minutes');
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-12-12');
    expect(a.paragraphs.map((p) => p.text).slice(0, 2)).toEqual(LEDE);
    expect(a.text).toContain('The group now wants to build a larger version');
    expect(a.text).not.toContain('We use cookies');
  });
});

/**
 * A caption that carries its credit after a slash (`… in Dresden / picture
 * alliance`) is the picture's caption itself: the lede right above it is no
 * caption and stays in the body. A credit alone under a line keeps it out.
 */
const HOME_LEDE =
  'Should every patient with a fever go to hospital? A doctor explains why many older people recover better at home, and why the number of deaths cannot be the only measure of how a country handles an epidemic.';

function creditedPage(credit: string): string {
  return [
    'Home',
    'Health',
    '',
    'Why home care can save lives in an epidemic',
    '',
    'BY ANNA BERG on 21 April 2020',
    '',
    HOME_LEDE,
    '',
    credit,
    '',
    'Doctors in several countries have reported that patients moved from care homes to hospitals during the first weeks of the epidemic often did worse than those who stayed, a pattern that surprised many of them at first.',
    '',
    'The reasons are many, the doctor said: the move itself is a strain for frail people, hospitals were crowded, and the staff there did not know the patients, their habits or their wishes about treatment.',
    '',
    'He argues that care homes should get more nurses and oxygen instead, so that most patients can be treated where they live, and that families should be asked early what the patient would want.',
  ].join('\n');
}

describe('a lede over a caption that carries its own credit', () => {
  test('the lede opens the body, the caption stays out', () => {
    const a = parseArticle(
      creditedPage(
        'The intensive care unit of the university hospital in Dresden / picture alliance',
      ),
    );
    expect(a.paragraphs[0]?.text).toBe(HOME_LEDE);
    expect(a.text).not.toContain('picture alliance');
  });

  test('over a credit alone, naming its photographers, the line is still read as a caption', () => {
    const a = parseArticle(creditedPage('Anna Weiss / Bildwerk / picture alliance'));
    expect(a.text).not.toContain(HOME_LEDE);
    expect(a.paragraphs[0]?.text).toMatch(/^Doctors in several countries/);
  });
});
