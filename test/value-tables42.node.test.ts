/**
 * A table of values inside the story's end (blind round 42r): a timetable
 * under the last full paragraph, then a sentence opening a list of the text's
 * and a closing sentence shorter than a full paragraph. The body's run holds
 * them all; the body's tail trimmer (`trimBodyEdges`, body-edges.ts) cut at
 * the table's heading, as it cut anything short under the last full
 * paragraph unless a results table (`EST 3 - 0 ST`) stood there. Rows whose
 * cells a browser parts by tabs, or w3m by a column's padding, are a table
 * of values the text goes on past. Synthetic page in
 * test/fixtures/tblind42r/tables/ (a primary school's news post), rendered
 * by bench/probes/render.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'tblind42r', 'tables');
const url = 'https://www.harwickgreen-primary.example/news/new-bus-times-spring-term';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a table of values and the text under it, past the last full paragraph', () => {
  for (const r of ['chromium', 'w3m'] as const) {
    test(`${r}: the rows, the list and the closing sentence stay in the text`, () => {
      const a = parseArticle(readFileSync(join(dir, `en-school-buses.${r}.txt`), 'utf8'), { url });
      const text = squash(a.text);
      for (const line of [
        'Both buses will leave a few minutes earlier than before.',
        'Morning pick-up times',
        'Route A Church Street 07:55 08:30',
        'Route C Station Road 08:10 08:40',
        'On the first morning of the new routes, please remember:',
        'Bus passes are checked by the driver every day.',
        'Afternoon times stay as they are until further notice.',
      ])
        expect(text).toContain(line);
      expect(text).not.toContain('Nativity play tickets on sale now');
      expect(text).not.toContain('School Lane');
    });
  }
});
