/**
 * The text reader's steps that session 29's speed pass rewrote (the authors'
 * list built with loops, the language of listings and of pages with no
 * article, the tests that now read a block's fold already made: the post's
 * meta footer, a related box's heading, the reader's appeals): what a user
 * reads from them is unchanged.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const MENU = ['The Valley Courier', 'Home', 'Local', 'Sport', 'Culture'];
const TITLE = 'The old mill by the river opens again as a library';
const BODY = [
  'After eleven years behind boarded windows, the stone mill at the bend of the river opened its doors again on Saturday, this time as the town library.',
  'The conversion took three winters. Volunteers cleaned the millstones, which now stand in the reading room, and the council paid for a new roof and a lift.',
  'Readers queued from early morning. By noon the children’s corner had lent out more books than the old library lent in a whole week, the librarian said.',
  'The building keeps its water wheel, which turns again and lights the reading room on most days of the year, when the river runs high enough.',
];

function page(header: readonly string[], tail: readonly string[] = []): string {
  return [...MENU, TITLE, ...header, ...BODY, ...tail, '© 2025 The Valley Courier'].join('\n');
}

describe('authors', () => {
  test('a byline naming two people gives one author each, in order', () => {
    const a = parseArticle(page(['By Tomas Lindqvist and Amira Haddad', 'March 14, 2025']));
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Tomas Lindqvist', 'Amira Haddad']);
  });
});

describe('the end of the body', () => {
  test("the post's meta footer in the body's second half ends the body", () => {
    const a = parseArticle(
      page(
        ['By Tomas Lindqvist', 'March 14, 2025'],
        [
          'Filed under: Local, Culture, Libraries',
          'A bakery on the square wins the regional bread prize for a third time in a row this year.',
        ],
      ),
    );
    expect(a.text).toContain('water wheel');
    expect(a.text).not.toContain('Filed under');
    expect(a.text).not.toContain('bakery');
  });

  test("a newsletter's appeal closing the body is no part of the text", () => {
    const a = parseArticle(
      page(
        ['By Tomas Lindqvist', 'March 14, 2025'],
        ['Sign up for our newsletter to get the news from the valley every morning.'],
      ),
    );
    expect(a.text).toContain('water wheel');
    expect(a.text).not.toContain('newsletter');
  });
});

describe('language', () => {
  test("a listing's language is its teasers'", () => {
    const units = [
      'Le vieux moulin devient une bibliothèque',
      'Après onze ans de fenêtres condamnées, le moulin de pierre a rouvert ses portes samedi comme bibliothèque de la ville…',
      'Le marché du samedi change de place',
      'Les étals quittent la place de l’église pour les quais pendant les travaux de la chaussée, annonce la mairie…',
      'Une boulangerie primée pour la troisième fois',
      'Le jury régional a de nouveau récompensé le pain de seigle de la boulangerie de la place, une première dans la région…',
    ];
    const a = parseArticle(['Le Courrier de la Vallée', 'Accueil', ...units].join('\n'), {
      url: 'https://courrier.example/categorie/ville/',
    });
    expect(a.kind).toBe('listing');
    expect(a.lang).toBe('fr');
  });
});
