/**
 * Two authors printed one a line under the headline, no label and no role
 * (`Omar Lahlou` ⏎ `Salma Idrissi` ⏎ date): both are the article's authors,
 * the second read when it opens with a first name the lexicon knows (blind
 * round 37d's variants).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const headline = "Effondrement partiel d'un immeuble dans la médina de Salé, une enquête ouverte";
const text = [
  "Les autorités ont annoncé jeudi l'ouverture d'une enquête après l'effondrement partiel d'un immeuble ancien dans la médina, qui n'a fait aucune victime selon la protection civile.",
  "Les habitants des immeubles voisins ont été relogés provisoirement dans un hôtel de la ville, en attendant l'expertise des services techniques de la commune.",
];

function page(names: string[], sep = '\n'): string {
  return ['Le Journal', 'Accueil', 'Société', headline, ...names, '12 mars 2024', ...text].join(
    sep,
  );
}

describe('two names one a line under the headline', () => {
  test('both are the authors (one line per block)', () => {
    const a = parseArticle(page(['Omar Lahlou', 'Salma Idrissi']));
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['Omar Lahlou', 'Salma Idrissi']);
    expect(a.paragraphs[0]?.text).toBe(text[0]);
  });

  test('both are the authors (blank lines between blocks)', () => {
    expect(parseArticle(page(['Omar Lahlou', 'Salma Idrissi'], '\n\n')).authors).toEqual([
      'Omar Lahlou',
      'Salma Idrissi',
    ]);
  });

  test('guard: an agency under the name is no second author', () => {
    expect(parseArticle(page(['Omar Lahlou', 'Associated Press'])).authors).toEqual([
      'Omar Lahlou',
    ]);
  });

  test('guard: a region under the name is no second author', () => {
    expect(parseArticle(page(['Omar Lahlou', 'Middle East'])).authors).toEqual(['Omar Lahlou']);
  });
});
