/**
 * A box of other articles under a read-also label alone on its line (`Lire
 * aussi`, `Read also`, `اقرأ أيضا`), each unit a headline, a summary written
 * whole (not cut by `…`) and its date line: the units are related links, not
 * paragraphs of the article. A read-also title over a short paragraph of the
 * story leaves it in the text, with no date under it or with one and no other
 * unit after.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { SECTION_UNITS, SITE_FOOT } from './helpers/section-units.js';

const HEAD = [
  "Le Courrier de l'Est",
  'Casablanca : la corniche fermée aux voitures le dimanche matin',
  '07/12/2026',
  "La commune de Casablanca a décidé de prolonger jusqu'au printemps la fermeture de la corniche aux voitures le dimanche matin, une mesure testée pendant tout l'été.",
  "Les riverains et les associations sportives avaient demandé son maintien, les commerçants du boulevard craignant au contraire une baisse de leur chiffre d'affaires.",
];
const UNITS = SECTION_UNITS;
const FOOT = SITE_FOOT;

describe('dated units with whole summaries under a read-also label', () => {
  test.each(['Lire aussi', 'À lire aussi', 'Read also', 'اقرأ أيضا'])('%s', (label) => {
    const a = parseArticle([...HEAD, label, ...UNITS.flat(), FOOT].join('\n\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(HEAD.slice(3));
    expect(a.related.map((r) => r.title)).toEqual(UNITS.map((u) => u[0]));
  });

  test('guard: a read-also title over the story going on under a subheading, no date under it', () => {
    const story = [
      'Les commerçants restent inquiets',
      "Plusieurs cafés du boulevard disent avoir perdu un tiers de leur clientèle du dimanche pendant l'été.",
      'Une évaluation au printemps',
      'La commune promet un bilan chiffré en avril avant de décider de rendre la mesure définitive.',
    ];
    const a = parseArticle(
      [...HEAD, 'Lire aussi', UNITS[0]?.[0] ?? '', ...story, FOOT].join('\n\n'),
    );
    expect(a.related.map((r) => r.title)).toContain(UNITS[0]?.[0]);
    expect(a.text).toContain(story[1]);
  });

  test('guard: one paragraph of the story under a read-also title, a date line under it and no unit after: the text keeps it', () => {
    const last =
      "La commune promet un bilan chiffré en avril avant de décider de rendre la mesure définitive, a indiqué l'adjoint chargé de la mobilité.";
    const a = parseArticle(
      [...HEAD, 'Lire aussi', UNITS[0]?.[0] ?? '', last, '07/12/2026', FOOT].join('\n\n'),
    );
    expect(a.text).toContain(last);
  });
});
