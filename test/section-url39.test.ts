/**
 * A section front whose address is the section's name alone (`/economie/`,
 * `/fr/sport`): a listing, not an article titled by its lead story with the
 * lead's standfirst as its body (blind round 39d's probe of a section front
 * with one lead and bare headlines under it).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const lead = 'Skikda : le port pétrolier bat son record de chargements';
const input = [
  'Est Éco',
  'شرق إيكو',
  'Accueil',
  'Économie',
  'Économie',
  lead,
  'Le port de Skikda a chargé plus de 30 millions de tonnes d’hydrocarbures depuis janvier, selon un bilan présenté mardi par la direction de l’entreprise portuaire.',
  'Annaba : le complexe d’El Hadjar relance son deuxième haut fourneau',
  'Guelma : la sucrerie reprend ses achats de betterave',
  'El Tarf : les exportations de tomates vers l’Europe progressent',
  'Voir tous les articles',
  '© 2026 Est Éco',
].join('\n\n');

describe('a section’s front by its address', () => {
  for (const url of [
    'https://www.est-eco.example/economie/',
    'https://www.est-eco.example/fr/economie',
  ])
    test(url, () => {
      const a = parseArticle(input, { url });
      expect(a.kind).toBe('listing');
      expect(a.title).toBeUndefined();
      expect(a.publishedAt).toBeUndefined();
      expect(a.paragraphs).toEqual([]);
      expect(a.items?.[0]?.title).toBe(lead);
    });
});

describe('guards', () => {
  for (const url of [
    'https://www.est-eco.example/economie/2026/12/01/skikda-port-petrolier-record',
    'https://www.est-eco.example/economie-skikda-port-petrolier-record',
  ])
    test(`an article's address: ${url.slice(27)}`, () => {
      const a = parseArticle(input, { url });
      expect(a.kind).toBe('article');
      expect(a.title).toBe(lead);
    });
});
