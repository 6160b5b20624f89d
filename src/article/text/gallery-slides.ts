/**
 * A photo gallery printed inside an article as slides: a counter line alone
 * (`3/12`, `Photo 3 sur 12`), the slide's caption, its credit; the counters
 * of consecutive slides share their total and rise one by one, a few lines
 * apart; a short line after the last slide giving that total links to the
 * whole gallery (`Voir les 12 photos`, `See all 12 photos`, `شاهد جميع الصور
 * (12)`). The slides' lines are the gallery's, not the article's text. A lone
 * fraction (a score `3/12`, a date `1/12`) makes no run; slides whose lines
 * are long (an article's own numbered points) or that hold most of the text
 * (a slideshow told in its captions, each caption over its credit) stay.
 */
import { slideCounter } from '../../furniture/captions.js';
import type { TextDoc } from './doc.js';

/** Most lines from one counter to the next (counter, caption, credit, a label). */
const SLIDE_LINES = 4;
/** Longest line after the slides read as the link to the whole gallery. */
const SIZE_LINK = 40;
/** Longest line of a slide: a caption of a sentence or two. */
const SLIDE_LINE = 300;

/**
 * The blocks from `first` to `last` that are a gallery's slides (counters,
 * captions, credits, the link to the gallery), empty when there is no run of
 * two slides or more; undefined when the slides hold most of the text (a
 * gallery told in its captions: the captions are the text).
 */
export function gallerySlides(doc: TextDoc, first: number, last: number): Set<number> | undefined {
  const slides = new Set<number>();
  let chars = 0;
  let prev = -1;
  let index = 0;
  let total = 0;
  for (let k = first; k <= last; k++) {
    chars += doc.blocks[k]?.text.length ?? 0;
    const p = slideCounter(doc.blocks[k]?.text ?? '');
    if (!p) continue;
    const gap = k - prev;
    if (gap <= SLIDE_LINES && p.total === total && p.index === index + 1) {
      // The slide before, and this one when it is the run's last: as many lines as the one before it.
      const n = slideCounter(doc.blocks[k + gap]?.text ?? '');
      let end = n?.total === total && n.index === p.index + 1 ? k : Math.min(k + gap, last + 1);
      // After the last slide, a short line giving the gallery's size links to it (`Voir les 12 photos`, `See all 12 photos`).
      const link = end > k && end <= last ? doc.blocks[end]?.text : undefined;
      if (link && link.length <= SIZE_LINK && link.includes(`${total}`)) end++;
      for (let j = prev; j < end; j++) slides.add(j);
    }
    prev = k;
    index = p.index;
    total = p.total;
  }
  // Slides' lines are short (long ones are an article's own numbered points), and
  // hold less than half the text (else a slideshow told in its captions: the slides are the article).
  let slideChars = 0;
  for (const j of slides) {
    const n = doc.blocks[j]?.text.length ?? 0;
    if (n > SLIDE_LINE) return new Set();
    slideChars += n;
  }
  return slideChars * 2 > chars ? undefined : slides;
}
