/**
 * The body of a text page (issue 10, session 22): what the article holds at
 * its edges. Pages are synthetic, written here, laid out as a browser's
 * `innerText` prints a blog post.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const INTRO =
  'Mirror, mirror on the wall, which is the finest cake of all? It is this cherry cake, baked with a marbled batter and topped with toasted marshmallows.';
const STEPS = [
  'For the cream, stir the custard powder, 100 g of sugar and 100 ml of milk in a bowl until smooth. Bring the rest of the milk to the boil, stir in the mixture and let it thicken for one minute.',
  'Drain the cherries. Beat the soft butter with the rest of the sugar, a pinch of salt and the vanilla sugar until creamy, then add the eggs one by one and fold in the flour with the baking powder.',
  'Spread half of the batter on a lined tray, stir the cocoa into the other half and marble both with a fork. Scatter the cherries over it and bake for about 30 minutes at 180 degrees.',
];

/** A recipe page: an introduction under the title, then the card (ingredients, a lone word among them, then the steps). */
function recipePage(): string {
  return [
    'Recipes',
    'Cakes',
    'Cherry Cake with Marshmallows',
    'From our baking special 1/2019',
    '',
    INTRO,
    '',
    'Ingredients',
    'For 20 pieces',
    '1 packet custard powder',
    '350 g sugar',
    '500 ml milk',
    '4 tbsp milk',
    '1 jar cherries',
    '450 g soft butter',
    '350 g flour',
    'Salt',
    '1 packet vanilla sugar',
    '5 eggs',
    '1 packet baking powder',
    '2 tbsp cocoa',
    '200 g cream',
    '200 g dark chocolate',
    '20 g mini marshmallows',
    'Preparation',
    '120 minutes',
    ...STEPS.flatMap((p) => [p, '']),
    'Rate this recipe',
    'Share',
    'Print',
  ].join('\n');
}

describe('a recipe card above the body', () => {
  test('the recipe’s introduction right above its card stays with the card', () => {
    const a = parseArticle(recipePage());
    expect(a.text).toContain(INTRO);
    expect(a.text).toContain('350 g sugar');
    for (const p of STEPS) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Rate this recipe');
  });
});

const TOUR = [
  'I have lived in this city for nine years now, and in that time I have seen a great many strange things on its streets, in its parks and under its bridges.',
  'In the video above I show you three of the oddest places you can visit here, all of them easy to reach by train, and with a ticket that costs less than a coffee.',
  'Many thanks to the city’s train company, which supported this video and which takes you to every one of these places in half an hour or less from the centre.',
  'And here are the places from the video:',
];
const PLACES = [
  ['The Biosphere', 'From the main station by tram to the bird park stop'],
  ['The Crash Room', 'Three minutes from the east station'],
  ['Base Flying', 'Two minutes from the market square'],
];

/** A blog post closing with a list the text introduces, each place's name over its line, a blank line between places. */
function tourPost(): string {
  return [
    'Home',
    'Videos',
    'Contact',
    '',
    'Three Odd Places in Our City',
    '12 November 2015 / 13:48',
    '',
    ...TOUR.flatMap((p) => [p, '']),
    ...PLACES.flatMap(([name, line]) => [name ?? '', line ?? '', '']),
    'Related posts',
    '',
    'Next post: What is still going on here?',
    'Previous post: The truth about umbrellas',
    '',
    'Search:',
  ].join('\n');
}

describe('a list the text introduces', () => {
  test('its items stay in the body when a blank line parts them in groups', () => {
    const a = parseArticle(tourPost());
    for (const p of TOUR) expect(a.text).toContain(p);
    for (const [name, line] of PLACES) {
      expect(a.text).toContain(name);
      expect(a.text).toContain(line);
    }
    expect(a.text).not.toContain('Related posts');
    expect(a.text).not.toContain('Next post');
  });
});

describe('a list the text introduces, with furniture under it', () => {
  test('share buttons a blank line under the closing sentence stay out', () => {
    const page = [
      'Three Odd Places in Our City',
      '12 November 2015 / 13:48',
      '',
      ...TOUR.flatMap((p) => [p, '']),
      'Share',
      '',
      'Tweet',
      '',
      'Email',
      '',
      'Related posts',
      'Next post: What is still going on here?',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of TOUR.slice(0, 3)) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Tweet');
    expect(a.text).not.toContain('Next post');
  });
});

const DISPATCH = [
  'The new president of the lay council was elected on Friday with a large majority of the delegates, after a debate that ran late into the evening and touched on almost every open question.',
  'She wants to fight for reforms with passion, she said in her speech, and to bring the council’s voice into the public debate more often than her predecessors did in the last few years.',
  'The choice of topics should come from the whole board, though. She sees herself as the leader of a team and stands for a collegial style.',
];

/** A dispatch signed by two agencies' codes in parentheses under its last paragraph. */
function signedDispatch(signature: string): string {
  return [
    'News',
    'Church',
    '',
    'Lay council elects a new president',
    '',
    ...DISPATCH.flatMap((p) => [p, '']),
    signature,
    '',
    'About us',
    'Privacy Policy',
  ].join('\n');
}

describe('an agencies’ signature under the last paragraph', () => {
  test('is no picture’s credit: the paragraph above it stays', () => {
    const a = parseArticle(signedDispatch('(KNA, DR)'));
    for (const p of DISPATCH) expect(a.text).toContain(p);
    expect(a.text).not.toContain('(KNA, DR)');
  });

  test('control: a photographer’s credit under a short line still makes it a caption', () => {
    const a = parseArticle(signedDispatch('(Foto: Anna Berg/dpa)'));
    expect(a.text).not.toContain(DISPATCH[2]);
    expect(a.text).toContain(DISPATCH[0]);
  });
});
