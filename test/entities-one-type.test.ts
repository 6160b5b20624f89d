/**
 * One name, one type across a text (refiners/one-type.ts), in English and
 * French: sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { extractEntities } from '../src/index.js';

function typesOf(text: string, surface: string): string[] {
  return extractEntities(text)
    .filter((e) => e.text === surface)
    .map((e) => e.type);
}

describe('one name, one type', () => {
  test('English: bare surnames after full names are people; San Francisco is a place', () => {
    const text =
      'Apple chief Tim Cook met Marc Benioff in San Francisco on Tuesday. Cook said the talks went well, and Benioff agreed. Steve Jobs had planned such a deal; Jobs never signed it.';
    expect(typesOf(text, 'Cook')).toEqual(['person']);
    expect(typesOf(text, 'Benioff')).toEqual(['person']);
    expect(typesOf(text, 'Jobs')).toEqual(['person']);
    expect(typesOf(text, 'San Francisco')).toEqual(['location']);
  });

  test('English: a two-word name after a place preposition is a place', () => {
    const text =
      "Apple's chief executive Tim Cook took the stage at Yerba Buena on Monday and spoke for an hour about the company's plans for the year.";
    expect(typesOf(text, 'Yerba Buena')).toEqual(['location']);
    expect(typesOf(text, 'Tim Cook')).toEqual(['person']);
  });

  test('French: Tim Cook … Cook, and à San Francisco', () => {
    const text =
      "Tim Cook, patron d'Apple, était à San Francisco mardi. Cook a déclaré que la société investirait.";
    expect(typesOf(text, 'Tim Cook')).toEqual(['person']);
    expect(typesOf(text, 'Cook')).toEqual(['person']);
    expect(typesOf(text, 'San Francisco')).toEqual(['location']);
  });

  test('Arabic: a surname keeps its type in later mentions', () => {
    const text = 'قال الوزير كريم الطاهري إن الميزانية جاهزة. وأكد الطاهري أن العجز سيتراجع.';
    expect(typesOf(text, 'الطاهري')).toEqual(['person']);
  });
});
