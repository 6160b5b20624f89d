/**
 * Recogniser for the link to a photo gallery set inside an article, as news
 * sites print it under the gallery's first photo: a gallery's name and its
 * size last (`Guarda la fotogallery (12 foto)`, `Zur Bildergalerie (15
 * Bilder)`, `Photo gallery: 24 photos`, `Ver galería (8 fotos)`). The size
 * alone (`The storm in 12 photos`, a subheading) or the name alone in a
 * sentence is no link. Matched on the folded line; the size as the HTML path
 * reads a gallery's (`isGallerySize`).
 */
import { isGallerySize } from '../html/furniture.js';

/** A gallery's name as a word of the line, folded (`fotogallery`, `galería`, `Bildergalerie:`, `(diaporama`). */
const GALLERY_NAME =
  /(?:^|[ (])(?:gallery|galleria|galeria|galerie|fotogallery|fotogaleria|fotogalerie|bildergalerie|fotostrecke|diaporama)(?:[ :)]|$)/u;

/** Longest line read as a gallery's link. */
const MAX_LINK = 60;

/** Whether a folded line is a gallery's link with its size: a gallery's name among its words, its size last. */
export function isGalleryLink(folded: string): boolean {
  if (folded.length > MAX_LINK || !GALLERY_NAME.test(folded)) return false;
  // The size, the line's last two words (`(12 foto)`, `: 24 photos`), read as the HTML path reads a gallery's size.
  const line = folded.endsWith(')') ? folded.slice(0, -1) : folded;
  const count = line.lastIndexOf(' ', line.lastIndexOf(' ') - 1);
  return isGallerySize(line.slice(count + 1).replace(/^[(:]/u, ''));
}
