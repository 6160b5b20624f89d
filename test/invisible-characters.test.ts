/**
 * Invisible characters a browser copy keeps (soft hyphens, zero-width spaces,
 * word joiners, a stray BOM) are left out of a text dump's fields, as the HTML
 * path leaves them out: they split words for anyone searching the text. The
 * spans still cover them. Synthetic dump written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { foldLineBreaks, parseArticle, parseTicker } from '../src/index.js';

const SHY = '\u00ad';
const ZWSP = '\u200b';

const DUMP = [
  `Die Bundes${SHY}regierung plant neue Wasser${SHY}schutz${SHY}gebiete`,
  '',
  'Von Anna Weber',
  '',
  `Die Bundes${SHY}regierung will bis zum Sommer neue Wasser${SHY}schutz${SHY}gebiete ausweisen, wie das Umwelt${SHY}ministerium am Dienstag in Berlin mitteilte. Betroffen sind vor allem Flüsse im Osten des Landes.`,
  '',
  `Die Länder sollen ihre Vorschläge bis Ende März einreichen.${ZWSP} Die Naturschutz${SHY}verbände begrüßten den Plan, forderten aber mehr Geld für die Kommunen, die die Gebiete überwachen müssen.`,
  '',
].join('\n');

describe('invisible characters in a text dump', () => {
  const a = parseArticle(DUMP);

  test('are not in the title or the paragraphs', () => {
    expect(a.title).toBe('Die Bundesregierung plant neue Wasserschutzgebiete');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.text).not.toMatch(/[\u00ad\u200b]/u);
    expect(
      a.paragraphs[0]?.text.startsWith(
        'Die Bundesregierung will bis zum Sommer neue Wasserschutzgebiete',
      ),
    ).toBe(true);
    expect(a.paragraphs[1]?.text).toContain('einreichen. Die Naturschutzverbände');
  });

  test('stay inside the spans, which still cover what the dump printed', () => {
    const p = a.paragraphs[0];
    expect(p && DUMP.slice(p.start, p.end).replaceAll(SHY, '')).toBe(p?.text);
    expect(a.spans.title && DUMP.slice(a.spans.title.start, a.spans.title.end)).toBe(
      `Die Bundes${SHY}regierung plant neue Wasser${SHY}schutz${SHY}gebiete`,
    );
  });

  test('a dump without them is read exactly as before', () => {
    const plain = parseArticle(DUMP.replaceAll(SHY, '').replaceAll(ZWSP, ''));
    for (const p of plain.paragraphs)
      expect(p.text).toBe(DUMP.replaceAll(SHY, '').replaceAll(ZWSP, '').slice(p.start, p.end));
  });
});

describe('foldLineBreaks reads a field back from its span', () => {
  test('invisible characters are left out, as from the field', () => {
    expect(foldLineBreaks(`Bundes${SHY}regierung\n  plant`)).toBe('Bundesregierung plant');
    const a = parseArticle(DUMP);
    for (const p of a.paragraphs) expect(foldLineBreaks(DUMP.slice(p.start, p.end))).toBe(p.text);
    const ticker = `Rabat${SHY}\u00a0\u00a0Le port de Tanger bat son record\u00a0\u00a0La digue nord sera renforcée\u00a0\u00a0Les dockers reprennent le tra${SHY}vail\u00a0\u00a0Le budget voté\n`;
    const items = parseTicker(ticker);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      expect(i.text).not.toContain(SHY);
      expect(foldLineBreaks(ticker.slice(i.start, i.end))).toBe(i.text);
    }
  });
});
