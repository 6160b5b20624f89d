/**
 * An opinion column's closing bio behind the byline's footnote mark
 * (`*Hicham Alaoui est économiste…`, `(*) Hicham Alaoui est…`) is no body, as
 * the bio with no mark is (blind round 39d's tribune, probed with the mark).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const text = [
  'La réforme de la fiscalité locale est promise depuis dix ans et repoussée à chaque loi de finances. Les communes continuent de dépendre des transferts de l’État pour payer leurs agents et entretenir leurs routes.',
  'Or une taxe foncière modernisée, assise sur des valeurs cadastrales révisées, rapporterait trois fois plus qu’aujourd’hui sans alourdir la charge des ménages modestes, selon plusieurs études récentes.',
  'Il faudra pour cela un cadastre à jour et des services fiscaux locaux dotés de moyens : c’est par là que la réforme doit commencer.',
];

/** The column, `bio` under its text. */
function page(bio: string): string {
  return [
    'La Tribune du Maghreb',
    'Accueil',
    'Opinions',
    'Tribune',
    'Fiscalité locale : la réforme qui n’arrive jamais',
    'Par Samia Lahlou',
    '30 novembre 2026',
    ...text,
    bio,
    'Partager',
    '© 2026 La Tribune du Maghreb. Tous droits réservés.',
  ].join('\n\n');
}

describe('a bio behind a footnote mark is no body', () => {
  for (const bio of [
    '*Samia Lahlou est économiste, professeure de finances publiques à l’Université Hassan II de Casablanca.',
    '(*) Samia Lahlou est économiste, professeure de finances publiques à l’Université Hassan II de Casablanca.',
    '* Samia Lahlou est économiste, professeure de finances publiques à l’Université Hassan II de Casablanca.',
  ])
    test(bio.slice(0, 20), () => {
      const a = parseArticle(page(bio));
      expect(a.title).toBe('Fiscalité locale : la réforme qui n’arrive jamais');
      expect(a.authors).toEqual(['Samia Lahlou']);
      expect(a.paragraphs.map((p) => p.text)).toEqual(text);
    });
});

describe('guard', () => {
  test('a closing note behind a mark that is no bio stays body', () => {
    const note =
      '*Les chiffres cités sont ceux du rapport annuel de la Cour des comptes publié en octobre dernier.';
    const a = parseArticle(page(note));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...text, note]);
  });
});
