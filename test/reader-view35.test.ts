/**
 * A browser's reader view prints the site's domain, the headline, the
 * author's name alone and a reading time as a range of minutes (`3–4
 * minutes`) over the text: the name over the range is the author. Found by a
 * variant of blind round 35's archive capture, copied from Firefox's reader
 * view.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const P1 =
  'La gare routière d’Oujda a rouvert lundi après dix-huit mois de travaux, avec des quais couverts, un guichet unique pour les compagnies et une liaison directe avec le tramway.';
const P2 =
  'Plus de 120 départs quotidiens y sont programmés, dont une trentaine vers Nador, Berkane et Figuig, selon la société de développement local qui gère la nouvelle gare.';

const reader = (name: string, time: string) =>
  [
    'oriental-info.ma',
    'Oujda : la nouvelle gare routière ouvre ses quais aux voyageurs',
    name,
    time,
    P1,
    P2,
  ].join('\n\n');

describe('a reader view’s name over its reading time', () => {
  test('is the author, the range of minutes no text (en dash and hyphen)', () => {
    for (const time of ['3–4 minutes', '3-4 minutes', '2–3 min']) {
      const a = parseArticle(reader('Karima Bouziane', time));
      expect(a.title).toBe('Oujda : la nouvelle gare routière ouvre ses quais aux voyageurs');
      expect(a.authors).toEqual(['Karima Bouziane']);
      expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    }
  });

  test('a place over the range names no one', () => {
    const a = parseArticle(reader('Oujda', '3–4 minutes'));
    expect(a.authors).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});
