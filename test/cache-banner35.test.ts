/**
 * A search engine's cached copy opens with the cache's notice and its tip
 * (`This is Google's cache of <address>. It is a snapshot of the page as it
 * appeared on …`, `Tip: To quickly find your search term …`): they are the
 * cache's, no text of the page. Found by a variant of blind round 35's archive
 * capture: the two lines of prose over the menu took the whole page into the
 * body, headline and all.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const P1 =
  'Google a inauguré jeudi à Casablanca un centre de formation aux métiers du numérique, qui doit accueillir 2 000 jeunes par an dans des cursus de six mois gratuits.';
const P2 =
  'Les premières promotions porteront sur l’analyse de données et la maintenance des réseaux, deux métiers où les entreprises marocaines peinent à recruter, selon le directeur du centre.';

const page = (top: readonly string[]) =>
  [
    ...top,
    'Casa Tech',
    'Accueil',
    'Économie',
    'Numérique',
    'Un centre de formation au numérique ouvre ses portes à Casablanca',
    'Par Omar Tazi',
    P1,
    P2,
    '© Casa Tech 2026',
  ].join('\n\n');

describe('a search engine’s cache over the page', () => {
  test('its notice and tip are no text: the headline and the body are the page’s', () => {
    const a = parseArticle(
      page([
        "This is Google's cache of https://www.casatech.ma/numerique/centre-formation. It is a snapshot of the page as it appeared on 4 Dec 2026 19:02:11 GMT. The current page could have changed in the meantime. Learn more.",
        'Full version',
        'Text-only version',
        'View source',
        'Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.',
      ]),
    );
    expect(a.title).toBe('Un centre de formation au numérique ouvre ses portes à Casablanca');
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(a.authors).toEqual(['Omar Tazi']);
    expect(a.publishedAt).toBeUndefined();
  });

  test('a sentence opening with the same words stays text', () => {
    const line =
      "This is Google's cache of talent in Africa, the company says: its new centre will train 2,000 young people a year in data analysis and network maintenance.";
    const a = parseArticle(page([]).replace(P2, `${P2}\n\n${line}`));
    expect(a.paragraphs.at(-1)?.text).toBe(line);
  });
});
