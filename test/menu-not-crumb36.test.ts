/**
 * A menu opening with the home page's entry (`Accueil | Football | … | Basket`) is no breadcrumb: the line under it
 * (a rubric, `Botola Pro D1 - 12e journée`) is not the title; the headline over the byline is. A breadcrumb of a few
 * steps (`Accueil / Offres d'emploi / Industrie`) still gives the line under it (guard).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'Le port de Tanger Med bat son record mensuel de conteneurs';
const BODY = [
  "Le port de Tanger Med a traité en novembre plus de neuf cent mille conteneurs, un record mensuel depuis l'ouverture du second terminal, selon l'autorité portuaire.",
  'La hausse tient surtout aux lignes vers l’Afrique de l’Ouest, qui ont doublé en un an, et à la reprise des escales des grands porte-conteneurs asiatiques.',
];

const page = (top: string): string =>
  [
    'Le Port Marocain',
    '',
    top,
    '',
    'Ports et logistique - Bilan mensuel',
    '',
    'Tanger Med   920 000 EVP   +14 %',
    'Casablanca   110 000 EVP   +3 %',
    '',
    HEADLINE,
    '',
    'Par Salma Idrissi',
    'Publié le 02/12/2026 à 10:15',
    '',
    ...BODY.flatMap((p) => [p, '']),
  ].join('\n');

describe('a menu opening with the home page is no breadcrumb', () => {
  test('the headline over the byline is the title, not the rubric under the menu', () => {
    const a = parseArticle(page('Accueil | Ports | Logistique | Économie | Régions | Sport'));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Salma Idrissi']);
  });
});
