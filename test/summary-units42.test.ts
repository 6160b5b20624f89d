/**
 * A section or tag page whose teasers are written as whole summaries, not cut
 * short (`<headline>` ⏎ `<one sentence>.` ⏎ `06/12/2026`), three units or
 * more of one date shape, newest first: a listing even with no address, its
 * items dated, no headline or body invented. An article whose header has the
 * same shape once (headline, deck, date) stays an article, and so does one
 * with such units in a related box under its text.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import {
  SECTION_UNITS_AR as AR_UNITS,
  SECTION_UNITS_EN as EN_UNITS,
  SECTION_UNITS,
  SITE_FOOT,
  SITE_TOP,
} from './helpers/section-units.js';

const FR_UNITS = SECTION_UNITS;

const page = (top: readonly string[], units: readonly (readonly string[])[], foot: string) =>
  [...top, ...units.flat(), foot].join('\n\n');

describe('a listing of units written as whole summaries, each closed by its date', () => {
  test('French section page, no address', () => {
    const a = parseArticle(page([...SITE_TOP, 'Casablanca'], FR_UNITS, SITE_FOOT));
    expect([a.kind, a.title, a.paragraphs.length]).toEqual(['listing', undefined, 0]);
    expect((a.items ?? []).map((i) => [i.title, i.publishedAt])).toEqual([
      ["Le tramway prolongé jusqu'à Sidi Moumen d'ici 2028", '2026-12-06'],
      ['Les bus de la ville renouvelés à moitié en un an', '2026-12-01'],
      ['Un parking souterrain sous la place des Nations Unies', '2026-11-28'],
    ]);
  });

  test('English section page, no address', () => {
    const a = parseArticle(
      page(
        ['The Northshire Post', 'News Sport Business Opinion', 'Transport'],
        EN_UNITS,
        '© 2026 The Northshire Post',
      ),
    );
    expect([a.kind, a.title]).toEqual(['listing', undefined]);
    expect((a.items ?? []).map((i) => i.title)).toEqual(EN_UNITS.map((u) => u[0]));
  });

  test('Arabic section page, no address', () => {
    const a = parseArticle(
      page(
        ['جريدة المدينة', 'الرئيسية محلي اقتصاد رياضة', 'محلي'],
        AR_UNITS,
        'جميع الحقوق محفوظة © 2026',
      ),
    );
    expect([a.kind, a.title]).toEqual(['listing', undefined]);
    expect((a.items ?? []).map((i) => i.publishedAt)).toEqual([
      '2026-12-06',
      '2026-12-02',
      '2026-11-28',
    ]);
  });

  test('guard: an article with the same units in a related box under its text stays an article', () => {
    const a = parseArticle(
      [
        "Le Courrier de l'Est",
        'Casablanca : la corniche fermée aux voitures le dimanche matin',
        "La mesure, testée pendant l'été, sera prolongée jusqu'au printemps à la demande des riverains.",
        '07/12/2026',
        "La commune de Casablanca a décidé de prolonger jusqu'au printemps la fermeture de la corniche aux voitures le dimanche matin, une mesure testée pendant tout l'été.",
        "Les riverains et les associations sportives avaient demandé son maintien, les commerçants du boulevard craignant au contraire une baisse de leur chiffre d'affaires.",
        'Sur le même sujet',
        ...FR_UNITS.flat(),
      ].join('\n\n'),
    );
    expect([a.kind, a.title]).toEqual([
      'article',
      'Casablanca : la corniche fermée aux voitures le dimanche matin',
    ]);
    expect(a.paragraphs).toHaveLength(2);
  });

  test('guard: units dated oldest first (a thread) are no listing', () => {
    const a = parseArticle(page([...SITE_TOP, 'Casablanca'], [...FR_UNITS].reverse(), SITE_FOOT));
    expect(a.kind).toBe('article');
  });
});
