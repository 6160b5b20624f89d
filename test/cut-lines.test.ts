/**
 * Lines a page cut short (an image's text cut in mid-word, `Une vue aérienne d`)
 * are no headline, and a byline naming a site whose name holds digits
 * (`Par Le360 (AFP)`) names it whole. Synthetic dumps written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'TANGER - La police a ouvert samedi une enquête après l’incendie qui a détruit trois entrepôts du port de commerce, a rapporté l’agence de presse nationale, sans faire de victime.',
  '',
  'Selon la direction du port, le feu s’est déclaré vers minuit dans un hangar de stockage de bois, avant de gagner deux bâtiments voisins, malgré l’intervention rapide des pompiers.',
  '',
  'Les enquêteurs cherchent à déterminer l’origine du sinistre ; un gardien a été entendu dimanche matin, a ajouté la même source, qui n’exclut aucune piste à ce stade.',
].join('\n');

describe('a line cut in mid-word', () => {
  test('is not the title: the headline above it is', () => {
    const dump = [
      'close',
      '  • Menu',
      '',
      '    Maroc : enquête ouverte après un incendie au port de Tanger',
      '',
      '    news.example.eu / Le Courrier du Nord · Saturday, 15 January - 23:44 · 1 minute',
      '',
      'Une vue aérienne d',
      '',
      BODY,
    ].join('\n');
    expect(parseArticle(dump).title).toBe(
      'Maroc : enquête ouverte après un incendie au port de Tanger',
    );
  });
});

describe('a byline naming a site whose name holds digits', () => {
  const dump = (byline: string) =>
    `Incendie au port de Tanger : trois entrepôts détruits\n${byline}\n\n${BODY}\n`;
  test('`Par Le360 (AFP)` names Le360, not `Le`', () => {
    expect(parseArticle(dump('Par Le360 (AFP) le 17/02/2020 à 08h52')).authors).toEqual(['Le360']);
  });
  test('a date glued to a name still ends it (`Par Amina Saidi12 mars 2024`)', () => {
    const a = parseArticle(dump('Par Amina Saidi12 mars 2024'));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });
});
