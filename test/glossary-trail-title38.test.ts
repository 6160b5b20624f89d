/**
 * A glossary entry's headline under its breadcrumb, an A–Z bar between them
 * (issue 10, session 38, blind round 38: a German lexicon entry, all three
 * renders). `Lexikon » G » Grundschuld` ⏎ `A B C … Z` ⏎ `Grundschuld`: a
 * trail's last step printed again right under it is the page's headline
 * (`article/text/trail-title.ts`), but the bar stood between, so the menu's
 * row was taken for the title. A bar of ten single letters or more between
 * the trail and the heading is now read past. A row of other words there
 * (`Teilen Drucken Merken`) is no bar: the heading is left to the other
 * readers.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38/${name}`] ?? '';
const url = 'https://www.energieberatung-nord.example/glossar/waermebruecke';

describe('a glossary entry under its trail and an A–Z bar (w3m)', () => {
  const a = parseArticle(read('glossary-az.w3m.txt'), { url });

  test('the entry’s heading is the title, its text the body', () => {
    expect(a.title).toBe('Wärmebrücke');
    expect(a.paragraphs[0]?.text).toMatch(/^Eine Wärmebrücke ist eine Stelle/);
    expect(a.text).not.toContain('A B C D');
  });
});

describe('guard: a row of tools between the trail and the heading (w3m)', () => {
  const a = parseArticle(read('glossary-tools.w3m.txt'), { url });

  test('is no index bar: the trail does not name the title across it', () => {
    expect(a.title).not.toBe('Wärmebrücke');
    expect(a.paragraphs[0]?.text).toMatch(/^Eine Wärmebrücke ist eine Stelle/);
  });
});
