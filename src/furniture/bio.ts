/**
 * Recogniser for an author's biography as news pages print it under the
 * article (`Meg James is a corporate media reporter for the Los Angeles
 * Times…`, `Louise Matsakis is a Staff Writer at WIRED…`, `Karim Alaoui est
 * journaliste au service économie…`, `Anna Berg ist Redakteurin im
 * Ressort…`): a name of two to four capitalised words, a copula, and a
 * newsroom trade within a few words, or a verb of heading and a newsroom's
 * desk (`Anna Berg leitet das Ressort Politik bei …`, `X heads the politics desk`). Trades are data; a name the page's
 * byline gave is not needed.
 */

import { trimEndOf } from '../html/trim.js';
import { NAME_PARTICLES } from '../lang/name-particles.js';
import { fold } from '../text/fold.js';

/** Verbs that link the name to the trade, folded: `is a`, `est`, `ist`, `es`, `è`, `jest`. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'est', 'ist', 'war', 'es', 'e', 'jest']);

/** Verbs of heading a desk, folded: `leitet das Ressort`, `heads the politics desk`, `dirige la rubrique`. */
const HEADS: ReadonlySet<string> = new Set([
  'leitet',
  'heads',
  'leads',
  'runs',
  'dirige',
  'dirigeait',
]);

/** Newsroom desks a head of desk is named by, folded word starts: `Ressort`, `desk`, `rubrique`, `Redaktion`. */
const DESKS = [
  'ressort',
  'desk',
  'rubrique',
  'redaktion',
  'redaction',
  'newsroom',
  'seccion',
  'sezione',
];

/** The copulas and heading verbs above as words, in the raw text (`è` with its accent). */
const COPULA_GATE =
  / (?:is|was|est|ist|war|es|e|è|jest|leitet|heads|leads|runs|dirige|dirigeait) /i;

/** Starts of newsroom trades, folded (`reporter`, `redakteurin`, `journaliste`, `corresponsal`…). */
const TRADES = [
  'writer',
  'reporter',
  'editor',
  'correspondent',
  'journalist',
  'columnist',
  'contributor',
  'contributing',
  'freelance',
  'blogger',
  'photographer',
  'redakteur',
  'redaktor',
  'korrespondent',
  'chroniqueu',
  'redacteur',
  'redactrice',
  'redactor',
  'correspondant',
  'periodista',
  'corresponsal',
  'giornalista',
  'dziennikar',
];

/** Trades matched as whole words only (`author`, not `authority`), folded. */
const WHOLE_TRADES: ReadonlySet<string> = new Set([
  'author',
  'autor',
  'autorin',
  'auteur',
  'auteure',
  'autrice',
]);

/** Words read for the name and its particles before the copula. */
const NAME_WORDS = 6;
/** Words read after the copula for the trade: `is a senior political reporter`. */
const TRADE_WINDOW = 7;
/**
 * Headings over an author's biography (folded whole lines): `About the author`,
 * `Über den Autor`, `Autoreninfo`, `À propos de l'auteur`, `Sobre el autor`…
 * Shared with the HTML furniture list.
 */
export const ABOUT_AUTHOR_HEADINGS: readonly string[] = [
  'about the author',
  'about the authors',
  'uber den autor',
  'uber die autorin',
  'uber die autoren',
  'zum autor',
  'zur autorin',
  'autoreninfo',
  "a propos de l'auteur",
  "a propos de l'auteure",
  "l'auteur",
  'sobre el autor',
  'sobre la autora',
  "sull'autore",
  'o autorze',
  'об авторе',
];
const ABOUT_AUTHOR = new Set(ABOUT_AUTHOR_HEADINGS);

/** Whether a whole line is a heading over the author's biography; `folded` is its folded text when known. */
export function isAboutAuthorHeading(text: string, folded?: string): boolean {
  return text.length <= 40 && ABOUT_AUTHOR.has(trimEndOf(folded ?? fold(text), ' :'));
}

/** Longest paragraph read as a biography. */
const MAX_BIO = 800;

/** Whether a word is capitalised as a name's word (`Meg`, `O'Neil`, `Al-Fassi`). */
function nameWord(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && word.length > 1 && word.length < 25;
}

/** True for a paragraph that opens an author's biography: a name, a copula, a newsroom trade (a contributor's too when `contributor`). */
export function isAuthorBio(text: string, contributor = false): boolean {
  if (text.length > MAX_BIO) return false;
  // A capitalised first word and a copula among the first words, read in place: most paragraphs stop here.
  const head = text.slice(0, 200);
  const space = head.indexOf(' ');
  if (space < 2 || !nameWord(head.slice(0, space)) || !COPULA_GATE.test(head)) return false;
  // Only the words read below are split off: the name's (up to NAME_WORDS), the copula, the trade window.
  const words = head.split(' ', NAME_WORDS + 1 + TRADE_WINDOW);
  let k = 0;
  let names = 0;
  while (k < words.length && k < NAME_WORDS) {
    const w = words[k] ?? '';
    if (nameWord(w)) names++;
    else if (!(names > 0 && NAME_PARTICLES.has(w))) break;
    k++;
  }
  const verb = fold(words[k] ?? '');
  const heads = HEADS.has(verb);
  if (names < 2 || names > 4 || !(heads || COPULAS.has(verb))) return false;
  for (let j = k + 1; j < words.length && j <= k + TRADE_WINDOW; j++) {
    const f = fold(words[j] ?? '');
    // `Anna Berg leitet das Ressort Politik`: a head of a newsroom's desk.
    if (heads && DESKS.some((d) => f.startsWith(d))) return true;
    if (WHOLE_TRADES.has(f.replace(/[.,;:]$/, ''))) return true;
    for (const trade of TRADES) if (f.startsWith(trade)) return true;
    if (contributor && CONTRIBUTOR_TRADES.some((t) => f.startsWith(t))) return true;
  }
  return false;
}

/**
 * Trades of a guest contributor, folded word starts: the founder or
 * consultant of a firm writing on a blog (`X is the Founder & Principal
 * Consultant at Y`, `X est fondatrice de…`). News stories name founders too
 * (`Y is the founder of Z.`): read only on the paragraph closing a body
 * ({@link isClosingBio}).
 */
const CONTRIBUTOR_TRADES = [
  'founder',
  'co-founder',
  'cofounder',
  'fondat',
  'cofondat',
  'co-fondat',
  'grunder',
  'mitgrunder',
  'fundador',
  'cofundador',
  'consultant',
  'berater',
  'conseill',
  'consultor',
  'consulente',
];

/**
 * True for the paragraph closing a body when it is its author's biography,
 * a guest contributor's included (`X is the Founder & Principal Consultant
 * at Y…`): {@link isAuthorBio} with the contributor's trades.
 */
export function isClosingBio(text: string): boolean {
  return isAuthorBio(text, true);
}

/** Longest line read as an author's trade (`Urbaniste et chroniqueur`, `Senior correspondent in Rabat`). */
const MAX_TRADE_LINE = 60;
/** Most words of such a line. */
const TRADE_LINE_WORDS = 6;
/** Arabic newsroom trades, as whole words (folded): a journalist, a correspondent, a writer, an editor. */
const ARABIC_TRADES: ReadonlySet<string> = new Set(
  ['صحفي', 'صحفية', 'صحافي', 'صحافية', 'مراسل', 'مراسلة', 'كاتب', 'كاتبة', 'محرر', 'محررة'].map(
    fold,
  ),
);

/**
 * True for a short line, no sentence, that names a newsroom trade: the
 * author's trade as a columnist's box prints it under the name
 * (`Urbaniste et chroniqueur`, `Journaliste`, `Senior correspondent in
 * Rabat`, `كاتب صحفي`).
 */
export function isTradeLine(text: string): boolean {
  if (text.length > MAX_TRADE_LINE || /[.!?؟]$/u.test(text)) return false;
  const words = fold(text).split(' ');
  if (words.length > TRADE_LINE_WORDS) return false;
  return words.some(
    (w) => WHOLE_TRADES.has(w) || ARABIC_TRADES.has(w) || TRADES.some((t) => w.startsWith(t)),
  );
}
