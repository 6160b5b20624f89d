/**
 * Where the body of crawler text ends (issue 10, point 2): lines inside an
 * article that look like the end of it but are not. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS } from './helpers/port-page.js';

describe('an interview whose headline ends with the guest’s name', () => {
  const GUEST = 'François Dufresne';
  const QUOTES = [
    'Nous avons perdu dix ans sur les transports en commun.',
    'La ville doit apprendre à changer d’échelle.',
  ];
  const LATER = [
    'Les élus de la métropole ont pourtant voté un plan de mobilité ambitieux en 2019, qui prévoyait trois lignes de tramway, des parkings relais et une refonte complète du réseau de bus.',
    'Le financement reste le point faible du projet : l’État n’a promis que le tiers des sommes nécessaires, et les collectivités peinent à trouver le reste sans augmenter les impôts locaux.',
    'Pour l’urbaniste, la solution passe par une coopération plus étroite entre les communes, qui continuent de se disputer les zones d’activité au lieu de partager leurs recettes.',
  ];
  const input = `${[
    ...MENU,
    `« Il faut repenser la ville ». Entretien avec ${GUEST}`,
    ...PARAGRAPHS,
    QUOTES[0],
    GUEST,
    LATER[0],
    LATER[1],
    QUOTES[1],
    GUEST,
    LATER[2],
    ...FOOTER,
  ].join('\n\n')}\n`;

  test('the guest’s name under a pull quote does not end the body', () => {
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    for (const p of [...PARAGRAPHS, ...LATER]) expect(a.text).toContain(p);
  });

  test('the guest is not taken for the author', () => {
    expect(parseArticle(input).authors).not.toContain(GUEST);
  });
});
