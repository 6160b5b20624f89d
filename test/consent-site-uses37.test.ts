/**
 * A cookie notice in which the site only says it uses cookies (issue 10,
 * session 37, blind round 37h: a Czech paper's article, lynx). `Tento web
 * používá … soubory cookie.` names no consent and addresses no reader, so
 * the consent reader (`furniture/consent.ts`) took it for a sentence, and
 * the body was read from it: the notice and lynx's long menu line under it
 * were taken in. A line where the site says it uses them (`this website
 * uses`, `tento web používá`, `deze website gebruikt`, `questo sito
 * utilizza`) and names cookies is now a notice. A sentence of the article
 * saying a site uses cookies (`obecní web používá soubory cookie`) stays.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37h/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37h/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37h/${name}`] ?? '';

describe('a Czech cookie notice over a lynx page’s menu (lynx)', () => {
  const a = parseArticle(read('consent-site-uses.lynx.txt'), {
    url: 'https://www.podripsko.example/zpravy/obce/dolni-luka-hasicska-zbrojnice-oprava-20240514.html',
  });

  test('the notice and the menu stay out; the byline is read', () => {
    expect(a.text).not.toContain('k zobrazování obsahu');
    expect(a.text).not.toContain('Inzerce Kontakty');
    expect(a.authors).toEqual(['Petr Šimek']);
    expect(a.title).toBe(
      'Obec Dolní Luka opraví hasičskou zbrojnici, práce začnou v červnu a skončí v září',
    );
    expect(a.text).toContain('Zastupitelstvo obce Dolní Luka schválilo opravu hasičské zbrojnice');
  });

  test('guard: the article’s sentence about a site using cookies stays', () => {
    expect(a.text).toContain('obecní web používá soubory cookie bez souhlasu návštěvníků');
  });
});
