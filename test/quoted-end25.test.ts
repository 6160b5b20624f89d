/**
 * The body of a text page (issue 10, session 25): a short line closing the
 * article with a quoted sentence weighs as a sentence when its closing quote
 * is German (`„…“`, `»…«`) or a single quote (`‘…’`): the mark before the
 * quote tells. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PARAGRAPHS = [
  'Der Ruderverein am Nordufer lädt in diesem Frühjahr zum dritten Mal zu einem Aktionstag ein, an dem Kinder und Erwachsene gemeinsam das Ufer vom Müll des Winters befreien. Treffpunkt ist das Bootshaus, Handschuhe und Säcke stellt der Verein.',
  'Im vergangenen Jahr kamen mehr als achtzig Helferinnen und Helfer zusammen und sammelten in drei Stunden über zweihundert Kilogramm Abfall ein, vor allem Flaschen, Verpackungen und Reste von Feuerwerk.',
];

function page(closing: string): string {
  return [
    'Vereinsblog',
    'Start',
    'Termine',
    'Aktionstag am Nordufer',
    'Veröffentlicht von Redaktion am 3. März 2024',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    closing,
    'Kategorien: Verein',
    'Schlagworte: Ufer, Umwelt',
    'Schreibe einen Kommentar',
    '',
    'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
  ].join('\n');
}

describe('a quoted sentence closing the body', () => {
  test.each([
    ['German low-high quotes', 'Der Vorsitzende fasst es so zusammen: „Jede Hand wird gebraucht.“'],
    ['German guillemets', 'Das Motto des Tages lautet wie jedes Jahr: »Hände weg vom Müll!«'],
    ['single quotes', 'The chairman put it in a few words: ‘Every pair of hands counts.’'],
  ])('%s', (_, closing) => {
    const a = parseArticle(page(closing));
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
    expect(a.paragraphs.at(-1)?.text).toBe(closing);
    expect(a.text).not.toContain('Kategorien');
  });

  test('a closing quote after no sentence end is no sentence (`„Nordufer“`)', () => {
    const a = parseArticle(page('Mehr zum Aktionstag im Programmheft „Frühling am Nordufer“'));
    expect(a.paragraphs.at(-1)?.text).toBe(PARAGRAPHS[1]);
  });
});
