/**
 * A name alone under the headline, then the author's own lines, then the date: a lone separator
 * (`Lena Brunner` ⏎ `—` ⏎ `31. Oktober 2023`, as w3m prints a byline whose name and date are set apart
 * by a dash), or the author's trade and handle (`Political Editor` ⏎ `@handle`). The name is the
 * author and stays out of the body; a name over a separator with no date after it is no byline.
 * Synthetic dumps written for this test.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectOneAuthor } from './helpers/checks.js';
import { HAFENAMT_BODY } from './helpers/hafenamt.js';

/**
 * A w3m-shaped page: a login box, the site's logo line printed three times around its menu (the
 * first guess at a headline), then the headline, the name, a dash alone, the date, a photo's
 * caption twice, an ad's placeholder, the body.
 */
const DASHED = [
  'Anmelden',
  '',
  '  * Neues',
  '  * Themen',
  '  * Termine',
  '',
  'Anmelden',
  'Herzlich willkommen! Melde dich in deinem Konto an',
  '[                    ]Ihr Benutzername',
  '[                    ]Ihr Passwort',
  '[Anmelden]',
  'Passwort vergessen?',
  'LogoHAFENHAFEN',
  'anmelden',
  ' ',
  'Abo jetzt!',
  ' LogoHAFENHAFEN',
  '',
  '  * Neues',
  '  * Themen',
  '  * Termine',
  '',
  'anmelden',
  ' ',
  'LogoHAFENHAFEN',
  'anmelden',
  ' ',
  'ReportageHafen',
  '',
  'Der letzte Tag im alten Hafenamt: „Es wird Zeit, dass wir gehen”',
  '',
  'Teilen',
  'Drucken',
  'Merken',
  'Vorlesen',
  'Kommentieren',
  '',
  'Lena Brunner',
  '',
  '—',
  '',
  '31. Oktober 2023',
  '',
  'Die Kisten im Flur des alten Hafenamts (Foto: Hafen Magazin)',
  'Die Kisten im Flur des alten Hafenamts (Foto: Hafen Magazin)',
  '',
  '[INS::INS]',
  '[INS::INS]',
  '',
  ...HAFENAMT_BODY,
].join('\n');

test('a name over a dash alone and the date line is the author', () => {
  const a = parseArticle(DASHED);
  expectOneAuthor(DASHED, a, 'Lena Brunner');
  expect(a.paragraphs.map((p) => p.text)).not.toContain('Lena Brunner');
  expect(a.paragraphs[0]?.text.startsWith('Die Uhr im Treppenhaus')).toBe(true);
  expect(a.publishedAt?.slice(0, 10)).toBe('2023-10-31');
});

/** A page printed one line a block: the headline, the name, the author's trade and handle, the date. */
const TRADE = [
  'Home',
  'News',
  'Politics',
  '',
  'Harbour office closes after a hundred years',
  '',
  'Lena Brunner',
  'Political Editor',
  '@lenabrunner',
  'Monday 28 September 2020 19:27',
  '',
  ...HAFENAMT_BODY,
].join('\n');

test("a name over the author's trade and handle, then the date line, is the author", () => {
  const a = parseArticle(TRADE);
  expect(a.authors).toEqual(['Lena Brunner']);
  expect(a.paragraphs.map((p) => p.text).join('\n')).not.toContain('Political Editor');
});

/** A name over a dash with no date under them (a caption's credit, a menu's entry) names nobody. */
const UNDATED = DASHED.replace('31. Oktober 2023', 'Alle Beiträge der Redaktion im Überblick');

test('a name over a dash alone with no date after it is no author', () => {
  expect(parseArticle(UNDATED).authors).toEqual([]);
});
