/**
 * The ticker is the strip of headlines at the top of a page. A run of short
 * headline-shaped lines under the article's text (a newsletter box and the
 * footer's links, a most-read box) is the page's closing furniture: parseTicker
 * reads no headline from it. A latest-news block over the article stays read,
 * alone or with such a run under the text.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const MASTHEAD = ['La Gazette des Oasis', 'Se connecter', 'Politique', 'Économie', 'Sport'];
const LATEST = [
  'En bref',
  'Erfoud : la foire des dattes ouvre ses portes jeudi',
  'Zagora : deux nouveaux forages pour les palmeraies du Drâa',
  'Ouarzazate : le festival du film reporté au mois de mai',
  'Rissani : la route vers Merzouga rouverte à la circulation',
  'Tinghir : les gorges du Todgha attirent plus de visiteurs',
];
const ARTICLE = [
  'Les palmeraies du Tafilalet reçoivent un nouveau plan de lutte contre le bayoud',
  'Par Karim Ouchen',
  'Publié le 3 février 2025 à 10h20',
  "Le ministère de l'Agriculture a présenté mardi à Errachidia un plan de cinq ans destiné à freiner la progression du bayoud, la maladie qui décime les palmiers dattiers de la région depuis des décennies.",
  'Le programme prévoit la plantation de variétés résistantes sur deux mille hectares et la formation de plusieurs centaines de producteurs aux gestes qui limitent la contagion entre les parcelles.',
  'Les coopératives de la vallée saluent un effort attendu, mais demandent que les aides à la replantation soient versées avant la prochaine saison.',
];
const CLOSING = [
  'Newsletter',
  'Recevez chaque soir les nouvelles du Sud-Est',
  'Votre adresse électronique',
  'Je valide mon inscription',
  'Conditions générales',
  'Protection des données',
  'Paramétrer les traceurs',
  '© 2025 La Gazette des Oasis',
];

const texts = (input: string): string[] => parseTicker(input).map((i) => i.text);

describe('a run of short lines under the article text is no ticker', () => {
  test('a newsletter box and footer links closing the page give no ticker item', () => {
    const input = [...MASTHEAD, ...ARTICLE, ...CLOSING].join('\n');
    expect(texts(input)).toEqual([]);
  });

  test('a latest-news block over the article keeps its headlines, the closing run gives none', () => {
    const input = [...MASTHEAD, ...LATEST, ...ARTICLE, ...CLOSING].join('\n');
    expect(texts(input)).toEqual(LATEST.slice(1));
  });

  test('an NBSP-joined ticker line at the top keeps its items, the closing run gives none', () => {
    const line = LATEST.slice(1, 4).join('\u00a0\u00a0\u00a0\u00a0');
    const input = [line, ...ARTICLE, ...CLOSING].join('\n');
    expect(texts(input)).toEqual(LATEST.slice(1, 4));
  });

  test('the article reads the same: title, author, date and body', () => {
    const input = [...MASTHEAD, ...ARTICLE, ...CLOSING].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(ARTICLE[0]);
    expect(a.authors).toEqual(['Karim Ouchen']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-02-03');
    expect(a.paragraphs.map((p) => p.text)).toEqual(ARTICLE.slice(3));
  });
});

describe('guards: what stays a ticker', () => {
  test('a latest-news block ahead of the article, nothing under it', () => {
    const input = [...MASTHEAD, ...LATEST, ...ARTICLE].join('\n');
    expect(texts(input)).toEqual(LATEST.slice(1));
  });

  test('a dump of headlines only, one a line', () => {
    expect(texts(LATEST.slice(1).join('\n'))).toEqual(LATEST.slice(1));
  });
});
