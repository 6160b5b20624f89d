import { describe, expect, test } from 'vitest';
import { PIECE_LENGTH, pieces } from '../src/entities/pieces.js';
import { extractEntities } from '../src/index.js';

/** Timeout of these tests, which read several 64 Ki pieces: seconds alone, with margin for a loaded CI machine. */
const HEAVY = 120_000;

describe('long texts are read in pieces', { timeout: HEAVY }, () => {
  test('pieces cover the text end to end, cut after a blank line when there is one', () => {
    const para = `${'Le port de Sfax a rouvert lundi. '.repeat(40)}\n\n`;
    const text = para.repeat(Math.ceil((3 * PIECE_LENGTH) / para.length));
    const ps = pieces(text);
    expect(ps.length).toBeGreaterThan(2);
    expect(ps[0]?.[0]).toBe(0);
    expect(ps.at(-1)?.[1]).toBe(text.length);
    for (let i = 1; i < ps.length; i++) {
      const [start] = ps[i] ?? [0];
      expect(start).toBe(ps[i - 1]?.[1]);
      expect(text.slice(start - 2, start)).toBe('\n\n');
    }
  });
  test('a text with no break at all is never cut inside a surrogate pair', () => {
    const text = '😀'.repeat(PIECE_LENGTH);
    for (const [start] of pieces(text).slice(1)) {
      const c = text.charCodeAt(start);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  });
  test('a long text gives the same entities as its paragraphs, and acronyms defined early carry over', () => {
    const intro =
      "L'Association Marocaine des Exportateurs (ASMEX) a signé l'accord le 3 mars 2025 à Casablanca.\n\n";
    const para =
      'Le port de Tanger Med a traité 8,6 millions de conteneurs, une hausse de 12 % selon Karim Benali.\n\n';
    const n = Math.ceil((2.5 * PIECE_LENGTH) / para.length);
    const text = `${intro}${para.repeat(n)}L'ASMEX a salué ces chiffres.`;
    const es = extractEntities(text);
    const perPara = extractEntities(para);
    expect(perPara.length).toBeGreaterThan(3);
    // Every paragraph keeps its entities, the ones next to a cut included.
    const inParas = es.filter(
      (e) => e.start >= intro.length && e.end <= intro.length + n * para.length,
    );
    expect(inParas.length).toBe(n * perPara.length);
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
    // The acronym defined in the first piece is known in the last one.
    expect(es.at(-1)).toMatchObject({
      text: 'ASMEX',
      type: 'organization',
      expansion: 'Association Marocaine des Exportateurs',
    });
  });
});
