/**
 * A gallery's caption over the gallery's strip and its credit (issue 10,
 * session 36, blind round 36: a Spanish regional paper). A caption (a full
 * sentence, `La fachada principal del mercado, construida en 1931.`) right over
 * its photo's credit (`Foto: X`) leaves the body; a gallery prints its strip
 * between them, the thumbnails' numbers and the counter (`1 2 3 4 1 / 4 Ver
 * galería completa`), and the caption stayed as the body's first paragraph.
 * The strip (its counter among words holding more numbers and marks than
 * letters, `furniture/captions.ts`, `isGalleryStrip`) is now passed over to
 * the credit under it (`article/text/body-refiners.ts`). A sentence over such a
 * line with no credit under it stays.
 *
 * Pages are synthetic (round 36's Spanish page with other names and
 * captions), written for these tests in test/fixtures/body36b/.
 */
import { describe, expect, test } from 'vitest';
import { isGalleryStrip } from '../src/furniture/captions.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body36b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body36b/${name}`] ?? '';
const url =
  'https://www.diariodelasierra.example/robledal/ayuntamiento-cerrara-mercado-central-seis-meses-obras_4567.html';

describe("a gallery's caption over its strip and its credit", () => {
  test('the caption leaves the body, which opens with the first paragraph', () => {
    const a = parseArticle(read('gallery-strip.chromium.txt'), { url });
    expect(a.title).toBe(
      'El Ayuntamiento de Robledal cerrará el mercado central seis meses por obras',
    );
    expect(a.paragraphs[0]?.text).toMatch(/^El Ayuntamiento de Robledal aprobó este martes/);
    expect(a.text).not.toMatch(/fachada principal|Ver galería|Julián Pardo/);
  });

  test('the strips read', () => {
    expect(isGalleryStrip('1 2 3 4 5 1 / 5 Ver galería completa')).toBe(true);
    expect(isGalleryStrip('‹ 1 de 8 ›')).toBe(true);
    expect(isGalleryStrip('Ver fotogaleria')).toBe(false);
    expect(isGalleryStrip('Los 3 de 5 concejales votaron en contra')).toBe(false);
  });

  test('guard: a sentence over such a line with no credit under it stays', () => {
    const a = parseArticle(read('gallery-strip-nocredit.chromium.txt'), { url });
    expect(a.paragraphs.map((p) => p.text)).toContain(
      'Los placeros podrán votar el color de la nueva carpa.',
    );
  });
});
