/**
 * Round 41d's body fixes (test/fixtures/dumps-blind41d/): an ad slot's
 * `Advertising` label and the `Zoom` and `Logo` buttons alone on their lines
 * are no paragraphs; a paragraph with no bullet under a bulleted list is the
 * text again, so the short lines under it (the question heading a site's
 * appeal) are no list items. Each with a guard.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('an ad label and buttons alone on their lines between paragraphs (innerText)', () => {
  const page = (label: string) =>
    [
      'Le Courrier du Sud',
      'Le port de Dakhla livre son premier quai avec six mois d’avance',
      'Par Nadia Berrada le 04/12/2026 à 11h35',
      'Le premier quai du futur port de Dakhla a été réceptionné mercredi, six mois avant la date prévue par le contrat, a indiqué l’agence chargée des ports dans un communiqué.',
      'Long de 620 mètres, l’ouvrage pourra accueillir dès le printemps les navires de pêche hauturière et les vraquiers qui transportent les engrais de la région.',
      label,
      'Le chantier, lancé il y a quatre ans, mobilise encore 1 400 ouvriers sur la digue principale, dont l’achèvement conditionne l’ouverture du terminal à conteneurs.',
      'Selon les responsables du projet, le coût total reste dans l’enveloppe annoncée au départ, malgré la hausse des prix de l’acier et du ciment.',
    ].join('\n\n');

  test.each(['Advertising', 'Zoom', 'Logo'])('`%s` is no paragraph', (label) => {
    const a = parseArticle(page(label));
    expect(a.paragraphs.map((p) => p.text)).not.toContain(label);
    expect(a.paragraphs).toHaveLength(4);
  });

  test('a subheading of one word stays (guard)', () => {
    const a = parseArticle(page('Perspectives'));
    expect(a.paragraphs.map((p) => p.text)).toContain('Perspectives');
  });
});

describe('the lines under a bulleted list closed by a paragraph (w3m, no blank lines)', () => {
  const page = (...tail: string[]) =>
    [
      'L’Hebdo du Nord',
      'Tanger : ce qui change pour les automobilistes à partir du 1er janvier',
      'Rédigé par Hicham Alami le Vendredi 4 Décembre 2026',
      'La commune de Tanger a adopté jeudi en session extraordinaire un nouveau plan de circulation pour le centre-ville, qui entrera en vigueur le 1er janvier prochain.',
      'Trois mesures concernent directement les automobilistes :',
      '  • le stationnement sur voirie devient payant le samedi ;',
      '  • le boulevard Pasteur est réservé aux bus et aux taxis ;',
      ...tail,
    ].join('\n');
  const closing =
    'Les élus de l’opposition ont voté contre le texte, estimant que l’offre de transport public reste insuffisante pour absorber les usagers que ces mesures chasseront de leur voiture.';

  test("the question heading the site's appeal under the text is no paragraph", () => {
    const a = parseArticle(
      page(
        '  • les poids lourds sont interdits dans le centre en journée.',
        closing,
        'Que se passe-t-il au Maroc ?',
        'Nous expliquons sur notre chaîne YouTube . Abonnez-vous!',
        'PARTAGER',
      ),
    );
    expect(a.paragraphs.at(-1)?.text).toBe(closing);
    expect(a.paragraphs.map((p) => p.text)).toContain(
      'les poids lourds sont interdits dans le centre en journée.',
    );
  });

  test('a long bulleted item among short ones runs the list on (guard)', () => {
    const long =
      '  • les poids lourds sont interdits dans le centre en journée, sauf pour les livraisons des commerces autorisées avant sept heures du matin et après vingt heures ;';
    const a = parseArticle(
      page(long, '  • les trottinettes sont limitées à vingt km/h.', 'PARTAGER'),
    );
    expect(a.paragraphs.at(-1)?.text).toBe('les trottinettes sont limitées à vingt km/h.');
  });
});
