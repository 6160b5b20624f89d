/**
 * A teaser card inside an HTML article's body (issue 14): another article's
 * label, linked headline and excerpt in a small box between two paragraphs.
 * Synthetic pages, in the WordPress shape of bench/probes/body.py's cards.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const P = [
  'La future station de dessalement du Grand Casablanca produira ses premiers mètres cubes d’eau potable dès l’été prochain, selon l’office national.',
  'D’une capacité finale de 300 millions de mètres cubes par an, l’ouvrage sera le plus grand du continent, a précisé le ministre lors de sa visite.',
  'Sur le terrain, près de 3 000 ouvriers se relaient jour et nuit, et les conduites d’adduction doivent relier la station au réseau de Settat.',
  'Les associations de protection du littoral restent vigilantes et réclament la publication de l’étude d’impact sur le rejet de saumure en mer.',
];

const HEADLINE = 'Safi : la station de l’OCP alimentera aussi la ville';
const EXCERPT =
  'Le groupe phosphatier a confirmé que sa nouvelle unité fournira de l’eau potable à plus de 300 000 habitants';

/** An article page whose body holds `inside` between its second and third paragraphs. */
function page(inside: string): string {
  const [a, b, c, d] = P.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html lang="fr"><head><title>Dessalement : Casablanca avance | Le Quotidien</title></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/economie">Économie</a></li></ul></nav>
<article><h1>Dessalement : Casablanca avance</h1><div class="entry-content">${a}${b}${inside}${c}${d}</div></article>
<footer><p>Le Quotidien, tous droits réservés. Reproduction interdite sans autorisation écrite.</p></footer>
</body></html>`;
}

/** A card: image link, then a box with an optional label, the linked headline and the excerpt. */
function card(label: string, excerpt: string): string {
  const lab = label ? `<span class="label">${label}</span>` : '';
  return `<div class="inline-card"><a href="/t/0"><img src="/t0.jpg" alt=""></a><div>${lab}<h4><a href="/economie/safi-ocp">${HEADLINE}</a></h4><p>${excerpt}</p></div></div>`;
}

describe('a teaser card inside the body', () => {
  test.each([
    ['labelled as related', card('Sur le même sujet', `${EXCERPT}.`)],
    ['with an excerpt the site cut', card('', `${EXCERPT}…`)],
  ])('%s: its excerpt is not the article’s, the four paragraphs are', (_, inside) => {
    const a = parseArticle(page(inside));
    expect(a.paragraphs.map((p) => p.text)).toEqual(P);
    expect(a.text).not.toContain('phosphatier');
  });

  test('a linked subhead over its own paragraph, with no label and no cut, stays body', () => {
    const own =
      'Le groupe phosphatier a confirmé que sa nouvelle unité, financée sur fonds propres, fournira de l’eau potable à la ville dès 2026.';
    const a = parseArticle(page(card('', own)));
    expect(a.text).toContain(own);
  });
});

describe('a list inside the body, then the body again', () => {
  test('the paragraph after the list is the article’s last, not a box set below it', () => {
    const [a, b, c, d] = P as [string, string, string, string];
    const inside = `<ul><li>${c}</li><li>${d}</li></ul>`;
    const html = page('').replace(`<p>${c}</p><p>${d}</p>`, `${inside}<p>${CLOSING}</p>`);
    const got = parseArticle(html);
    expect(got.paragraphs.map((p) => p.text)).toEqual([a, b, c, d, CLOSING]);
  });

  test('a short box set below the body’s own box still leaves it', () => {
    const promo =
      'Cette série a reçu le soutien d’une fondation consacrée au journalisme économique en Méditerranée.';
    const html = page('')
      .replace(
        '<div class="entry-content">',
        '<div class="article-main"><div class="entry-content">',
      )
      .replace('</div></article>', `</div><p>${promo}</p></div></article>`);
    const got = parseArticle(html);
    expect(got.paragraphs.map((p) => p.text)).toEqual(P);
  });
});

const CLOSING =
  'La direction du port publiera un premier calendrier détaillé avant la fin du mois, a-t-elle ajouté.';
