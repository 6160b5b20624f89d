/**
 * A listing's items take the date line printed as the first or the last line
 * of their group (a month's archive prints it over the headline, a section
 * page under the excerpt), and a page counter (`Page 1 sur 12 Suivant »`) is
 * the pager, no item; a byline before the date under an excerpt (`Par X |
 * 12/03/2025`) signs the item. Pages in test/fixtures/listing33/.
 */
import { describe, expect, test } from 'vitest';
import { type Article, parseArticle } from '../src/index.js';
import {
  ARABIC_FOOT,
  ARABIC_TOP,
  ARABIC_UNITS,
  datesAbove,
  datesBelow,
  FRENCH_UNITS,
  KICKER_UNITS,
  kickerPage,
  type Unit,
} from './fixtures/listing33/pages.js';

/** The items as a user reads them: headline, excerpt, day. */
const summary = (a: Article) =>
  (a.items ?? []).map((it) => ({ title: it.title, teaser: it.teaser, day: it.publishedAt }));
const expected = (units: readonly Unit[]) =>
  units.map((u) => ({ title: u.headline, teaser: u.excerpt, day: u.day }));

describe('a date over each headline (a month archive)', () => {
  const input = datesAbove(FRENCH_UNITS);
  const a = parseArticle(input);

  test('is a listing whose items are the units, each with its own day', () => {
    expect(a.kind).toBe('listing');
    expect(summary(a)).toEqual(expected(FRENCH_UNITS));
  });

  test('each item spans its date line, headline and excerpt', () => {
    const items = a.items ?? [];
    expect(items).toHaveLength(FRENCH_UNITS.length);
    items.forEach((it, i) => {
      const u = FRENCH_UNITS[i] as Unit;
      expect(input.slice(it.start, it.end)).toBe(`${u.date}\n${u.headline}\n${u.excerpt}`);
    });
  });

  test('the page itself gets no title, date or body', () => {
    expect(a.title).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });

  test('in Arabic, with an Arabic page counter under the units', () => {
    const ar = parseArticle(datesAbove(ARABIC_UNITS, ARABIC_TOP, ARABIC_FOOT));
    expect(ar.kind).toBe('listing');
    expect(summary(ar)).toEqual(expected(ARABIC_UNITS));
  });
});

describe('a date under each excerpt (a section page)', () => {
  const input = datesBelow(FRENCH_UNITS);
  const a = parseArticle(input);

  test('each item keeps the date closing it, not the next one', () => {
    expect(summary(a)).toEqual(expected(FRENCH_UNITS));
  });

  test('each item spans its headline, excerpt and date line', () => {
    (a.items ?? []).forEach((it, i) => {
      const u = FRENCH_UNITS[i] as Unit;
      expect(input.slice(it.start, it.end)).toBe(`${u.headline}\n${u.excerpt}\n${u.date}`);
    });
  });
});

describe('where the blank lines do not tell whose date it is', () => {
  const withoutBlanks = (text: string) =>
    text
      .split('\n')
      .filter((line) => line !== '')
      .join('\n');

  test('with no blank line, a date over every headline and none under the last unit head their units', () => {
    expect(summary(parseArticle(withoutBlanks(datesAbove(FRENCH_UNITS))))).toEqual(
      expected(FRENCH_UNITS),
    );
  });

  test('with no blank line, each date under an excerpt stays with its own unit', () => {
    expect(summary(parseArticle(withoutBlanks(datesBelow(FRENCH_UNITS))))).toEqual(
      expected(FRENCH_UNITS),
    );
  });

  test('a date alone in its group (the page’s update line) dates no item', () => {
    // No date over the headlines: each empty date line is one more blank line between units.
    const undated = FRENCH_UNITS.map((u) => ({ ...u, date: '' }));
    const input = `Mis à jour le 12 mars 2025\n\n${datesAbove(undated)}`;
    const items = parseArticle(input).items ?? [];
    expect(items.map((it) => it.title)).toEqual(FRENCH_UNITS.map((u) => u.headline));
    expect(items.map((it) => it.publishedAt)).toEqual(FRENCH_UNITS.map(() => undefined));
  });
});

describe('a page counter is the pager, no item', () => {
  test.each(['Page 1 sur 12  Suivant »', '« Précédent  Page 3 de 9  Suivant »', 'Page 2 of 15'])(
    '%s',
    (pager) => {
      const input = datesAbove(FRENCH_UNITS, undefined, [pager, '© 2025 Le Journal du Détroit.']);
      const titles = (parseArticle(input).items ?? []).map((it) => it.title);
      expect(titles).toEqual(FRENCH_UNITS.map((u) => u.headline));
    },
  );
});

describe('a byline and date under each excerpt, a kicker over each headline', () => {
  const input = kickerPage();
  const a = parseArticle(input);

  test('each item has its headline, author and day', () => {
    expect(a.kind).toBe('listing');
    expect((a.items ?? []).map((it) => [it.title, it.author, it.publishedAt])).toEqual(
      KICKER_UNITS.map((u) => [u.headline, u.author, u.day]),
    );
  });

  test('each item spans its headline down to its byline line', () => {
    (a.items ?? []).forEach((it, i) => {
      const u = KICKER_UNITS[i];
      expect(input.slice(it.start, it.end)).toBe(`${u?.headline}\n${u?.excerpt}\n${u?.meta}`);
    });
  });
});

describe('a link to more of the listing under its last unit is no item', () => {
  test.each(['Voir tous les articles', 'Voir plus d’articles', 'Afficher plus d’articles'])(
    '%s',
    (link) => {
      const input = datesAbove(FRENCH_UNITS, undefined, [link, '© 2025 Le Journal du Détroit.']);
      expect((parseArticle(input).items ?? []).map((it) => it.title)).toEqual(
        FRENCH_UNITS.map((u) => u.headline),
      );
    },
  );

  test('guard: a headline opening with the same words stays an item', () => {
    const units = [
      ...FRENCH_UNITS.slice(0, 3),
      {
        date: '8 mars 2025',
        day: '2025-03-08',
        headline: 'Voir tous les articles de la presse étrangère sur Tanger Med',
        excerpt:
          'Une revue des journaux européens qui ont consacré leur une au port cette semaine, avec…',
      },
    ];
    expect(summary(parseArticle(datesAbove(units)))).toEqual(expected(units));
  });
});
