/**
 * A recipe card's ingredient with no amount (issue 10, session 32): in a card's
 * ingredients list, between its heading (`Zutaten`, `Ingredients`) and its
 * method heading, a line of one word (`Salz`, `Frischhaltefolie`, printed
 * where the amount's cell is empty) is an ingredient, not a menu's entry: it
 * stays in the body. The headings stay out, and a lone word outside a card is
 * still a menu's. Pages are synthetic, written here, laid out as a browser's
 * `innerText` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const STORY = [
  'Dieser Apfelkuchen ist schnell gemacht und schmeckt am besten noch warm vom Blech. Die Äpfel werden nur grob geschnitten, der Teig braucht keine Ruhezeit und die Streusel halten ihn saftig.',
];
const STEPS = [
  '1.',
  'Butter, Zucker und Eier schaumig rühren. Mehl und Backpulver mischen und unterrühren, bis ein glatter Teig entsteht.',
  '2.',
  'Äpfel schälen, vierteln und in Spalten schneiden. Den Teig auf das Blech streichen und die Äpfel darauf verteilen.',
  '3.',
  'Im heißen Ofen etwa vierzig Minuten backen, bis der Kuchen goldbraun ist. Vor dem Servieren kurz abkühlen lassen.',
];

/** A recipe site's page: menu, headline, story, the card (ingredients, method), then a box of other recipes. */
function recipePage(ingredients: readonly string[]): string {
  return [
    'Rezepte',
    'Backen',
    'Kochen',
    'Schneller Apfelkuchen vom Blech',
    '',
    ...STORY.flatMap((p) => [p, '']),
    'Zutaten',
    ...ingredients,
    'Zubereitung',
    '60 Minuten',
    'einfach',
    ...STEPS,
    'Ähnliche Rezepte',
    'Zwetschgenkuchen mit Streuseln',
    'Rhabarberkuchen vom Blech',
  ].join('\n');
}

const WITH_BARE = [
  '250 g  Butter ',
  '200 g  Zucker ',
  '4   Eier ',
  '        Salz ',
  '400 g  Mehl ',
  '1 kg  Äpfel ',
  '        Backpapier ',
];

describe('an ingredient with no amount stays in the recipe card', () => {
  test('a lone word between amounts, and one closing the list, are ingredients', () => {
    const a = parseArticle(recipePage(WITH_BARE));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('Salz');
    expect(texts).toContain('Backpapier');
    expect(texts).toContain('400 g  Mehl');
    // The card's headings and the story stay as they were.
    expect(texts).not.toContain('Zutaten');
    expect(texts).not.toContain('Zubereitung');
    expect(texts[0]).toBe(STORY[0]);
    expect(a.text).toContain('vierzig Minuten backen');
  });

  test('a lone word with no recipe card around it is still a menu entry', () => {
    const page = [
      'Rezepte',
      'Backen',
      'Schneller Apfelkuchen vom Blech',
      '',
      STORY[0],
      '',
      'Teilen',
      'Drucken',
      '',
      'Ähnliche Rezepte',
    ].join('\n');
    const texts = parseArticle(page).paragraphs.map((p) => p.text);
    expect(texts).toEqual([STORY[0]]);
  });
});
