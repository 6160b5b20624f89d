/**
 * A photo's credit wrapped inside its parenthesis (issue 10, session 34).
 *
 * lynx prints a picture's caption under the paragraph above it with no blank
 * line, and wraps its credit where it falls: `… führen. (Quelle:` ⏎
 * `Hartmann/Unsplash/Stadtwerke)`. A colon ends a line like a sentence's stop,
 * so the credit's second half was read as a paragraph of its own, and the
 * caption, cut before its credit, as the article's. A label's colon in a
 * parenthesis the line leaves open is no stop: the credit is joined to its
 * caption, and the caption, closed by its credit, leaves the body. A colon
 * after a closed parenthesis (`Dazu sagte Petra Lindner (SPD):`) still ends
 * its line: the quotation under it stays a paragraph of its own.
 *
 * Pages are synthetic, written for these tests in test/fixtures/traf34/, laid
 * out as `lynx -dump` prints them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'traf34');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('a credit wrapped inside its parenthesis (lynx)', () => {
  test('the caption and its credit leave the body, the article stays whole', () => {
    const a = parseArticle(read('caption-credit.lynx.txt'));
    expect(a.title).toBe('Stadtrat beschließt neuen Radweg entlang des Kanals');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(4);
    expect(texts[0]).toMatch(/^Der Stadtrat von Neuburg hat am Dienstagabend/);
    expect(texts[0]).toMatch(/Dafür stimmten alle Fraktionen\.$/);
    expect(texts[1]).toMatch(/^Mit dem Beschluss endet eine Debatte/);
    expect(texts[3]).toMatch(/und im Winter geräumt\.$/);
    for (const t of texts) expect(t).not.toMatch(/Quelle|Unsplash|Der neue Radweg soll am Ufer/);
  });

  test('a colon after a closed parenthesis still ends its line: the quotation stays its own paragraph', () => {
    const a = parseArticle(read('quote-after-colon.lynx.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(6);
    expect(texts[1]).toBe(
      'Die Vorsitzende des Bauausschusses hat am Dienstag für das Projekt geworben. Dazu sagte Petra Lindner (SPD):',
    );
    expect(texts[2]).toBe('„Verkehrsberuhigungsmaßnahmen in der Altstadt kommen als Nächstes.“');
  });
});
