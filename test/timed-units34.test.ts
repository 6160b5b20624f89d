/**
 * Guards for round 34b's rules (the rules themselves are asserted by
 * test/blind34b.test.ts on the round's dumps): units timed by a relative time
 * (`il y a 2 heures`) make a listing, but an article's comment thread (a name,
 * a comment, its time) does not; a run of five headlines under a related
 * box's label is the box's links, but a latest-news run with no label over it
 * gives no related link.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PARAGRAPHS = [
  "Le Trésor a lancé lundi un emprunt obligataire ouvert aux particuliers comme aux entreprises, pour financer les grands projets d'infrastructures prévus dans la loi de finances de l'an prochain.",
  "Les souscriptions resteront ouvertes trois semaines dans les agences bancaires et les bureaux de poste, avec des taux de quatre à six pour cent selon la durée choisie par l'épargnant.",
  "Les économistes jugent l'opération utile pour drainer l'épargne informelle, mais doutent qu'elle suffise à couvrir un déficit qui dépasse encore dix pour cent du produit intérieur brut.",
];

describe('a comment thread under an article', () => {
  test('names, comments and their relative times make no listing', () => {
    const input = [
      'El Moudjahid Eco',
      'Accueil',
      '',
      'Le Trésor lance un nouvel emprunt obligataire',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      '3 commentaires',
      '',
      'Karim Belkacem',
      'Enfin une bonne initiative, il était temps de proposer un placement sûr aux petits épargnants.',
      'il y a 2 heures',
      '',
      'Nadia Hamidi',
      "Les taux restent trop bas face à l'inflation, je préfère garder mon épargne en or.",
      'il y a 5 heures',
      '',
      'Samir Ould Ali',
      "Il faudrait surtout expliquer comment souscrire depuis l'étranger pour la diaspora.",
      'hier',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Le Trésor lance un nouvel emprunt obligataire');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('a latest-news run with no box label over it', () => {
  test('gives no related link', () => {
    const input = [
      'El Moudjahid Eco',
      'Le port de Béjaïa modernise ses quais de conteneurs',
      'La production de dattes en hausse de 12 % à Biskra',
      'Le Trésor lance un nouvel emprunt obligataire',
      'La Bourse d’Alger accueille une nouvelle société',
      'Les réserves de change au plus haut depuis cinq ans',
      '',
      'Un emprunt obligataire ouvert aux particuliers',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.related).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});
