/**
 * Recogniser for a picture's caption written as a sentence, which a page's
 * text shows right above the article's lead: it places the people in the
 * picture (`Defense Secretary Mark Esper, left, and …`, `(à gauche)`, `von
 * links`), says who is pictured (`…, pictured at the White House in 2018`),
 * or points at the picture (`Above: A coworking space`, `This illustration
 * of …`). Phrases are data, matched on folded text; credits closing a
 * caption are `credits.ts`'s.
 */
import { containsTest } from '../text/contains.js';
import { fold } from '../text/fold.js';
import { prefixTest } from '../text/prefixes.js';
import { phrases } from '../util/tables.js';

/** Phrases placing or naming who is in the picture (folded). */
const PLACING = /* @__PURE__ */ phrases(
  ', left,|, right,|, center,|, centre,| (left)| (right)| (l) | (r) |from left|left to right|, pictured|' +
    ' is pictured| are pictured|, a gauche,|, a droite,| (a gauche)| (a droite)|de gauche a droite|, links,|' +
    ', rechts,| (links)| (rechts)|von links|, izquierda,|, derecha,|de izquierda a derecha',
);

/** Line starts pointing at the picture (folded). */
const POINTING = /* @__PURE__ */ phrases(
  'above:|top:|pictured:|this illustration|this image |this photo |this handout|in this photo|' +
    "photo d'illustration|ci-dessus|en haut :|oben:",
);

const places = containsTest(PLACING);
const points = prefixTest(POINTING);

/** Longest caption read: a sentence or two. */
const MAX_CAPTION = 400;

/** True when a line is a picture's caption written as a sentence. */
export function isPictureCaption(text: string, folded?: string): boolean {
  if (text.length > MAX_CAPTION) return false;
  const f = folded ?? fold(text);
  return points(f) || places(f);
}

/**
 * A gallery's counter opening a caption (`2/3 `, a capital after it) or alone on its line (a slide's:
 * `3/12`, `3 / 12`, `Photo 3 sur 12`, `Image 3 of 12`).
 */
const COUNTER =
  /^(?:(?:photo|image) )?([0-9]{1,3}) ?(?:\/|sur|of) ?([0-9]{1,3})(?: (?=\p{Lu})|$)/iu;

/** A gallery caption's place, read off its opening counter (`2/3 Une délégation…` is 2 of 3). */
export interface GalleryPlace {
  index: number;
  total: number;
}

/** The counter opening a gallery's caption (`1/3 Les deux ministres…`), when the line opens with one. */
export function galleryPlace(text: string): GalleryPlace | undefined {
  return placeOf(COUNTER.exec(text));
}

/** The place a counter's match gives (`index` of `total`), when the index is within 1..total. */
function placeOf(m: RegExpExecArray | null): GalleryPlace | undefined {
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  return index >= 1 && index <= total ? { index, total } : undefined;
}

/** Whether a caption opening with counter `place` has the next one glued after it (`…à Rabat.2/3 Une…`, as lynx joins them). */
export function holdsNextCaption(text: string, place: GalleryPlace): boolean {
  return place.index < place.total && text.includes(`.${place.index + 1}/${place.total} `);
}

/** The place a slide's counter alone on its line gives (`3/12`, `Photo 3 sur 12`), when the line is one. */
export function slideCounter(text: string): GalleryPlace | undefined {
  const m = COUNTER.exec(text);
  return m?.[0].length === text.length ? placeOf(m) : undefined;
}

/** A gallery's counter among a line's words (`1 / 5`, `1 de 8`, `3 of 12`). */
const STRIP_COUNTER = /(?:^|\s)\d{1,3} ?(?:\/|de|of|di|sur|von|van) ?\d{1,3}(?:\s|$)/u;
/** Longest gallery strip read. */
const MAX_STRIP = 80;

/**
 * Whether a line is a gallery's strip under its photo: its counter among
 * numbers and marks, more than half of its words holding no letter (`1 2 3 4
 * 5 1 / 5 Ver galería completa`, `‹ 1 de 8 ›`).
 */
export function isGalleryStrip(text: string): boolean {
  if (text.length > MAX_STRIP || !STRIP_COUNTER.test(text)) return false;
  const words = text.split(' ');
  let bare = 0;
  for (const w of words) if (!/\p{L}/u.test(w)) bare++;
  return bare * 2 > words.length;
}
