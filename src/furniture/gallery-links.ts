/**
 * Recogniser for the link to a photo gallery set inside an article, as news
 * sites print it under the gallery's first photo: a gallery's name and its
 * size last (`Guarda la fotogallery (12 foto)`, `Zur Bildergalerie (15
 * Bilder)`, `Photo gallery: 24 photos`, `Ver galería (8 fotos)`). The size
 * alone (`The storm in 12 photos`, a subheading) or the name alone in a
 * sentence is no link. Vocabularies are data, matched on the folded line.
 */
import { words } from '../util/tables.js';

/** A gallery's name, folded (`fotogallery`, `galería`, `Bildergalerie`, `diaporama`). */
const GALLERY_NAMES: readonly string[] = /* @__PURE__ */ words(
  'gallery galleria galeria galerie fotogallery fotogaleria fotogalerie bildergalerie fotostrecke diaporama',
);

/** A gallery's size closing the line, in brackets or not (`(12 foto)`, `24 photos`), folded. */
const SIZE_LAST =
  /(?:^|[ (:])\d{1,3} (?:foto|fotos|photos|images|immagini|imagenes|imagens|bilder|pictures|slides|صورة|صور)\)?$/u;

/** Longest line read as a gallery's link. */
const MAX_LINK = 60;

/** Whether a folded line is a gallery's link with its size: a gallery's name among its words, its size last. */
export function isGalleryLink(folded: string): boolean {
  if (folded.length > MAX_LINK || !SIZE_LAST.test(folded)) return false;
  for (const word of folded.split(' ')) {
    // The name with a mark after it (`Fotogallery:`, `(galería`) is the name.
    const bare = word.replace(/^\(|[:)]$/gu, '');
    if (GALLERY_NAMES.includes(bare)) return true;
  }
  return false;
}
