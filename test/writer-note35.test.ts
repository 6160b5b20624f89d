/**
 * A note on the writer under a column, behind the byline's footnote mark
 * (`* L'auteur est économiste…`, `(*) L'auteure est…`) or as an op-ed's
 * tagline (`The writer is…`), is the writer's biography, no paragraph,
 * whatever the trade. Found by a variant of blind round 35's column.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const P1 =
  'Chaque hiver, les files d’attente s’allongent devant les agences de l’eau des villes de l’intérieur, où les coupures reviennent dès que les barrages baissent sous le tiers de leur capacité.';
const P2 =
  'Tant que les tarifs ne diront rien de la rareté, les réseaux fuiront et les nappes baisseront. Le reste est affaire de courage politique.';

const column = (last: string) =>
  [
    'Le Courrier des Oasis',
    'Accueil',
    'Chroniques',
    'L’eau et le courage',
    'Par Samia Haddad',
    'Mardi 1 décembre 2026',
    P1,
    P2,
    last,
    '© Le Courrier des Oasis 2026',
  ].join('\n\n');

describe('a note on the writer under a column', () => {
  test('is no paragraph (French and English, marked or an op-ed’s tagline)', () => {
    for (const note of [
      '* L’auteur est économiste, enseignant-chercheur à l’université de Ouargla.',
      '(*) L’auteure est hydrologue et ancienne directrice de l’agence de bassin du Sahara.',
      'The writer is a former water resources minister and a fellow of a Tunis think tank.',
    ]) {
      const a = parseArticle(column(note));
      expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
      expect(a.authors).toEqual(['Samia Haddad']);
    }
  });

  test('a review’s last sentence on the book’s author, with no mark, stays text', () => {
    const last =
      'L’auteur est attendu au Salon du livre d’Alger, où il signera son roman en février.';
    const a = parseArticle(column(last));
    expect(a.paragraphs.at(-1)?.text).toBe(last);
  });
});
