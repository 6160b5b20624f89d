/**
 * A photo gallery's link with its size inside an article (issue 10, session
 * 36, blind round 36: an Italian local paper's `Guarda la fotogallery (12
 * foto)` under the gallery's first photo, kept as the body's first paragraph
 * on all three renders). A short line naming a gallery (`fotogallery`,
 * `galería`, `Bildergalerie`, `diaporama`) and ending on its size (`(12
 * foto)`, `24 photos`) is the link, furniture (`furniture/gallery-links.ts`,
 * read with the body's other furniture by both pipelines). A subheading giving
 * a number of photos without naming a gallery (`La piena in 12 foto`), and a
 * sentence that names one, stay.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body36b/.
 */
import { describe, expect, test } from 'vitest';
import { isGalleryLink } from '../src/furniture/gallery-links.js';
import { parseArticle } from '../src/index.js';
import { fold } from '../src/text/fold.js';

const files = import.meta.glob('./fixtures/body36b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body36b/${name}`] ?? '';

describe("a gallery's link with its size", () => {
  test('the link leaves the body, which opens with its first paragraph', () => {
    const a = parseArticle(read('gallery-link.w3m.txt'));
    expect(a.title).toBe('Valtorre, riapre il mercato coperto dopo due anni di lavori');
    expect(a.paragraphs[0]?.text).toMatch(/^Il mercato coperto di Valtorre ha riaperto/);
    expect(a.text).not.toContain('fotogallery');
  });

  test('the forms read: a gallery named, its size last', () => {
    for (const line of [
      'Guarda la fotogallery (12 foto)',
      'Zur Bildergalerie (15 Bilder)',
      'Photo gallery: 24 photos',
      'Ver galería (8 fotos)',
    ])
      expect(isGalleryLink(fold(line)), line).toBe(true);
    for (const line of ['The storm in 12 photos', 'Ver galería completa', 'Gallery 12'])
      expect(isGalleryLink(fold(line)), line).toBe(false);
  });

  test('guard: a subheading giving a number of photos and a sentence naming a gallery stay', () => {
    const a = parseArticle(read('gallery-heading.w3m.txt'));
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Un anno fa il Torre usciva dag',
      'La piena in 12 foto',
      'Le immagini scelte raccontano ',
    ]);
  });
});
