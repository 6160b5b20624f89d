import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const LEDE =
  'The Larkspur Valley is a long glacial valley in the northern uplands, known for its terraced orchards, its slate quarries and the stone bridges that cross its river at every village along the way.';
const PARA = (n: number): string =>
  `Paragraph ${n} of the section tells how the valley's farmers, millers and quarrymen lived through the long winters, what they traded with the towns downstream and how the roads and the ferries changed over the centuries.`;
const CONTENTS = [
  'Contents',
  '1 Geography',
  '2 History',
  '2.1 Early settlement',
  '2.2 Modern era',
  '3 Economy',
  '4 See also',
  '5 External links',
];
const SECTIONS = [
  'Geography',
  PARA(1),
  '',
  PARA(2),
  '',
  'History',
  PARA(3),
  '',
  PARA(4),
  '',
  PARA(5),
];

/** A reference page: its name, a skip link, what stands before the contents, the numbered contents, the sections. */
const referencePage = (before: string[]): string =>
  [
    'Larkspur Valley',
    'Jump to navigation Jump to search',
    ...before,
    '',
    ...CONTENTS,
    ...SECTIONS,
  ].join('\n');

const INFOBOX = ['Region\tNorthern uplands', 'Area\t412 km2', 'Population\t18,200'];

describe('the title of a page whose body follows a numbered table of contents', () => {
  it("is never the contents' last entry, right above the body", () => {
    const a = parseArticle(referencePage(INFOBOX));
    expect(a.title).not.toBe('5 External links');
    expect(a.title ?? '').not.toContain('External links');
  });

  it("is the page's name on the first line, a skip link between it and the lede", () => {
    const a = parseArticle(referencePage([LEDE, '', ...INFOBOX]));
    expect(a.title).toBe('Larkspur Valley');
    expect(a.paragraphs.map((p) => p.text)).toContain(PARA(5));
  });

  it("names no author from an info box's rows once its first row is refused as the title", () => {
    const rows = [
      'Industry\tOpen-source software',
      'Founded\tFebruary 28, 1998; 18 years ago',
      'Founder\tNorthwind Communications Corporation',
      'Products\tLarkspur Application Suite',
      'Divisions\t',
      'Larkspur Corporation',
      'Larkspur Foundation',
    ];
    const a = parseArticle(referencePage(rows));
    expect(a.title ?? '').not.toContain('External links');
    expect(a.title ?? '').not.toContain('\t');
    expect(a.authors).toEqual([]);
  });
});

describe('a numbered headline stays a headline', () => {
  it('reads a listicle headline (`10 Ways …`) over its byline as the title', () => {
    const input = [
      '10 Ways the Valley Farmers Kept Their Orchards Alive',
      'By Jane Example',
      '',
      LEDE,
      '',
      PARA(1),
      '',
      PARA(2),
    ].join('\n');
    expect(parseArticle(input).title).toBe('10 Ways the Valley Farmers Kept Their Orchards Alive');
  });

  it('reads a listicle headline under a list of teasers counting down as the title', () => {
    const input = [
      '23 Bridges Worth the Detour',
      '21 Orchards to Visit in Spring',
      '',
      '12 Things the Valley Quarrymen Knew About Slate',
      'By Jane Example',
      '',
      LEDE,
      '',
      PARA(1),
    ].join('\n');
    expect(parseArticle(input).title).toBe('12 Things the Valley Quarrymen Knew About Slate');
  });
});
