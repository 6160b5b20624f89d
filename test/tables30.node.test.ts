import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AR_FIRST_NAMES } from '../src/entities/data/ar-people.js';
import { prefixCode, prefixWords } from '../src/util/tables.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('prefix-coded tables of phrases (session 30)', () => {
  it('reads entries that hold spaces when told their separator', () => {
    expect(prefixWords('بدر|3 الدين|1سام|Abdel|5 Kader', '|')).toEqual([
      'بدر',
      'بدر الدين',
      'بسام',
      'Abdel',
      'Abdel Kader',
    ]);
    expect(prefixCode(['Nour', 'Nour Eddine', 'Nourredine'], '|')).toBe('Nour|4 Eddine|4redine');
    expect(prefixWords(prefixCode(AR_FIRST_NAMES, '|'), '|')).toEqual(AR_FIRST_NAMES);
  });

  it('gives the Arabic first names the same 317 names, in the same order, as their plain writing did', () => {
    // SHA-256 of the plain table (names joined by `|`) at 65664b3, before it was prefix-coded.
    expect(AR_FIRST_NAMES).toHaveLength(317);
    expect(sha256(AR_FIRST_NAMES.join('|'))).toBe(
      'e5efc0af096b2fe8459626fc570d531be722d8de1ac6d28ed1f94040cc6654c7',
    );
    expect(AR_FIRST_NAMES.slice(0, 3)).toEqual(['آدم', 'أحمد', 'أسامة']);
    expect(AR_FIRST_NAMES).toContain('بدر الدين');
    expect(AR_FIRST_NAMES).toContain('فاطمة الزهراء');
    expect(AR_FIRST_NAMES.at(-1)).toBe('هيرفي');
  });
});
