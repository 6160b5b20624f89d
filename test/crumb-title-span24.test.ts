import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkArticle } from './helpers/checks.js';

const HEADLINE = 'Le port de Tanger étend son terminal à conteneurs';

/** A page whose only headline is the breadcrumb's last part, over the date line; `gap` is what stands around each `»`. */
function crumbPage(gap: string): string {
  return [
    `Accueil${gap}»${gap}Économie${gap}»${gap}${HEADLINE}`,
    '12 mars 2024',
    '',
    "L'autorité portuaire de Tanger a annoncé mardi l'extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port et attirer de nouvelles lignes maritimes.",
    '',
    "Les travaux commenceront à l'automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction du port, qui promet des retombées pour toute la région.",
  ].join('\n');
}

describe("a title read from a breadcrumb's last part", () => {
  for (const [name, gap] of [
    ['one space', ' '],
    ['two spaces (as w3m pads them)', '  '],
    ['a no-break space and a space', '\u00a0 '],
  ] as const)
    it(`slices back out of the input when the separator has ${name} around it`, () => {
      const input = crumbPage(gap);
      const a = parseArticle(input);
      expect(a.title).toBe(HEADLINE);
      const span = a.spans.title;
      expect(span).toBeDefined();
      if (span) expect(input.slice(span.start, span.end)).toBe(HEADLINE);
      checkArticle(input, a);
    });
});
