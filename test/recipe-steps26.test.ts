/**
 * A recipe card's steps on a text page (issue 10, session 26): steps written
 * as short sentences line under line (`Stir well.`-sized), and lines a page
 * copied from a social post with an invisible separator (U+2063) after their
 * stop or alone on a line, are the card's steps to its end; the body no
 * longer stops after the first long step. Pages are synthetic, written here,
 * laid out as a browser's `innerText` and w3m print them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const SEP = '\u2063';

const STORY = [
  'Lentil soup is what we cook when the week has been long and the fridge is nearly empty. It needs one pot, a handful of pantry staples and about forty minutes, most of which you spend waiting while it simmers.',
  'The secret is to fry the spices in the oil before the lentils go in, so their flavour spreads through the whole pot. A squeeze of lemon at the end wakes everything up, and a spoon of yoghurt on top makes it a meal.',
];
const INGREDIENTS = [
  '1 onion, chopped',
  '2 cloves of garlic',
  '200 g red lentils',
  '1 litre of stock',
  '1 lemon',
];
const FIRST_STEP =
  'Heat the oil in a large pot and fry the onion over a gentle heat until soft and golden, about ten minutes.';
const SHORT_STEPS = [
  'Add the garlic and the spices.',
  'Stir for one minute.',
  'Pour in the lentils and the stock.',
  'Simmer until the lentils fall apart.',
  'Season with salt and the lemon juice.',
];

/** A food blog's post: its story, the card (ingredients, directions), then a box of other recipes and a comment form. */
function recipePage(steps: readonly string[], bullet = ''): string {
  return [
    'Pantry Kitchen',
    'Recipes',
    'Weeknight lentil soup',
    'March 4, 2024',
    '',
    ...STORY.flatMap((p) => [p, '']),
    'Ingredients',
    ...INGREDIENTS.map((i) => `${bullet}${i}`),
    '',
    'Directions',
    ...steps.map((s) => (s === SEP || s.startsWith(`${SEP}[`) ? s : `${bullet}${s}`)),
    'Related',
    'Chickpea curry in half an hour',
    'Green pea and mint soup',
    'Leave a Comment',
    '',
    'Your email address will not be published.',
  ].join('\n');
}

describe('a recipe card’s steps', () => {
  test('guard: short sentence steps line under line are all the card’s', () => {
    const a = parseArticle(recipePage([FIRST_STEP, ...SHORT_STEPS]));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain(FIRST_STEP);
    for (const s of SHORT_STEPS) expect(texts).toContain(s);
    expect(a.text).not.toContain('Chickpea curry in half an hour');
  });

  test('an invisible separator after a step’s stop, or alone on a line, ends no step', () => {
    const steps = [
      FIRST_STEP,
      `${SHORT_STEPS[0]}${SEP}`,
      SEP,
      ...SHORT_STEPS.slice(1, 4),
      `${SHORT_STEPS[4]}${SEP}`,
    ];
    const input = recipePage(steps);
    const a = parseArticle(input);
    for (const s of SHORT_STEPS) expect(a.text).toContain(s);
    const last = a.paragraphs.find((p) => p.text.startsWith(SHORT_STEPS[4] ?? '-'));
    expect(last && input.slice(last.start, last.end).startsWith(SHORT_STEPS[4] ?? '-')).toBe(true);
  });

  test('w3m: bulleted steps with a picture between them, its name after the separator', () => {
    const steps = [
      FIRST_STEP,
      `${SHORT_STEPS[0]}${SEP}`,
      `${SEP}[soup-step-2]`,
      ...SHORT_STEPS.slice(1),
    ];
    const a = parseArticle(recipePage(steps, '* '));
    for (const s of SHORT_STEPS) expect(a.text).toContain(s);
  });
});

describe('guard: what follows a card is not its steps', () => {
  test('a box of other recipes under the steps stays out', () => {
    const a = parseArticle(recipePage([FIRST_STEP, ...SHORT_STEPS]));
    expect(a.text).not.toContain('Green pea and mint soup');
    expect(a.text).not.toContain('Leave a Comment');
  });
});
