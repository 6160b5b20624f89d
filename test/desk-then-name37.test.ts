/**
 * A byline naming the desk and its place before the author (`De notre envoyé
 * spécial à Oran, X`, `Par notre correspondante à Bruxelles, X`), as French
 * and Maghreb dailies print them: the name closing the line is the author
 * (blind round 37d's variants).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const headline = "Effondrement partiel d'un immeuble dans la médina de Salé, une enquête ouverte";
const text = [
  "Les autorités ont annoncé jeudi l'ouverture d'une enquête après l'effondrement partiel d'un immeuble ancien dans la médina, qui n'a fait aucune victime selon la protection civile.",
  "Les habitants des immeubles voisins ont été relogés provisoirement dans un hôtel de la ville, en attendant l'expertise des services techniques de la commune.",
];

function page(byline: string): string {
  return ['Le Journal', 'Accueil', 'Société', headline, byline, '12 mars 2024', ...text].join('\n');
}

describe('the desk and its place, then the name', () => {
  test('`De notre envoyé spécial à Salé, X`', () => {
    const a = parseArticle(page('De notre envoyé spécial à Salé, Omar Lahlou'));
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['Omar Lahlou']);
    expect(a.paragraphs[0]?.text).toBe(text[0]);
  });

  test('`Par notre correspondante à Bruxelles, X`', () => {
    const a = parseArticle(page('Par notre correspondante à Bruxelles, Salma Idrissi'));
    expect(a.authors).toEqual(['Salma Idrissi']);
  });

  test('guard: `Par notre correspondant` alone names no one', () => {
    const a = parseArticle(page('Par notre correspondant'));
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual([]);
  });

  test('guard: a sentence opening with `De notre correspondant` is no byline', () => {
    const sentence =
      'De notre correspondant à Paris, on apprend que la délégation rentrera dimanche après deux jours de réunions.';
    const a = parseArticle(
      ['Le Journal', 'Accueil', headline, '12 mars 2024', sentence, ...text].join('\n'),
    );
    expect(a.authors).toEqual([]);
    expect(a.paragraphs[0]?.text).toBe(sentence);
  });
});
