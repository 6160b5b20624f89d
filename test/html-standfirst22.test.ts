/**
 * The standfirst (deck) of an HTML page: the sentence under the headline that
 * the page marks as a deck, or prints as the heading right under its `<h1>`,
 * is returned in its own field with its exact span; a lead the body takes in
 * is never repeated there. Pages are synthetic, written here.
 */

import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectStandfirst } from './helpers/checks.js';

const TITLE = 'Le port de Tanger étend son terminal à conteneurs';
/** A deck without a closing stop, as most sites print one: the body does not take it for its lead. */
const DECK = 'Un chantier de trois ans doit doubler la capacité du premier port de la Méditerranée';
const LEDE =
  'L’autorité portuaire de Tanger a annoncé mardi l’extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port.';
const SECOND =
  'Les travaux commenceront à l’automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction du port.';
const THIRD =
  'Les armateurs ont salué le projet, même si plusieurs d’entre eux rappellent que l’engorgement aux portes du terminal leur coûte encore des heures chaque jour.';

/** A news page with `header` between its `<h1>` and its byline, in the article's header box. */
function page(header: string): string {
  return `<!doctype html><html lang="fr"><head><title>${TITLE}</title></head><body>
<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><header><h1>${TITLE}</h1>
${header}
<p class="byline">Par Karim Benali</p></header>
<div class="article-body"><p>${LEDE}</p><p>${SECOND}</p><p>${THIRD}</p></div></article>
<footer>© 2024 Le Détroit</footer></body></html>`;
}

describe('the standfirst of an HTML page', () => {
  test.each([
    ['marked by its class', `<p class="article__dek">${DECK}</p>`],
    ['marked in French', `<div class="sous-titre"><p>${DECK}</p></div>`],
    ['the heading under the title', `<h2>${DECK}</h2>`],
    ['by its place above the byline, unmarked', `<p>${DECK}</p>`],
  ])('a deck %s is the standfirst, with its exact span, and no paragraph', (_, header) => {
    const input = page(header);
    const a = parseArticle(input, { format: 'html' });
    expect(a.title).toBe(TITLE);
    expectStandfirst(input, a, DECK);
    expect(a.paragraphs.map((p) => p.text)).toEqual([LEDE, SECOND, THIRD]);
  });

  test('a deck written as a sentence, which the body takes for its lead, stays its first paragraph and is not repeated', () => {
    const a = parseArticle(page(`<p class="dek">${DECK}.</p>`), { format: 'html' });
    expect(a.paragraphs[0]?.text).toBe(`${DECK}.`);
    expect(a.standfirst).toBeUndefined();
  });

  test('a page with no deck has none', () => {
    const a = parseArticle(page(''), { format: 'html' });
    expect(a.standfirst).toBeUndefined();
    expect('standfirst' in a.spans).toBe(false);
  });

  test('a marked lead (`chapo`) joins the body and is not repeated as the standfirst', () => {
    const a = parseArticle(page(`<p class="chapo">${DECK}</p>`), { format: 'html' });
    expect(a.paragraphs[0]?.text).toBe(DECK);
    expect(a.standfirst).toBeUndefined();
  });

  test.each([
    [
      'a caption marked as a subtitle',
      `<figure><figcaption class="subtitle">${DECK}</figcaption></figure>`,
    ],
    [
      'a share box under a subtitle class',
      '<div class="social-share"><p class="subtitle">Partagez cet article sur Facebook et Twitter</p></div>',
    ],
    ['a kicker of three words', '<h2>Économie et ports</h2>'],
  ])('%s is no standfirst', (_, header) => {
    const a = parseArticle(page(header), { format: 'html' });
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
  });
});
