/**
 * Guards for session 44's speed steps, each restructuring a reader without changing its answers: the phrase
 * scan of `containsTest` reading each position's head in its loop, and `prefixTest` turning down lines whose
 * head is outside ASCII and no prefix's, and looking prefixes of one character up only when the list holds one.
 * On every line of every text fixture, raw and folded, each answers as the reading written out here (a search
 * of every phrase) does, for phrase lists taken from the fixtures' own words (Latin, accented and Arabic heads)
 * with marks and letters of one character among them. These tests pass on the code before the change too;
 * they pin that the change moves no answer. And `isPlayerLine`, given the line's head code, turns a line down
 * before folding it only where it answers no.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isInterfaceLine } from '../src/furniture/interface.js';
import { isPlayerLine } from '../src/furniture/player.js';
import { containsTest } from '../src/text/contains.js';
import { fold, foldHeadCode } from '../src/text/fold.js';
import { prefixTest } from '../src/text/prefixes.js';
import { TEXT_FIXTURES } from './helpers/fixture-files.js';

/** Every trimmed, non-empty line of every text fixture, as printed and folded. */
const LINES: readonly string[] = TEXT_FIXTURES.flatMap((path) =>
  readFileSync(path, 'utf8')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap((line) => [line, fold(line)]),
);

/** One word in `step` of the lines' words (two to twelve characters), and the first two words of one line in `step`. */
function phrasesOf(step: number, offset: number): string[] {
  const out = new Set<string>();
  LINES.forEach((line, k) => {
    if (k % step !== offset) return;
    const words = line.split(' ');
    const word = words[k % words.length] ?? '';
    if (word.length >= 2 && word.length <= 12) out.add(word);
    if (words.length >= 2) out.add(`${words[0]} ${words[1]}`);
  });
  return [...out];
}

/** Phrase lists: words of the fixtures (heads of every script they print), with one-character ones. */
const LISTS: readonly (readonly string[])[] = [
  phrasesOf(97, 3),
  phrasesOf(211, 5),
  [...phrasesOf(499, 7), '©', '«', 'ا', '•', 'a'],
  ['©', '—', '|'],
  ['réservé', 'الحقوق', 'ال', 'قراءة', 'Photo', '(c) '],
];

describe('containsTest and prefixTest read every fixture line as a search of every phrase', () => {
  test('the fixtures give lines and phrases of several scripts', () => {
    expect(LINES.length).toBeGreaterThan(5000);
    expect(LISTS[0]?.some((p) => p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) < 0x700)).toBe(true);
    expect(LISTS[0]?.some((p) => p.charCodeAt(0) >= 0xc0 && p.charCodeAt(0) < 0x250)).toBe(true);
  });

  test.each(LISTS.map((list, k) => [k, list] as const))('list %i', (_, list) => {
    const holds = containsTest(list);
    const opens = prefixTest(list);
    const opensWord = prefixTest(list, true);
    const wordChar = /[\p{L}\p{N}]/u;
    let found = 0;
    const differing: string[] = [];
    for (const line of LINES) {
      const held = list.some((p) => line.includes(p));
      const opened = list.some((p) => line.startsWith(p));
      const openedWord = list.some(
        (p) =>
          line.startsWith(p) &&
          !(wordChar.test(p.charAt(p.length - 1)) && wordChar.test(line.charAt(p.length))),
      );
      if (held) found++;
      if (holds(line) !== held || opens(line) !== opened || opensWord(line) !== openedWord)
        differing.push(line);
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(0);
  });
});

describe("isPlayerLine given the line's head turns down only lines it turns down unfolded", () => {
  test("every fixture line, and the player's own labels and readouts", () => {
    const labels = [
      'Play Video',
      'Mute',
      'Current Time 0:00',
      '/',
      'Duration 2:14',
      'Remaining Time -2:14',
      'Loaded: 0%',
      'Progress: 12.5%',
      'Fullscreen',
      'Non-Fullscreen',
      'Picture-in-Picture',
      'Captions Off',
      'Close Modal Dialog',
    ];
    const differing: string[] = [];
    let players = 0;
    for (const line of [...LINES, ...labels]) {
      const whole = isPlayerLine(line);
      if (whole) players++;
      if (isPlayerLine(line, () => fold(line), foldHeadCode(line)) !== whole) differing.push(line);
    }
    expect(differing).toEqual([]);
    expect(players).toBeGreaterThanOrEqual(labels.length);
  });
});

describe("isInterfaceLine compares a sponsor label's endings only on lines ending with one's last letter", () => {
  test.each([
    'Sponsored by',
    'Contenu présenté par',
    'Brought to you by',
    'In partnership with',
    'Präsentiert von',
    'GESPONSERT VON',
    'Sponsorisé par',
    'En partenariat avec',
    'Patrocinado por',
    'Presentado por',
    'Sponsorizzato da',
    'In collaborazione con',
  ])('%s', (line) => {
    expect(isInterfaceLine(line)).toBe(true);
  });
});
