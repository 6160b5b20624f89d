/**
 * The shared furniture vocabulary (src/furniture): headings over teasers,
 * comment-thread headings and footers' rights notices, as the body region
 * and the HTML pipeline read them. Lines are written here, in the shapes
 * blogs and news sites print them.
 */
import { describe, expect, test } from 'vitest';
import { isCommentHeading } from '../src/furniture/comments.js';
import { isInterfaceLine } from '../src/furniture/interface.js';
import { isRightsLine } from '../src/furniture/rights.js';
import { isMoreHeading } from '../src/furniture/teaser-headings.js';

describe('headings over other articles', () => {
  test.each([
    'Verwandte Beiträge',
    'Ähnliche Artikel',
    'Neueste Beiträge',
    'Recent Posts',
    'Articles récents',
    'Entradas recientes',
    'Zum Weiterlesen',
    'Pour approfondir',
    'Czytaj też',
    'Leggi anche',
    'Most read',
  ])('%s is one', (line) => {
    expect(isMoreHeading(line)).toBe(true);
  });
  test.each(['Verwandte Beiträge zum Hafen von Tanger und seiner Geschichte', 'Recent posts show'])(
    '%s is not',
    (line) => {
      expect(isMoreHeading(line)).toBe(false);
    },
  );
});

describe('comment-thread headings', () => {
  test.each([
    '12 Comments',
    'There are 13 comments',
    'Il y a 2 commentaires',
    '12 thoughts on “Port traffic up”',
    'Leave a Reply Cancel reply',
    'Schreibe einen Kommentar Antworten abbrechen',
    'Laisser un commentaire Annuler la réponse',
    'Deja una respuesta Cancelar la respuesta',
  ])('%s opens a thread', (line) => {
    expect(isCommentHeading(line)).toBe(true);
  });
  test.each([
    'Thoughts on the budget',
    'There are reasons to doubt it',
    'Cancel reply',
    'The minister left a reply to the union',
  ])('%s does not', (line) => {
    expect(isCommentHeading(line)).toBe(false);
  });
});

describe("a footer's rights notice", () => {
  test.each([
    'Copyright 2020 The Jamaica Daily. All Rights Reserved. Read our Privacy Policy.',
    '© 2024 Le Quotidien – Tous droits réservés',
    'Alle Rechte vorbehalten.',
    'جميع الحقوق محفوظة © 2025',
  ])('%s is one', (line) => {
    expect(isRightsLine(line)).toBe(true);
  });
  test.each([
    '© AFP',
    'Photo: Reuters',
    `The publisher said all rights reserved by the old contract would return to the author. ${'The dispute went on for years. '.repeat(6)}`,
  ])('%s is not', (line) => {
    expect(isRightsLine(line)).toBe(false);
  });
});

describe('interface lines a text page prints above or inside its article', () => {
  test.each([
    'Continue reading the main story',
    'Up Next',
    'Share Tweet Share',
    'Posted by Andrew Hayden, Software Engineer on Google Play',
    'Reviewed by Hansa D. Bhargava, MD',
    'From Wikipedia, the free encyclopedia',
    'Illustration for article titled The Story of a Port',
  ])('%s is one', (line) => {
    expect(isInterfaceLine(line)).toBe(true);
  });
  test.each(['Up to 30 ships a day', 'Continued growth at the port'])('%s is not', (line) => {
    expect(isInterfaceLine(line)).toBe(false);
  });
});
