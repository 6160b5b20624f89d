/**
 * A tag, topic, author or search page named by its address in French,
 * German, Spanish, Italian and Portuguese (`/etiquette/`, `/schlagwort/`,
 * `/etiqueta/`, `/argomenti/`, `/autor/`, `/suche/`…), as by the English
 * words (`/tag/`, `/author/`): with two teasers only, the page is a listing,
 * no headline and no body invented. A topic's word (`/themen/`, `/sujet/`)
 * names none: sites file their articles right under it.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { SECTION_UNITS, SITE_FOOT, SITE_TOP } from './helpers/section-units.js';

const PAGE = [...SITE_TOP, 'Casablanca', ...SECTION_UNITS.slice(0, 2).flat(), SITE_FOOT].join(
  '\n\n',
);

const SITE = 'https://www.courrierdelest.example';

describe('a listing named by its address in other languages', () => {
  test.each([
    '/etiquette/casablanca/',
    '/etiquettes/casablanca',
    '/redacteur/nadia-el-fassi/',
    '/schlagwort/casablanca/',
    '/autor/nadia-el-fassi/',
    '/suche/casablanca',
    '/etiqueta/casablanca/',
    '/busqueda/casablanca',
    '/argomenti/casablanca/',
    '/autore/nadia-el-fassi/',
    '/categoria/transporte/',
    '/?recherche=casablanca',
  ])('%s', (path) => {
    const a = parseArticle(PAGE, { url: SITE + path });
    expect([a.kind, a.title, a.paragraphs.length]).toEqual(['listing', undefined, 0]);
  });

  test('guard: with no address the same page is read from its text alone (two teasers: an article)', () => {
    expect(parseArticle(PAGE).kind).toBe('article');
  });

  test.each([
    '/thema/klima/neue-messstation-am-hafen-zeigt-hoehere-temperaturen',
    '/themen/neue-messstation-am-hafen-zeigt-hoehere-temperaturen',
  ])("guard: an article's slug under a topic's word names an article (%s)", (path) => {
    const article = [
      'Klimablog',
      'Neue Messstation am Hafen zeigt höhere Temperaturen als erwartet',
      'Von Jonas Brandt',
      '3. Dezember 2026',
      'Die neue Messstation am Hafen hat im November eine Durchschnittstemperatur gemessen, die fast zwei Grad über dem langjährigen Mittel liegt.',
      'Die Forscher wollen die Daten nun mit denen der Station am Flughafen vergleichen, um den Einfluss der Bebauung zu klären.',
    ].join('\n\n');
    const a = parseArticle(article, {
      url: `https://www.klimablog.example${path}`,
    });
    expect([a.kind, a.title]).toEqual([
      'article',
      'Neue Messstation am Hafen zeigt höhere Temperaturen als erwartet',
    ]);
  });
});

describe("a sparse tag page's items", () => {
  test("the masthead spelling the address's name is no item", () => {
    const a = parseArticle(PAGE, { url: `${SITE}/tag/casablanca/` });
    expect((a.items ?? []).map((i) => i.title)).toEqual(SECTION_UNITS.slice(0, 2).map((u) => u[0]));
  });

  test("guard: a first headline that does not spell the site's name stays an item", () => {
    const a = parseArticle(PAGE, { url: 'https://www.autre-site.example/tag/casablanca/' });
    expect((a.items ?? []).map((i) => i.title)).toContain(SECTION_UNITS[0]?.[0]);
  });
});
