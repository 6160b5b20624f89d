/**
 * Recogniser: the rights notice of a page's footer (`© 2020 The Daily. All
 * rights reserved.`, `Tous droits réservés`, `جميع الحقوق محفوظة`). Text after
 * it is the footer's or a hidden dialog's, seldom the article's. Phrases are
 * data, matched on folded text; shared by the text pipeline's body region and
 * its interface lines.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Rights-reserved phrases of the languages depeche reads (folded). */
export const RIGHTS_PHRASES = /* @__PURE__ */ phrases(
  'all rights reserved|tous droits reserves|alle rechte vorbehalten|todos los derechos reservados|' +
    'tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|الحقوق محفوظة',
);

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

/** A free licence named (folded): `Creative Commons`, `CC BY-SA`. */
const FREE_LICENCE = /creative[ -]commons|(?:^|[ (])cc[ -]by/;
/** A licence word (folded): `licence`, `license`, `Lizenz`, `licencia`, `licenza`, `licença`. */
const LICENCE_WORD = /licen[cszç]|lizenz/;
/**
 * The site's own content as the licence's object (folded): `this work`,
 * `unless otherwise noted`, `sofern nicht anders angegeben`, `sauf mention
 * contraire`, `alle redaktionellen Beiträge`, `cet article`.
 */
const OWN_CONTENT =
  /this (?:work|article|post|page|content|text|site|blog)|our (?:content|articles|posts|texts)|unless otherwise|except where|sofern nicht anders|soweit nicht anders|wenn nicht anders|sauf mention|sauf indication|salvo (?:indicacion|que se indique|diversa)|alle (?:redaktionellen|inhalte|texte|beitrage|artikel)|(?:dieser|dieses) (?:artikel|beitrag|text|inhalt|werk)|(?:cet|ce) (?:article|contenu|texte|site|blog)|(?:este|esta) (?:articulo|contenido|obra|texto)|questo (?:articolo|contenuto)/;

/** Longest paragraph read as a licence notice. */
const LICENCE_MAX = 300;

/**
 * True for a short paragraph that licenses the site's own content
 * (`Alle redaktionellen Beiträge stehen, sofern nicht anders angegeben,
 * unter Creative Commons Lizenz…`, `This work is licensed under a Creative
 * Commons Attribution 4.0 License.`, `Sauf mention contraire, cet article est
 * sous licence CC BY-SA.`): a free licence, a licence word and the site's own
 * content as its object. An article about licences names others' works.
 */
export function isLicenceNotice(text: string, folded?: string): boolean {
  if (text.length > LICENCE_MAX) return false;
  const f = folded ?? fold(text);
  return FREE_LICENCE.test(f) && LICENCE_WORD.test(f) && OWN_CONTENT.test(f);
}
