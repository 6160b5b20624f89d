/**
 * A byline naming the agencies it drew on with no comma between
 * (`Par X avec AFP`, `By X with Reuters`, `Par X et AFP`): the agency is
 * no part of the author's name. Synthetic pages.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (byline: string) =>
  [
    'Portail Sud',
    'Accueil',
    'Économie',
    'Société',
    'Le port de Nouakchott étend son terminal à conteneurs de quatre cents mètres',
    byline,
    'Publié le 14/05/2025 à 09h15',
    'Les travaux d’extension du terminal ont commencé lundi et doivent durer deux ans, selon l’autorité portuaire, qui attend un doublement du trafic d’ici à la fin de la décennie.',
    'Les armateurs de la région, dont plusieurs attendaient depuis des mois des quais plus longs, ont salué un chantier qui doit réduire le temps d’attente des navires au large.',
    'Partager',
  ].join('\n');

describe('a byline closed by agencies without a comma', () => {
  test('`Par X avec AFP`: X is the author, AFP the source', () => {
    const a = parseArticle(page('Par Karim Benali avec AFP'));
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.source?.name).toBe('AFP');
  });

  test('`Par X avec AFP et Reuters`: the first agency is the source', () => {
    const a = parseArticle(page('Par Karim Benali avec AFP et Reuters'));
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.source?.name).toBe('AFP');
  });

  test('`By X with Reuters` (English)', () => {
    const a = parseArticle(page('By Sarah Collins with Reuters'));
    expect(a.authors).toEqual(['Sarah Collins']);
    expect(a.source?.name).toBe('Reuters');
  });

  test("`Par X avec l'AFP` (the article elided, straight or curly)", () => {
    for (const by of ["Par Karim Benali avec l'AFP", 'Par Karim Benali avec l’AFP']) {
      const a = parseArticle(page(by));
      expect(a.authors).toEqual(['Karim Benali']);
      expect(a.source?.name).toBe('AFP');
    }
  });

  test('`Par X et AFP`: the agency is no co-author', () => {
    const a = parseArticle(page('Par Karim Benali et AFP'));
    expect(a.authors).toEqual(['Karim Benali']);
  });

  test('guard: two people joined by `et` stay two authors', () => {
    const a = parseArticle(page('Par Karim Benali et Aminata Diallo'));
    expect(a.authors).toEqual(['Karim Benali', 'Aminata Diallo']);
    expect(a.source).toBeUndefined();
  });

  test('guard: a person after `avec` is no source', () => {
    const a = parseArticle(page('Par Karim Benali avec Aminata Diallo'));
    expect(a.source).toBeUndefined();
  });
});
