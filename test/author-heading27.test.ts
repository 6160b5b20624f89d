/**
 * The author's name under a heading printed alone, with no colon (`Autor` ⏎
 * name, `Auteur` ⏎ name, `AUTOR*IN` ⏎ name in the author's box under the
 * article, `Autor: name` closing the article): the name is the author. A menu's
 * `Autoren` link, or a heading over a line that is no person's name, names
 * nobody.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'La commune a décidé lundi soir de rénover le vieux gymnase avant l’automne et de le rouvrir ensuite aux associations sportives du quartier.',
  'Les travaux devraient coûter environ deux millions d’euros selon la mairie, dont une partie sera prise en charge par la région.',
  'Les clubs réclamaient une solution depuis des années, car leurs équipes devaient s’entraîner dans les communes voisines.',
];

test('a heading alone over the name, under the lede: the name is the author', () => {
  const page = [
    'Le Journal du Quartier',
    'Le gymnase sera rénové',
    'Entretiens Quartiers',
    'Après des années d’attente, les associations sportives retrouveront bientôt une salle digne de ce nom dans le quartier.',
    'Auteur',
    'Camille Fournier',
    'Date',
    '2 mars 2020',
    ...BODY,
  ].join('\n');
  expect(parseArticle(page).authors).toEqual(['Camille Fournier']);
});

test("a menu's authors link over a menu word names nobody", () => {
  const page = [
    'Le Journal du Quartier',
    'Autoren',
    'Service',
    'Auteur',
    'Abonnement',
    'Le gymnase sera rénové',
    ...BODY,
  ].join('\n');
  expect(parseArticle(page).authors).toEqual([]);
});

test("the author's box under the article: a heading alone, the name, the biography", () => {
  const page = [
    'Stadtblog',
    'Die Turnhalle wird saniert',
    'Die Gemeinde hat am Montagabend beschlossen, die alte Turnhalle bis zum Herbst zu sanieren und danach wieder für die Vereine zu öffnen.',
    'Der Umbau soll nach Angaben der Verwaltung rund zwei Millionen Euro kosten, einen Teil davon übernimmt das Land aus seinem Förderprogramm.',
    'Die Vereine hatten seit Jahren auf eine Lösung gedrängt, weil ihre Mannschaften in die Nachbarorte ausweichen mussten.',
    'AUTOR*IN',
    'Jonas Keller',
    'Jonas schreibt seit 2019 für den Stadtblog über Sport und Kommunalpolitik.',
  ].join('\n');
  expect(parseArticle(page).authors).toEqual(['Jonas Keller']);
});
