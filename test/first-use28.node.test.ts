import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * V8 compiles a bounded repeat of a letter class (`\p{L}{3,12}`) once per
 * repeat: the day-month-year pattern alone cost a process 130 ms or more on
 * its first two-byte line. The date finders match a month's letters as a run
 * and bound it in code (`lettersWithin`); this keeps the repeats out.
 */
describe('date finders: no bounded repeat of a letter class (first-use cost, session 28)', () => {
  test('the date patterns hold none', () => {
    const files = [
      'dates/find-dates.ts',
      'dates/comma-forms.ts',
      'dates/written-forms.ts',
      'html/text-dates.ts',
    ];
    const found: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(import.meta.dirname, '..', 'src', file), 'utf8');
      // `\p{L}{3,12}`, `[\p{L}\u064b-\u065f]{3,12}`, `\p{Ll}{2,8}`: a letter class with a bound of 3 or more.
      for (const m of source.matchAll(/\\p\{L[lu]?\}(?:[^\]\s/]*\])?\{\d+,(\d+)\}/g))
        if (Number(m[1]) >= 3) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  test.each(['TEASER_HEADING', 'CREDIT_ONLY'])(
    'the shared furniture pattern %s holds none (its word lengths are read in code)',
    (name) => {
      const source = readFileSync(
        join(import.meta.dirname, '..', 'src', 'html', 'furniture.ts'),
        'utf8',
      );
      const at = source.indexOf(`const ${name} =`);
      const pattern = source.slice(at, source.indexOf('/u;', at));
      expect(at).toBeGreaterThan(0);
      expect(pattern.match(/\\p\{L\}(?:[^\]/]*\])?\{\d+,\d+\}/g) ?? []).toEqual([]);
    },
  );
});
