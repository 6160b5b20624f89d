/**
 * Fixes found by the ninth blind round of synthetic dumps
 * (test/fixtures/dumps-blind33/), each checked on a page of its own.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

describe('a market table of quote rows (`Name +N,NN %`) inside a stock report', () => {
  const report = [
    'Le Courrier de la Bourse',
    'Accueil',
    'Marchés',
    'Actions',
    'Casablanca : le MASI termine la semaine en hausse grâce aux valeurs bancaires',
    'Par Nadia Ouazzani',
    'Vendredi 20 novembre 2026',
    'La Bourse de Casablanca a clôturé la semaine sur une note positive, son indice principal gagnant un peu plus d’un point en cinq séances dans des volumes en nette reprise.',
    'Les banques ont porté la hausse, portées par des résultats trimestriels supérieurs aux attentes des analystes et par la perspective d’un dividende en hausse.',
    'Plus fortes hausses',
    'Banque du Littoral +5,20 %',
    'Ciments de l’Atlas +3,85 %',
    'Sucrerie du Gharb +2,10 %',
    'Plus fortes baisses',
    'Mines du Sud -2,75 %',
    'Transports Réunis -1,40 %',
    'Les opérateurs restent prudents pour les prochaines séances, dans l’attente des chiffres de l’inflation et de la décision de la banque centrale sur son taux directeur.',
    'Partager',
  ].join('\n');

  test('its rows are no latest-news headlines', () => {
    expect(parseTicker(report)).toEqual([]);
  });

  test('the paragraph under the table is still the body', () => {
    const a = parseArticle(report);
    expect(a.paragraphs[0]?.text.startsWith('La Bourse de Casablanca a clôturé')).toBe(true);
    expect(a.paragraphs.at(-1)?.text.endsWith('sur son taux directeur.')).toBe(true);
  });

  test('guard: a latest-news run of headlines, one ending in a figure, is still read', () => {
    const page = [
      'Le Courrier de la Bourse',
      'Dernières infos',
      'Le dirham se stabilise face à l’euro sur le marché interbancaire',
      'Les importations de blé reculent pour la deuxième année',
      'Tourisme : les arrivées progressent de 12 % à fin octobre',
      'Le port de Tanger Med bat son record mensuel de conteneurs',
      'Immobilier : les prix des logements neufs en hausse de 3 %',
      'Bourse : le MASI termine à +1,2 %',
      'Les exportations automobiles franchissent un nouveau cap',
    ].join('\n');
    const texts = parseTicker(page).map((i) => i.text);
    expect(texts).toContain('Tourisme : les arrivées progressent de 12 % à fin octobre');
    expect(texts).toContain('Immobilier : les prix des logements neufs en hausse de 3 %');
    expect(texts).toContain('Les exportations automobiles franchissent un nouveau cap');
  });
});
