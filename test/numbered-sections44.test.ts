/**
 * A numbered explainer (`Seven things to know …`: `1. …` ⏎ its paragraph, …)
 * whose last section's paragraph is one short sentence: the last numbered
 * heading, a short line past the last long paragraph, was cut with its
 * paragraph as the body's tail. A heading numbered right after one the text
 * holds goes on with the text.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (sections: readonly (readonly [string, string])[], lang: 'en' | 'fr') =>
  [
    lang === 'en' ? 'The Harbour Times' : 'Le Petit Portuaire',
    'Home',
    lang === 'en'
      ? 'Five things to know about the new port fees'
      : 'Cinq choses à savoir sur les nouvelles taxes portuaires',
    lang === 'en' ? 'By Amina Diallo' : 'Par Amina Diallo',
    lang === 'en' ? 'December 5, 2026' : '5 décembre 2026',
    lang === 'en'
      ? 'The port authority publishes its new fees on Monday, and shipping lines have a month to adapt their prices before they apply.'
      : "L'autorité portuaire publie lundi ses nouvelles taxes, et les armateurs ont un mois pour adapter leurs prix avant leur entrée en vigueur.",
    ...sections.flatMap(([h, p], i) => [`${i + 1}. ${h}`, p]),
    lang === 'en' ? 'Share this article' : 'Partager cet article',
    lang === 'en' ? '© 2026 The Harbour Times' : '© 2026 Le Petit Portuaire',
  ].join('\n');

describe('a numbered explainer whose last section is short', () => {
  const EN = [
    [
      'Fees rise for large ships',
      'Ships longer than 300 metres will pay a third more per call than they do today, the authority said, to pay for the new quay.',
    ],
    [
      'Small boats pay less',
      'Fishing boats under twelve metres will see their yearly fee cut by half from the first of January next year.',
    ],
    ['Fines go up', 'Fines for late payment double, the decree says.'],
  ] as const;
  const FR = [
    [
      'Les grands navires paient plus',
      "Les navires de plus de 300 mètres paieront un tiers de plus par escale qu'aujourd'hui, selon l'autorité, pour financer le nouveau quai.",
    ],
    [
      'Les petits bateaux paient moins',
      'Les bateaux de pêche de moins de douze mètres verront leur redevance annuelle divisée par deux dès le premier janvier prochain.',
    ],
    ['Les amendes augmentent', 'Les amendes pour retard doublent, précise le décret.'],
  ] as const;

  for (const [lang, sections] of [
    ['en', EN],
    ['fr', FR],
  ] as const)
    test(`the last numbered section stays in the body (${lang})`, () => {
      const a = parseArticle(page(sections, lang));
      expect(a.kind).toBe('article');
      expect(a.paragraphs.slice(-2).map((p) => p.text)).toEqual([
        `3. ${sections[2][0]}`,
        sections[2][1],
      ]);
    });
});
