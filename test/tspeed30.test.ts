/**
 * The steps session 30's dump-fixture speed pass rewrote: the loose key of a
 * ticker headline (quotes, hyphens and the spaces around punctuation ignored),
 * read in one pass instead of three replaces, and the latest-news box printed
 * twice, whose copies are now looked up among headline-sized lines only. What
 * a user reads from them is unchanged: these pass before and after.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const SEP = '\u00a0'.repeat(4);
const LEAD =
  'The regional council voted on Monday to repair forty rural schools before the end of next year, starting with their roofs and their heating.';
const SECOND =
  'Work will begin during the summer holidays, the council said, and the first tenders will be published in the spring for the larger sites.';
const THIRD =
  'Parents in the villages concerned have asked for the buses to keep running while the classrooms are closed, which the council has promised.';

describe('a ticker printed again with other quotes, hyphens and spacing', () => {
  const heads = [
    'Rabat : le tramway prolongé vers Témara-Salé',
    'Football : le « Wydad » recrute un défenseur',
    'Bourse de Casablanca : le MASI en légère hausse.',
    "Météo - de la pluie attendue sur l'Atlantique",
  ];
  // The same headlines as the footer's marquee prints them.
  const again = [
    'Rabat: le tramway prolongé vers Témara Salé',
    'FOOTBALL : le "Wydad" recrute un défenseur',
    'Bourse de Casablanca: le MASI en légère hausse .',
    "Météo de la pluie attendue sur l'Atlantique",
  ];
  const page = (bottom: string) =>
    [
      heads.join(SEP) + SEP,
      '',
      'Rural schools to be repaired',
      LEAD,
      SECOND,
      THIRD,
      '',
      bottom,
    ].join('\n');
  test('its headlines are read once', () => {
    expect(parseTicker(page(again.join(SEP) + SEP)).map((i) => i.text)).toEqual(heads);
  });
  test('a copy cut inside its last headline adds nothing either', () => {
    const cut = `${again.slice(0, 3).join(SEP)}${SEP}Météo de la pluie att`;
    expect(parseTicker(page(cut)).map((i) => i.text)).toEqual(heads);
  });
  test('a line with one headline of its own is read whole', () => {
    const other = [...again.slice(0, 3), 'Météo : du soleil attendu sur le Rif'];
    expect(parseTicker(page(other.join(SEP) + SEP)).map((i) => i.text)).toEqual([
      ...heads,
      ...other,
    ]);
  });
  test('a headline another spacing repeats inside one line is marked as its duplicate', () => {
    const items = parseTicker([...heads, again[2]].join(SEP) + SEP);
    expect(items.map((i) => i.text)).toEqual([...heads, again[2]]);
    expect(items.at(-1)?.duplicateOf).toBe(2);
    expect(items.slice(0, -1).every((i) => i.duplicateOf === undefined)).toBe(true);
  });
  test('the article under it keeps its title and its text', () => {
    const a = parseArticle(page(again.join(SEP) + SEP));
    expect(a.title).toBe('Rural schools to be repaired');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD, SECOND, THIRD]);
  });
});

describe('a latest-news box printed at the top and again under long paragraphs', () => {
  const box = [
    'Night trains return between the two capitals',
    'New coach named for the under-20 football side',
    'Wheat harvest forecast cut after a dry spring',
    'City council approves a second ring road',
    'Tourism receipts reach a record for May',
  ];
  const page = [
    'The Plains Courier',
    'Home',
    'Regions',
    'Latest',
    ...box,
    'Regions',
    'Forty rural schools to be repaired by next year',
    'June 3, 2025',
    LEAD,
    SECOND,
    THIRD,
    'Latest',
    ...box,
    'About us',
  ].join('\n');
  test('its headlines are the ticker, each once, and none is the title or the text', () => {
    expect(parseTicker(page).map((i) => i.text)).toEqual(box);
    const a = parseArticle(page);
    expect(a.title).toBe('Forty rural schools to be repaired by next year');
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEAD, SECOND, THIRD]);
  });
});
