/**
 * A picture's caption credited to a bare name on the line right under it
 * (`Harbour Research Institute`, `(Atlas Shipping Co.)`), set between two
 * paragraphs of the article (session 26): caption and credit are left out.
 * A heading over a stock library's name and a closing signature stay.
 * Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { PARAGRAPHS, pageWithLine } from './helpers/port-page.js';

const CAPTION = 'Container queues at the northern gates reached a record this week.';
const PORTRAIT = 'Salma Idrissi, the port official who is overseeing the new booking system';

describe('a caption over a bare name credit', () => {
  test('caption and credit are left out, the paragraphs kept', () => {
    for (const [caption, credit] of [
      [CAPTION, 'Harbour Research Institute'],
      [PORTRAIT, '(Atlas Shipping Co.)'],
    ] as const) {
      const a = parseArticle(pageWithLine(`${caption}\n${credit}`));
      expect(a.text).not.toContain(credit);
      expect(a.text).not.toContain(caption);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    }
  });

  test('a heading over a short blurb under a link line stays', () => {
    const link = 'Learn more about the booking system for the gates';
    const page = pageWithLine(`${link}\nGate Monitor\n\nSee every truck waiting at the gates.`);
    const a = parseArticle(page);
    expect(a.paragraphs.map((p) => p.text)).toContain(link);
  });

  test('a subheading over a stock library name stays', () => {
    const heading = 'Cranes for the new terminal at the northern gates';
    const a = parseArticle(pageWithLine(`${heading}\nGetty Images`));
    expect(a.paragraphs.map((p) => p.text)).toContain(heading);
  });

  test('a signature closing the body stays: no prose after the name', () => {
    const last = 'Thank you for reading, and see you at the next open day of the port.';
    const page = pageWithLine('').replace(
      `${PARAGRAPHS[3]}\n`,
      `${PARAGRAPHS[3]}\n\n${last}\nTeam Harbour Watch\n`,
    );
    const a = parseArticle(page);
    expect(a.paragraphs.map((p) => p.text)).toContain(last);
  });

  test('a sentence over a name opening the body (a standfirst over its byline) stays', () => {
    const standfirst = 'Container traffic rose by nine percent as new shipping lines opened.';
    const page = pageWithLine('').replace(
      `${PARAGRAPHS[0]}\n`,
      `${standfirst}\nKarim Benali\n\n${PARAGRAPHS[0]}\n`,
    );
    const a = parseArticle(page);
    expect(a.text).toContain(PARAGRAPHS[0]);
    expect(a.text).toContain(standfirst);
  });
});
