import { describe, expect, test } from 'vitest';
import { extractEntities } from '../src/index.js';

/** The entities of `type` in `text`, as their surfaces. */
function surfaces(text: string, type: string): string[] {
  return extractEntities(text)
    .filter((e) => e.type === type)
    .map((e) => e.text);
}

describe('place names that are also common words', () => {
  test('a French headline-style "Réunion" at a sentence start is a meeting, not the island', () => {
    expect(surfaces('Réunion le 2 mai à Rabat avec le ministre.', 'location')).toEqual(['Rabat']);
    expect(
      surfaces('Réunion du bureau politique à Tunis. Les débats ont duré.', 'location'),
    ).toEqual(['Tunis']);
  });

  test('the island keeps its name with its article or inside a sentence', () => {
    expect(surfaces('La Réunion a été frappée par un cyclone.', 'location')).toEqual([
      'La Réunion',
    ]);
    expect(surfaces('Le ministre a visité la Réunion lundi.', 'location')).toEqual(['Réunion']);
  });

  test('an English "Sale" at a sentence start is not the Moroccan city Salé', () => {
    expect(surfaces('Sale of the port was approved in Casablanca.', 'location')).toEqual([
      'Casablanca',
    ]);
    expect(surfaces('Salé hosted the final on Sunday.', 'location')).toEqual(['Salé']);
  });
});
