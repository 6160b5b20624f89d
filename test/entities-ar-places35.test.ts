/**
 * A name the lexicon knows as a place and as a club or company (`برشلونة`,
 * the city and the football club) is the place after an administrative
 * classifier (`مدينة برشلونة`, the city of Barcelona), the club after its own
 * head (`نادي برشلونة`). And `عمّان` written with its shadda is Amman, not
 * Oman (`عمان`), which the fold makes of it.
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

describe('Amman written with its shadda', () => {
  const entityNamed = (text: string, name: string) =>
    extractEntities(text).find((e) => e.text === name);

  test('`عمّان` is a place with no country, not Oman', () => {
    const e = entityNamed('وصل الوفد الأردني إلى عمّان صباح اليوم بعد جولة خليجية.', 'عمّان');
    expect(e?.type).toBe('location');
    expect(e?.value).toBeUndefined();
  });

  test('after a proclitic the span leaves it out', () => {
    const text = 'عقد الاجتماع الوزاري بعمّان يوم الأحد.';
    const e = entityNamed(text, 'عمّان');
    expect(e?.type).toBe('location');
    expect(e?.value).toBeUndefined();
    expect(text.slice(e?.start, e?.end)).toBe('عمّان');
  });

  test('`سلطنة عمان` and `عمان` unmarked stay Oman (guard)', () => {
    expect(entityNamed('زار الوزير سلطنة عمان أمس.', 'سلطنة عمان')?.value).toEqual({
      country: 'OM',
    });
    expect(entityNamed('وصل الوزير إلى عمان في زيارة رسمية.', 'عمان')?.value).toEqual({
      country: 'OM',
    });
  });
});
