/**
 * A caption closing with its credit in the Polish (`Fot. AGENCY/Name`) and
 * the Russian (`Фото: ТАСС`) way (issue 10, session 37, blind round 37: a
 * Polish regional paper). A caption whose last sentence is followed by a
 * credit label (`… Photo: X`, `… Foto: X`) leaves the body; `Fot.` and
 * `Фото:` were not among those labels, so the caption stood as a paragraph
 * (`furniture/credits.ts`, closing credits).
 * A paragraph naming `fot.` in its middle stays.
 *
 * The page is synthetic, written for this test in test/fixtures/body37/.
 */
import { describe, expect, test } from 'vitest';
import { endsWithPhotoCredit } from '../src/furniture/credits.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37/${name}`] ?? '';
const url =
  'https://gazetapomorska.example/region/nowa-linia-tramwajowa-brzeziny-grudzien/ar/c1-2045';

describe('a caption closing with its credit', () => {
  test('the Polish caption leaves the body; the paragraphs stay', () => {
    const a = parseArticle(read('fot-credit.chromium.txt'), { url });
    expect(a.title).toBe('Nowa linia tramwajowa w Brzezinach ruszy w grudniu');
    expect(a.text).not.toContain('Pierwsze próbne przejazdy');
    expect(a.text).toContain('Tramwaje pojadą nową trasą od 1 grudnia');
    // A paragraph naming `fot.` in its middle is the article's.
    expect(a.text).toContain('Stare zdjęcia z budowy pierwszej linii, fot. z archiwum miasta');
    expect(a.text).toContain('Mieszkańcy osiedla od lat czekali na tramwaj');
  });

  test('the credits read', () => {
    expect(
      endsWithPhotoCredit('Pierwsze próbne przejazdy odbyły się we wtorek. Fot. PAP/Jan Nowicki'),
    ).toBe(true);
    expect(endsWithPhotoCredit('Школьники на занятии в новой лаборатории. Фото: ТАСС')).toBe(true);
    expect(
      endsWithPhotoCredit(
        'Stare zdjęcia, fot. z archiwum miasta, pokazano na wystawie w ratuszu w zeszłym tygodniu.',
      ),
    ).toBe(false);
  });
});
