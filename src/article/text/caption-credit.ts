/**
 * Recogniser: a picture's caption closed by a labelled credit after its last
 * sentence (`A pilot boat at dawn. Photograph: X for the Example Post`, `…
 * for two years. Source: Supplied`, `… am Hafen. Foto: X`, `… in 2023.CreditX`), as a text dump
 * prints it between a headline and the article. Such a line is never the
 * headline, however short its caption. The labels are data, matched on the
 * line's folded end.
 */
import { endsWithPhotoCredit } from '../../furniture/credits.js';
import { fold } from '../../text/fold.js';

/** Credit labels that close a caption, folded, each before a colon. */
const CREDIT_LABELS = new Set([
  'photograph',
  'photographs',
  'photo',
  'photos',
  'picture',
  'pictures',
  'image',
  'images',
  'source',
  'credit',
  'credits',
  'foto',
  'fotos',
  'bild',
  'bilder',
  'quelle',
  'illustration',
]);

/**
 * A credit label glued to the caption's last stop and to the name after it,
 * as a browser copies a label it hides (`… in the autumn.CreditAmina Saidi/EPA`).
 */
const GLUED_CREDIT = /[.!?”"](?:Credit|Photo|Foto|Image|Bild|Source|Quelle)\p{Lu}/u;

/** Characters of the line's end read for the credit. */
const TAIL = 80;
/** Longest line read as a caption (a paragraph closed by a source line is the article's). */
const CAPTION_MAX = 300;
/** Most words of the credit after its label (`X for the Example Post`, `Supplied`). */
const CREDIT_WORDS = 7;
/** A sentence's stop closing a text. */
const ENDS_SENTENCE = /[.!?]$/u;

/**
 * Whether `text` ends with a sentence's stop, a credit label, a colon and a
 * name of a few words (`… at dawn. Photograph: Amina Saidi for the Example Post`).
 */
export function closesWithCredit(text: string): boolean {
  if (text.length > CAPTION_MAX) return false;
  if (GLUED_CREDIT.test(text.slice(-TAIL))) return true;
  if (!text.includes(':')) return false;
  const tail = fold(text.slice(-TAIL));
  const colon = tail.lastIndexOf(':');
  if (colon < 0) return false;
  const name = tail.slice(colon + 1).trim();
  if (name.length === 0 || ENDS_SENTENCE.test(name) || name.split(' ').length > CREDIT_WORDS)
    return false;
  // The label right before the colon, a sentence's stop and a space before it.
  const head = tail.slice(0, colon).trimEnd();
  const space = head.lastIndexOf(' ');
  if (space < 1) return false;
  const label = head.slice(space + 1);
  const stop = head.charAt(space - 1);
  return CREDIT_LABELS.has(label) && (stop === '.' || stop === '!' || stop === '?');
}

/**
 * A caption closed by its credit, in either shape the text path reads: the
 * furniture vocabulary's ({@link endsWithPhotoCredit}: `… (Photo AFP)`, `….
 * Photo: X`) or a labelled credit after the last sentence ({@link closesWithCredit}).
 */
export function captionWithCredit(text: string): boolean {
  return endsWithPhotoCredit(text) || closesWithCredit(text);
}
