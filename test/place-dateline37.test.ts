/**
 * A regional paper's header printed by w3m (issue 10, session 37, blind round
 * 37g's `es-regional`): `<place>` (the section) ⏎ headline ⏎ deck ⏎ `Por X` ⏎
 * `<place>, 09/10/2025 - 06:00`. Two failures, both fixed here:
 *
 * - The place-and-date line under the byline was read as a second author (a
 *   two-word place is shaped like a name, its date after a comma like a
 *   name's stamp). A name closed by a comma over its date, right under a
 *   byline that named its author, and opening with no first name the lexicon
 *   knows, is the dateline's place (`article/text/bylines.ts`).
 * - The cookie notice was the title: the buttons, the menu, the section, the
 *   headline, its deck and the byline, headline-shaped lines one a line,
 *   made a run of latest news (a ticker), so the headline was no title. A
 *   labelled byline naming a person is no headline of such a run, and a run
 *   it closes gives back its last line, the headline, and the one above it
 *   when the last is that headline's deck (`ticker/latest-news.ts`).
 *
 * Pages are synthetic, written for these tests in test/fixtures/known37/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known37/${name}`] ?? '';

describe('a place-and-date line under the byline', () => {
  const a = parseArticle(read('place-date-under-byline.w3m.txt'), {
    url: 'https://www.heraldoria.example/puerto-lebrel/2025/03/14/mercado-abastos-abre-tarde/0003.html',
  });

  test('the place is no second author', () => {
    expect(a.authors).toEqual(['Rosendo Iglesias']);
  });

  test('the headline over the deck and the byline is the title, not the cookie notice', () => {
    expect(a.title).toBe(
      'El mercado de abastos de Puerto Lebrel abre sus puestos también por la tarde',
    );
    expect(a.paragraphs[0]?.text).toMatch(/^El mercado de abastos de Puerto Lebrel abrirá/u);
  });

  test('guard: a second author with a first name and the date under the byline stays', () => {
    const b = parseArticle(read('two-bylines-dated.w3m.txt'), {
      url: 'https://www.heraldoria.example/noticias/2025/03/14/mercado-abastos-abre-tarde/0003.html',
    });
    expect(b.authors).toEqual(['Rosendo Iglesias', 'Marta Villanueva']);
  });

  test('latest headlines over the headline and its byline: the headline is the title, they stay out', () => {
    const b = parseArticle(read('ticker-over-byline.w3m.txt'), {
      url: 'https://www.heraldoria.example/noticias/2025/03/14/obras-estacion-autobuses/0004.html',
    });
    expect(b.title).toBe('Las obras de la estación de autobuses terminarán en el mes de junio');
    expect(b.authors).toEqual(['Rosendo Iglesias']);
    expect(b.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'La nueva estación de autobuses',
      'El edificio tendrá doce dársen',
    ]);
  });

  test('guard: a box of headlines each over its byline, under the text, stays out of it', () => {
    const b = parseArticle(read('teasers-with-bylines.w3m.txt'), {
      url: 'https://www.heraldoria.example/noticias/2025/03/14/obras-estacion-autobuses/0004.html',
    });
    expect(b.title).toBe('Las obras de la estación de autobuses terminarán en el mes de junio');
    expect(b.authors).toEqual(['Rosendo Iglesias']);
    expect(b.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'La nueva estación de autobuses',
      'El edificio tendrá doce dársen',
    ]);
  });
});
