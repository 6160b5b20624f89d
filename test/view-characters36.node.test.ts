/**
 * One search decides whether a dump needs any of its views (src/input/view-characters.ts): the gate
 * never says no where the visible view, the composed view or the plain view's thin-space search would
 * find something, on every text fixture and on hand-written lines holding each such character; and a
 * dump read past the views parses as it did through them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { composedView } from '../src/input/composed.js';
import { holdsRareCharacters } from '../src/input/plain-view.js';
import { needsViews } from '../src/input/view-characters.js';
import { visibleView } from '../src/input/visible-view.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

const FILES = TEXT_FIXTURES;

/** Whether any view would read `s`: the three searches the gate stands for. */
const anyView = (s: string): boolean =>
  visibleView(s) !== undefined || composedView(s) !== undefined || holdsRareCharacters(s);

describe('the views gate', () => {
  test('no fixture that a view reads is let past the views', () => {
    for (const file of FILES) {
      const input = readFileSync(file, 'utf8');
      if (anyView(input)) expect(needsViews(input), file).toBe(true);
      else expect(needsViews(input), file).toBe(false);
    }
    expect(FILES.length).toBeGreaterThan(100);
  });

  test('each character a view reads opens the gate', () => {
    for (const c of ['\u00ad', '\u200b', '\u2060', '\ufeff', '\u2007', '\u2009', '\u202f'])
      expect(needsViews(`Pub${c}lié le 3 mai`) && anyView(`Pub${c}lié le 3 mai`)).toBe(true);
    // Decomposed letters: a Latin accent, an Arabic hamza, a Hangul vowel, a kana voicing mark.
    for (const s of ['Cafe\u0301', '\u0627\u0654', '\u1100\u1161', '\u304b\u3099'])
      expect(needsViews(s) && anyView(s)).toBe(true);
  });

  test('plain text, composed accents and no-break spaces alone keep it shut', () => {
    expect(needsViews('Le café du coin ferme ses portes')).toBe(false);
    expect(needsViews('Prix\u00a0: 12\u00a0€, أخبار اليوم')).toBe(false);
    expect(anyView('Le café du coin ferme ses portes')).toBe(false);
  });

  test('a dump past the views reads as before: title and paragraphs', () => {
    const body = [
      'The harbour council voted on Tuesday to rebuild the old pier before the summer season opens.',
      'Work starts next month and should last about twelve weeks, the council said in a statement.',
    ];
    const dump = [
      'Harbour pier to be rebuilt before summer',
      '',
      ...body.flatMap((p) => [p, '']),
    ].join('\n');
    const plain = parseArticle(dump, { format: 'text' });
    expect(plain.title).toBe('Harbour pier to be rebuilt before summer');
    expect(plain.paragraphs.map((p) => p.text)).toEqual(body);
    // The same dump with a soft hyphen inside a word goes through the visible view: same fields.
    const soft = parseArticle(dump.replace('rebuild', 're\u00adbuild'), { format: 'text' });
    expect(soft.title).toBe(plain.title);
    expect(soft.paragraphs.map((p) => p.text)).toEqual(body);
  });
});
