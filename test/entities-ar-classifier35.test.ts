/**
 * A name the lexicon knows as a place and as a club or company (`برشلونة`,
 * the city and the football club) is the place after an administrative
 * classifier (`مدينة برشلونة`, the city of Barcelona), the club after its own
 * head (`نادي برشلونة`).
 */
import { describe, expect, test } from 'vitest';
import { extractEntities } from '../src/entities.js';

const typeOf = (text: string, name: string): string | undefined =>
  extractEntities(text).find((e) => e.text === name)?.type;

describe('a place after a classifier, though the lexicon also knows the name as a club', () => {
  test('`مدينة برشلونة` is a location', () => {
    expect(
      typeOf('افتتح المعرض الدولي للسياحة في مدينة برشلونة الإسبانية يوم الخميس.', 'برشلونة'),
    ).toBe('location');
  });

  test('`نادي برشلونة` stays an organisation (guard)', () => {
    expect(typeOf('فاز نادي برشلونة على منافسه بهدفين نظيفين.', 'برشلونة')).toBe('organization');
  });

  test('a place the lexicon knows only as a place reads as before (guard)', () => {
    expect(typeOf('وصل الوفد الحكومي إلى مدينة بغداد صباح اليوم.', 'بغداد')).toBe('location');
  });
});
