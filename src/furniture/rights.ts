/**
 * Recogniser: the rights notice of a page's footer (`© 2020 The Daily. All
 * rights reserved.`, `Tous droits réservés`, `جميع الحقوق محفوظة`). Text after
 * it is the footer's or a hidden dialog's, seldom the article's. Phrases are
 * data, matched on folded text; shared by the text pipeline's body region and
 * its interface lines.
 */
import { fold } from '../text/fold.js';

/** Rights-reserved phrases of the languages depeche reads (folded). */
export const RIGHTS_PHRASES = [
  'all rights reserved',
  'tous droits reserves',
  'alle rechte vorbehalten',
  'todos los derechos reservados',
  'tutti i diritti riservati',
  'todos os direitos reservados',
  'alle rechten voorbehouden',
  'الحقوق محفوظة',
];

/** Longest line read as a rights notice: a footer line, not a paragraph quoting one. */
export const RIGHTS_MAX = 200;

/**
 * A piece of every phrase in the raw text, of any case or accent (`reserv`,
 * `réserv`, `echte`, `iritti`) or with harakat and tatweel between the
 * Arabic letters (`حقوق`): lines with none are not folded.
 */
export const RIGHTS_GATE =
  /r[eéèêë]\u0301?serv|echte|iritti|ح[\u0640\u064b-\u0652]*ق[\u0640\u064b-\u0652]*و[\u0640\u064b-\u0652]*ق/i;

/**
 * True when a short line is a rights notice. `folded` gives the line's
 * folded text when the caller keeps it; it is asked for only past the gate.
 */
export function isRightsLine(text: string, folded?: () => string): boolean {
  if (text.length > RIGHTS_MAX || !RIGHTS_GATE.test(text)) return false;
  const f = folded ? folded() : fold(text);
  return RIGHTS_PHRASES.some((p) => f.includes(p));
}
