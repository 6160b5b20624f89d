/**
 * Session 24 (tsh24): the margins of an HTML body: a bare date line above the
 * first paragraph (the page's stamp, no class word naming it) and a comment
 * section's moderation rules after the last one. Synthetic pages written for
 * these tests.
 */
import { describe, expect, test } from 'vitest';
import { isBareDateLine } from '../src/furniture/stamps.js';
import { HARBOUR_PARAS, html } from './helpers/harbour-page.js';

const PARAS = HARBOUR_PARAS.slice(0, 3);

/** A page whose body box holds `before`, the paragraphs, then `after`, each in a bare `<div>`. */
function page(before: string, after = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
  <div><h1>The council backs the harbour plan</h1>
  <div>${before}</div>
  ${PARAS.map((p) => `<p>${p}</p>`).join('\n  ')}
  <div>${after}</div></div>
  <p>Copyright 2026 Example Media</p></body></html>`;
}

describe('a date alone above the first paragraph', () => {
  for (const line of [
    'Tuesday, November 19, 2019 9:41 AM',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    'martes, 19 de noviembre de 2019 a las 9:41',
    'Dienstag, 19. November 2019, 09:41 Uhr',
  ])
    test(`"${line}" is the page's stamp, no part of the body`, () => {
      const a = html(page(line));
      expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
      expect(a.text).not.toContain(line);
    });

  test('control: a sentence about a date opening the body stays', () => {
    const lead = 'The meeting of 3 March 2025 was the longest of the year.';
    const a = html(page(lead));
    expect(a.paragraphs[0]?.text).toBe(lead);
  });

  test('the recogniser reads a date with its weekday and time, not a sentence holding one', () => {
    expect(isBareDateLine('Tuesday, November 19, 2019 9:41 AM')).toBe(true);
    expect(isBareDateLine('19/11/2019 09:41')).toBe(true);
    expect(isBareDateLine('The meeting of 3 March 2025')).toBe(false);
    expect(isBareDateLine('3 killed on 5 May 2020')).toBe(false);
    expect(isBareDateLine('Harbour works')).toBe(false);
  });
});

describe("a comment section's moderation rules after the body", () => {
  for (const rule of [
    'ATENÇÃO: Comentários ofensivos ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
    'Please note: abusive or off-topic comments will not be approved.',
    'Attention : les commentaires injurieux ou hors sujet ne seront pas publiés.',
    'Hinweis: Kommentare mit beleidigendem Inhalt werden nicht freigeschaltet.',
  ])
    test(`"${rule.slice(0, 40)}…" is no part of the body`, () => {
      const a = html(page('', rule));
      expect(a.text).not.toContain(rule);
      expect(a.paragraphs[a.paragraphs.length - 1]?.text).toBe(PARAS[2]);
    });

  test('control: a sentence about a regulator approving nothing stays', () => {
    const line =
      'The regulator said the new fees will not be approved before the summer, whatever the port authority argues in its comments.';
    const a = html(page('', line));
    expect(a.text).toContain(line);
  });
});
