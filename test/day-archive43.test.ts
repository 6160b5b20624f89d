/**
 * A day's archive (`Archives du dimanche 6 décembre 2026`) lists that day's
 * headlines each under its clock time (round 42d). With four headlines and
 * the site's name printed over the menu, the name was read as a first item
 * and the timed headlines, no longer more than the items read otherwise,
 * lost their times: each item now takes the time of the timed headline it
 * is. The site's name, printed again as the rights line's holder (`© 2026
 * Le Courrier de l'Est`), is the masthead, no item. A time printed on the
 * headline's own line (`18:42 <headline>`, `<headline> - 18:42`) is the
 * item's time, no part of its title.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const UNITS = [
  ['18:42', "Le tramway prolongé jusqu'à Sidi Moumen d'ici 2028"],
  ['16:10', 'Les bus de la ville renouvelés à moitié en un an'],
  ['11:05', 'Un parking souterrain sous la place des Nations Unies'],
  ['09:30', 'La corniche fermée aux voitures le dimanche matin'],
] as const;

const page = (masthead: string, rights: string) =>
  [
    masthead,
    'Accueil',
    'Politique',
    'Économie',
    'Archives du dimanche 6 décembre 2026',
    ...UNITS.flat(),
    '« Jour précédent | Jour suivant »',
    rights,
  ].join('\n');

const items = (text: string) =>
  (parseArticle(text).items ?? []).map((i) => [i.title, i.publishedAt]);

describe("a day's archive of four timed headlines under the site's name", () => {
  test('each headline is an item dated that day at its time', () => {
    expect(items(page("Le Courrier de l'Est", "© 2026 Le Courrier de l'Est"))).toEqual(
      UNITS.map(([time, title]) => [title, `2026-12-06T${time}`]),
    );
  });

  test.each([
    ['opening the line', (time: string, title: string) => `${time} ${title}`],
    ['closing it behind a dash', (time: string, title: string) => `${title} - ${time}`],
  ])("a time printed on the headline's line, %s, is the item's time of that day", (_, line) => {
    const text = [
      "Le Courrier de l'Est",
      'Accueil Politique Économie',
      'Archives du dimanche 6 décembre 2026',
      ...UNITS.map(([time, title]) => line(time, title)),
      '« Jour précédent | Jour suivant »',
      "© 2026 Le Courrier de l'Est",
    ].join('\n');
    expect(items(text)).toEqual(UNITS.map(([time, title]) => [title, `2026-12-06T${time}`]));
  });
});
