/**
 * A box of the author's other articles under a column (`Du même auteur`, `By
 * the same author`, `للكاتب نفسه`) holds related links, as `Dans la même
 * rubrique` does. Found by blind round 35 (an Algerian opinion column).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (heading: string, links: readonly string[], tail = '© Le Courrier des Oasis 2026') =>
  [
    'Le Courrier des Oasis',
    'Accueil',
    'Chroniques',
    'Sport',
    'Chroniques',
    'Le train du Sud',
    'Par Samia Haddad',
    'Mardi 1 décembre 2026',
    'La ligne ferroviaire vers Béchar devait changer la vie des villes du Sud-Ouest. Dix ans plus tard, deux trains par semaine y circulent, et les voyageurs continuent de prendre le car.',
    'Ce ne sont pas les rails qui manquent, mais les horaires, les gares ouvertes et les billets vendus ailleurs qu’au guichet. Une ligne ne vit que si on peut la prendre.',
    heading,
    ...links,
    tail,
  ].join('\n');

describe('a box of the author’s other articles under the text', () => {
  test('gives its headlines as related links (French, English, Arabic headings)', () => {
    const links = ['Les oasis et la facture de l’eau', 'Ce que coûte un kilomètre de route'];
    for (const heading of [
      'Du même auteur',
      'Du même auteur :',
      'By the same author',
      'للكاتب نفسه',
    ]) {
      const a = parseArticle(page(heading, links));
      expect(a.related.map((r) => r.title)).toEqual(links);
      expect(a.authors).toEqual(['Samia Haddad']);
      expect(a.paragraphs.at(-1)?.text.endsWith('si on peut la prendre.')).toBe(true);
    }
  });

  test('a paragraph opening with the words stays text', () => {
    const line =
      'Du même auteur, on relira aussi les chroniques sur le transport urbain, publiées l’an dernier, qui posaient déjà la question des horaires et des gares fermées le soir.';
    const a = parseArticle(page(line, [], '© Le Courrier des Oasis 2026'));
    expect(a.related).toEqual([]);
    expect(a.paragraphs.at(-1)?.text).toBe(line);
  });
});
