/**
 * A wire with no byline whose only credit is the agency's closing tail
 * (`(Reporting by X in City; Editing by Y)`, French `(Reportage X, avec Y à
 * City; version française Z, édité par W)`): its reporters are the authors,
 * its editors are not, and only a whole tail line right under the body counts.
 * A `Read Next` box with a section label over each headline gives related links.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEAD = [
  'Harbour Post',
  'World',
  'Business',
  'Markets',
  'Sign In',
  'Port authority doubles dredging budget as silt chokes container berths',
  'March 3, 2025 9:15 AM GMT+1',
];
const BODY = [
  'CASABLANCA, March 3 (Harbour Wire) - The port authority will double its dredging budget this year after silt cut the depth of two container berths, its director said on Monday, forcing larger ships to wait offshore.',
  'The authority said dredgers would remove about 2.4 million cubic metres of sediment by the end of the summer, against 1.1 million last year, after heavy winter rains carried more silt down the river.',
  'Shipping lines have complained of delays of up to three days at the berths, and two of them added a congestion surcharge on cargo bound for the port last month.',
  'Analysts say the work is needed before a new terminal opens next year and that the cost will be covered by higher port dues on containers.',
];
const FOOT = [
  'Our Standards: The Harbour Wire Principles.',
  '© 2025 Harbour Wire. All rights reserved',
];

function page(tail: string[], head: string[] = HEAD, body: string[] = BODY): string {
  return [...head, ...body, ...tail, ...FOOT].join('\n');
}

/** The text each author's span covers in `input`. */
function spanned(input: string, a: ReturnType<typeof parseArticle>): Array<string | null> {
  return a.spans.authors.map((s) => (s ? input.slice(s.start, s.end) : null));
}

describe('the reporters of a wire tail, with no byline', () => {
  test('English: the reporters, each without their place, and no editor', () => {
    const input = page([
      '(Reporting by Nadia Berrada in Casablanca and Omar Fassi in Tangier; Editing by Paul Kerr and Anne Dowd)',
    ]);
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Nadia Berrada', 'Omar Fassi']);
    expect(spanned(input, a)).toEqual(['Nadia Berrada', 'Omar Fassi']);
    expect(a.text).not.toContain('Reporting by');
  });

  test('additional reporting and writing are authors too; the editor is not', () => {
    const input = page([
      '(Reporting by Nadia Berrada; Additional reporting by Leila Amrani in Rabat; Writing by Samir Haddad; Editing by Paul Kerr)',
    ]);
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Nadia Berrada', 'Leila Amrani', 'Samir Haddad']);
    expect(spanned(input, a)).toEqual(['Nadia Berrada', 'Leila Amrani', 'Samir Haddad']);
  });

  test('names listed with commas and a `with reporting by` run', () => {
    const input = page([
      '(Reporting by Nadia Berrada, Omar Fassi, with reporting by Leila Amrani and Samir Haddad, editing by Paul Kerr.)',
    ]);
    expect(parseArticle(input).authors).toEqual([
      'Nadia Berrada',
      'Omar Fassi',
      'Leila Amrani',
      'Samir Haddad',
    ]);
  });

  test('a second place after a reporter is no name', () => {
    const input = page([
      '(Reporting by Nadia Berrada in Casablanca and New York; Editing by Paul Kerr)',
    ]);
    expect(parseArticle(input).authors).toEqual(['Nadia Berrada']);
  });

  test('French agency form: the reporters, not the translator or the editor', () => {
    const head = [
      'Dépêches',
      'Le port double son budget de dragage face à l’envasement des quais',
      'Publié le 03/03/2025 à 09h15',
    ];
    const body = [
      "CASABLANCA, 3 mars (Harbour Wire) - L'autorité portuaire va doubler cette année son budget de dragage, l'envasement ayant réduit la profondeur de deux quais à conteneurs, a déclaré lundi son directeur.",
      "Les dragues doivent retirer environ 2,4 millions de mètres cubes de sédiments d'ici la fin de l'été, contre 1,1 million l'an dernier, après de fortes pluies hivernales.",
      'Les compagnies maritimes se plaignent de retards pouvant atteindre trois jours, et deux d’entre elles ont ajouté une surtaxe de congestion le mois dernier.',
    ];
    const input = page(
      [
        '(Reportage Nadia Berrada, avec Omar Fassi à Tanger; version française Claire Morel, édité par Jean Roux)',
      ],
      head,
      body,
    );
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Nadia Berrada', 'Omar Fassi']);
    expect(spanned(input, a)).toEqual(['Nadia Berrada', 'Omar Fassi']);
  });
});

describe('what is no wire tail to read', () => {
  test('a byline wins: the tail adds no one', () => {
    const head = [...HEAD.slice(0, -1), 'By Karen Holt', HEAD[HEAD.length - 1] ?? ''];
    const input = page(['(Reporting by Nadia Berrada; Editing by Paul Kerr)'], head);
    expect(parseArticle(input).authors).toEqual(['Karen Holt']);
  });

  test('a body sentence that speaks of reporting by someone is no credit', () => {
    const body = [
      ...BODY,
      '(The figures follow reporting by Nadia Berrada in the local press last week.)',
    ];
    const input = page([], HEAD, body);
    expect(parseArticle(input).authors).toEqual([]);
  });

  test('a tail between two paragraphs is not read', () => {
    const body = [
      ...BODY.slice(0, 2),
      '(Reporting by Nadia Berrada; Editing by Paul Kerr)',
      ...BODY.slice(2),
    ];
    const input = page([], HEAD, body);
    expect(parseArticle(input).authors).toEqual([]);
  });

  test('an editor alone is no author', () => {
    const input = page(['(Editing by Paul Kerr)']);
    expect(parseArticle(input).authors).toEqual([]);
  });
});

describe('a `Read Next` box with a section label over each headline', () => {
  test('its headlines are related links, its labels are not', () => {
    const input = page([
      '(Reporting by Nadia Berrada; Editing by Paul Kerr)',
      'Read Next',
      'Africa',
      'Rail freight operator orders forty new locomotives for phosphate line',
      'Business',
      'Cement makers lift prices as building permits climb for a third month',
      'Sponsored Content',
      'Site Index',
    ]);
    const a = parseArticle(input);
    expect(a.related.map((r) => r.title)).toEqual([
      'Rail freight operator orders forty new locomotives for phosphate line',
      'Cement makers lift prices as building permits climb for a third month',
    ]);
    expect(a.text).not.toContain('Africa');
    expect(a.paragraphs.at(-1)?.text).toBe(BODY[BODY.length - 1]);
  });
});
