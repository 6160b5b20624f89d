/**
 * A section or tag page whose units print their date line first or between
 * the headline and its summary (`06/12/2026` ⏎ `<headline>` ⏎ `<summary>.`,
 * or `<headline>` ⏎ `06/12/2026` ⏎ `<summary>.`), each line its own block as
 * w3m and a WET record print them: a listing whose items carry their own
 * day, not the day of the unit above or below (the stamped units shift by
 * one when the date is read as closing its unit). Where the summary closes
 * the unit with its date under it, the dates stay as they were.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import {
  SECTION_UNITS,
  SECTION_UNITS_AR,
  SECTION_UNITS_EN,
  SITE_FOOT,
  SITE_TOP,
} from './helpers/section-units.js';

type Unit = readonly [string, string, string];
const dateFirst = ([h, s, d]: Unit) => [d, h, s];
const dateBetween = ([h, s, d]: Unit) => [h, d, s];

const SITE = 'https://www.courrierdelest.example';
const frPage = (order: (u: Unit) => string[]) =>
  [...SITE_TOP, 'Casablanca', ...SECTION_UNITS.flatMap(order), SITE_FOOT].join('\n\n');

/** Title, summary and day of each item. */
const read = (text: string, url?: string) => {
  const a = parseArticle(text, url === undefined ? {} : { url });
  return {
    kind: a.kind,
    title: a.title,
    items: (a.items ?? []).map((i) => [i.title, i.teaser, i.publishedAt]),
  };
};

const FR_DAYS = ['2026-12-06', '2026-12-01', '2026-11-28'];
const FR_ITEMS = SECTION_UNITS.map(([h, s], k) => [h, s, FR_DAYS[k]]);

describe("a listing's units with the date line over the headline", () => {
  test.each([
    ['named by its address', `${SITE}/tag/casablanca/`],
    ['with no address', undefined],
  ])('French, %s', (_, url) => {
    expect(read(frPage(dateFirst), url)).toEqual({
      kind: 'listing',
      title: undefined,
      items: FR_ITEMS,
    });
  });

  test('English, no address', () => {
    const text = [
      'The Northshire Post',
      'News Sport Business Opinion',
      'Transport',
      ...SECTION_UNITS_EN.flatMap(dateFirst),
      '© 2026 The Northshire Post',
    ].join('\n\n');
    expect(read(text).items.map((i) => [i[0], i[2]])).toEqual([
      ['Council approves new cycle lanes on the ring road', '2026-12-05'],
      ['Library to open on Sundays from January', '2026-12-02'],
      ['Harbour footbridge reopens after repairs', '2026-11-27'],
    ]);
  });

  test('Arabic, no address', () => {
    const text = [
      'جريدة المدينة',
      'الرئيسية محلي اقتصاد رياضة',
      'محلي',
      ...SECTION_UNITS_AR.flatMap(dateFirst),
      'جميع الحقوق محفوظة © 2026',
    ].join('\n\n');
    expect(read(text).items.map((i) => i[2])).toEqual(['2026-12-06', '2026-12-02', '2026-11-28']);
  });
});

describe("a listing's units with the date line between headline and summary", () => {
  test.each([
    ['named by its address', `${SITE}/tag/casablanca/`],
    ['with no address', undefined],
  ])('French, %s', (_, url) => {
    expect(read(frPage(dateBetween), url)).toEqual({
      kind: 'listing',
      title: undefined,
      items: FR_ITEMS,
    });
  });
});

describe('guards', () => {
  test('units closed by their date line keep their own day', () => {
    expect(read(frPage(([h, s, d]) => [h, s, d])).items).toEqual(FR_ITEMS);
  });

  test('a story whose subheadings each stand over a date line and a paragraph, oldest first, stays an article', () => {
    const text = [
      "Le Courrier de l'Est",
      'Trois semaines sur le chantier du tramway',
      'Par Nadia El Fassi',
      'Pendant trois semaines, notre reporter a suivi les équipes qui posent les rails de la ligne T2 entre le centre-ville et Sidi Moumen, de jour comme de nuit.',
      'La pose des premiers rails',
      '16/11/2026',
      "Les premiers rails arrivent à l'aube par convoi exceptionnel, et les soudeurs commencent aussitôt leur travail sous les projecteurs du chantier.",
      'Le carrefour des Nations Unies',
      '23/11/2026',
      'Le carrefour le plus fréquenté de la ville est fermé pour quatre nuits, et les bus sont déviés par les rues voisines.',
      'Les essais de nuit',
      '30/11/2026',
      'Une première rame a roulé à vitesse réduite entre deux stations, sous les yeux des riverains réveillés par le bruit.',
      SITE_FOOT,
    ].join('\n\n');
    const a = parseArticle(text);
    expect([a.kind, a.title]).toEqual(['article', 'Trois semaines sur le chantier du tramway']);
  });
});
