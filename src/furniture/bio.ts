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

import { NAME_PARTICLES } from '../lang/name-particles.js';
import { fold } from '../text/fold.js';
import { wholeLineTest } from '../text/whole-line.js';
import { phrases } from '../util/tables.js';

/** Verbs that link the name to the trade, folded: `is a`, `est`, `ist`, `es`, `è`, `jest`. */
const COPULAS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('is|was|est|ist|war|es|e|jest'),
);

/** Verbs of heading a desk, folded: `leitet das Ressort`, `heads the politics desk`, `dirige la rubrique`. */
const HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('leitet|heads|leads|runs|dirige|dirigeait'),
);

/** Newsroom desks a head of desk is named by, folded word starts: `Ressort`, `desk`, `rubrique`, `Redaktion`. */
const DESKS = /* @__PURE__ */ phrases(
  'ressort|desk|rubrique|redaktion|redaction|newsroom|seccion|sezione',
);

/**
 * Verbs of a reporter's beat, folded: `covers`, `writes about`, `couvre`,
 * `berichtet über`. With no copula and no trade (`Amina Saidi has covered
 * energy for the business desk since 2015.`), a biography names a desk or
 * the year the beat began ({@link BEAT_SIGNS}).
 */
const BEAT_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'covers|writes|reports|couvre|ecrit|suit|schreibt|berichtet|cubre|escribe|copre|scrive|cobre|escreve',
  ),
);

/** Auxiliaries before a beat's participle (`has covered`, `a couvert`, `hat berichtet`, `ha cubierto`), folded. */
const AUXILIARIES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('has|had|a|hat|ha'),
);

/** Participles of a beat after an auxiliary, folded. */
const BEAT_PARTICIPLES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'covered|reported|written|couvert|suivi|berichtet|geschrieben|cubierto|escrito|coperto|scritto',
  ),
);

/** A desk or the year a beat began, in a biography's first sentence (folded): `for the business desk`, `depuis 2015`. */
const BEAT_SIGNS =
  /\b(?:desk|rubrique|ressort|redaktion|redaction|newsroom|seccion|sezione|editoria|since (?:19|20)\d\d|depuis (?:19|20)\d\d|seit (?:19|20)\d\d|desde (?:19|20)\d\d|dal (?:19|20)\d\d)\b/;

/** The copulas, heading and beat verbs above as words, in the raw text (`è` with its accent). */
const COPULA_GATE =
  / (?:is|was|est|ist|war|es|e|è|jest|leitet|heads|leads|runs|dirige|dirigeait|covers|writes|reports|couvre|écrit|suit|schreibt|berichtet|cubre|escribe|copre|scrive|cobre|escreve|(?:has|had|a|hat|ha) (?:covered|reported|written|couvert|suivi|berichtet|geschrieben|cubierto|escrito|coperto|scritto)) /i;

/**
 * Newsroom trades written alike folded or not, lower case (`reporter`, `correspondant`): read by
 * {@link TRADES} and by the HTML byline's roles after a name (`html/byline.ts`).
 */
export const NEWSROOM_TRADES: readonly string[] = /* @__PURE__ */ phrases(
  'writer|reporter|editor|correspondent|journalist|columnist|contributor|contributing|photographer|' +
    'technologist|redakteur|korrespondent|correspondant',
);

/** Starts of newsroom trades, folded (`reporter`, `redakteurin`, `journaliste`, `corresponsal`…). */
const TRADES: readonly string[] = [
  ...NEWSROOM_TRADES,
  ...phrases(
    'freelance|blogger|redaktor|chroniqueu|redacteur|redactrice|redactor|periodista|corresponsal|' +
      'giornalista|dziennikar',
  ),
];

/** Trades matched as whole words only (`author`, not `authority`), folded. */
const WHOLE_TRADES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('author|autor|autorin|auteur|auteure|autrice'),
);

/** Words read for the name and its particles before the copula. */
const NAME_WORDS = 6;
/** Words read after the copula for the trade: `is a senior political reporter`. */
const TRADE_WINDOW = 7;
/**
 * Headings over an author's biography (folded whole lines): `About the author`,
 * `Über den Autor`, `Autoreninfo`, `À propos de l'auteur`, `Sobre el autor`…
 * Shared with the HTML furniture list.
 */
export const ABOUT_AUTHOR_HEADINGS: readonly string[] = /* @__PURE__ */ phrases(
  'about the author|about the authors|uber den autor|uber die autorin|uber die autoren|zum autor|' +
    "zur autorin|autoreninfo|a propos de l'auteur|a propos de l'auteure|l'auteur|sobre el autor|" +
    "sobre la autora|sull'autore|o autorze|об авторе|عن الكاتب|عن الكاتبة",
);
/** Whether a whole line (up to 40 characters) is a heading over the author's biography; `folded` is its folded text when known. */
export const isAboutAuthorHeading = wholeLineTest(ABOUT_AUTHOR_HEADINGS, 40, ' :');

/** Words opening a heading over the author's name in the box under the article (`About X`, `Über X`, `À propos de X`), folded. */
const ABOUT_NAME_OPENINGS: readonly string[] = /* @__PURE__ */ phrases(
  'about|uber|a propos de|sobre',
);

/** Longest heading over the author's name. */
const MAX_ABOUT_NAME = 80;

/**
 * True for a heading over one of the article's authors' `names` (the byline's): `About Jane Doe`,
 * `Über Anna Berg`, `À propos de Claire Dumont`, a closing colon allowed. Under an article, it opens its author's box.
 */
export function isAboutAuthorName(text: string, names: readonly string[]): boolean {
  if (text.length > MAX_ABOUT_NAME || names.length === 0) return false;
  const t = fold(text.endsWith(':') ? text.slice(0, -1) : text).trimEnd();
  const opening = ABOUT_NAME_OPENINGS.find((o) => t.startsWith(`${o} `));
  if (!opening) return false;
  const rest = t.slice(opening.length + 1);
  return names.some((n) => fold(n) === rest);
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
  // Arabic writes no capitals and no copula: a name of two or three words, then the trade.
  if (isArabicLetter(text.charCodeAt(0))) return arabicBioName(text, contributor) > 0;
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
  if (names < 2 || names > 4) return false;
  if (!(heads || COPULAS.has(verb))) return beatBio(text, verb, fold(words[k + 1] ?? ''));
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
 * Whether a paragraph whose name is followed by `verb` (then `next`) is a
 * reporter's beat: a beat verb, or an auxiliary and a beat participle, and a
 * desk or a starting year in its first sentence.
 */
function beatBio(text: string, verb: string, next: string): boolean {
  if (!BEAT_VERBS.has(verb) && !(AUXILIARIES.has(verb) && BEAT_PARTICIPLES.has(next))) return false;
  const stop = text.indexOf('. ');
  return BEAT_SIGNS.test(fold(stop < 0 ? text : text.slice(0, stop)));
}

/**
 * Trades of a guest contributor, folded word starts: the founder or
 * consultant of a firm writing on a blog (`X is the Founder & Principal
 * Consultant at Y`, `X est fondatrice de…`). News stories name founders too
 * (`Y is the founder of Z.`): read only on the paragraph closing a body
 * ({@link isClosingBio}).
 */
const CONTRIBUTOR_TRADES = /* @__PURE__ */ phrases(
  'founder|co-founder|cofounder|fondat|cofondat|co-fondat|grunder|mitgrunder|fundador|cofundador|' +
    'consultant|berater|conseill|consultor|consulente|' +
    // An op-ed's guest from a university or a research house (`X is a professor of economics at …`).
    'professor|professeur|profesor|professore|lecturer|researcher|chercheu|economist|economiste|analyst|analyste|' +
    // Other trades a guest signs a column with (`Universitaire et ancien inspecteur`, `Lawyer and essayist`).
    'universitaire|academic|enseignant|juriste|jurist|avocat|lawyer|politolog|sociolog|historien|historian|essayist',
);

/**
 * A note on the writer naming them by the word, behind the byline's footnote mark (`(*) L'auteur est
 * économiste…`, `* The author is…`), or an op-ed's tagline (`The writer is a former ambassador…`), folded:
 * a biography whatever the trade. Without the mark, `L'auteur est…` closes a book's review as well.
 */
const WRITER_NOTE =
  /^(?:(?:\(\*\)|\*) ?(?:l'auteure?|the author|the writer|der autor|die autorin|el autor|la autora)|the writer) (?:est|is|ist|es) /u;
/** Characters read for {@link WRITER_NOTE}. */
const WRITER_NOTE_HEAD = 30;

/**
 * True for the paragraph closing a body when it is its author's biography,
 * a guest contributor's included (`X is the Founder & Principal Consultant
 * at Y…`): {@link isAuthorBio} with the contributor's trades, or a note on
 * the writer ({@link WRITER_NOTE}).
 */
export function isClosingBio(text: string): boolean {
  if (text.length <= MAX_BIO && WRITER_NOTE.test(fold(text.slice(0, WRITER_NOTE_HEAD))))
    return true;
  return isAuthorBio(withoutNoteMark(text), true);
}

/** The byline's footnote mark opening a closing note (`*`, `(*)`, a space after it or none). */
const NOTE_MARK = /^(?:\(\*\)|\*) ?/u;

/** `text` without the footnote mark opening it (`*Samia Lahlou est…`, `(*) X est…`): the bio behind the byline's mark. */
function withoutNoteMark(text: string): string {
  const c = text.charCodeAt(0);
  // `*` and `(`: most paragraphs open otherwise and are returned as they are.
  if (c !== 0x2a && c !== 0x28) return text;
  const mark = NOTE_MARK.exec(text);
  return mark ? text.slice(mark[0].length) : text;
}

/** Longest line read as an author's trade (`Urbaniste et chroniqueur`, `Senior correspondent in Rabat`). */
const MAX_TRADE_LINE = 60;
/** Most words of such a line. */
const TRADE_LINE_WORDS = 6;
/** Arabic newsroom trades, as whole words (folded): a journalist, a correspondent, a writer, an editor. */
const ARABIC_TRADES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('صحفي|صحفية|صحافي|صحافية|مراسل|مراسلة|كاتب|كاتبة|محرر|محررة').map(fold),
);

/**
 * True for a short line, no sentence, that names a newsroom trade: the
 * author's trade as a columnist's box prints it under the name
 * (`Urbaniste et chroniqueur`, `Journaliste`, `Senior correspondent in
 * Rabat`, `كاتب صحفي`); a guest contributor's trade too when `contributor`
 * (`Économiste, professeure à Lyon`, `أستاذ باحث في علوم التربية`).
 */
export function isTradeLine(text: string, contributor = false): boolean {
  if (text.length > MAX_TRADE_LINE || /[.!?؟]$/u.test(text)) return false;
  const words = fold(text).split(' ');
  if (words.length > TRADE_LINE_WORDS) return false;
  return words.some(
    (w) =>
      WHOLE_TRADES.has(w) ||
      ARABIC_TRADES.has(w) ||
      TRADES.some((t) => w.startsWith(t)) ||
      (contributor &&
        (CONTRIBUTOR_TRADES.some((t) => w.startsWith(t)) || ARABIC_GUEST_TRADES.has(w))),
  );
}

/** Longest trade line of an author's box that goes on past the trade with its field, and its most words. */
const MAX_BOX_TRADE = 100;
const BOX_TRADE_WORDS = 12;

/**
 * True for the trade line of an author's box under the name: a trade line
 * ({@link isTradeLine}, a guest's trade too), or a longer line with no stop
 * that opens with the trade and goes on with its field (`كاتب وأكاديمي سعودي
 * متخصص في التخطيط العمراني`, `Chercheur en géographie urbaine spécialisé
 * dans les villes côtières`), twelve words at most.
 */
export function isBoxTradeLine(text: string): boolean {
  if (isTradeLine(text, true)) return true;
  if (text.length > MAX_BOX_TRADE || /[.!?؟]$/u.test(text)) return false;
  return fold(text).split(' ').length <= BOX_TRADE_WORDS && opensWithTrade(text);
}

/**
 * True for a paragraph opening with the author's trade, the name printed
 * on the line above it as an author's box prints them (`كاتب وباحث في …`,
 * `Journalist and author of …`, `Professor of economics at …`, a guest's
 * `أستاذ العلوم السياسية بجامعة …`).
 */
export function opensWithTrade(text: string): boolean {
  if (text.length > MAX_BIO) return false;
  const w = fold(text.slice(0, 40)).split(' ', 1)[0] ?? '';
  return (
    WHOLE_TRADES.has(w) ||
    ARABIC_TRADES.has(w) ||
    TRADES.some((t) => w.startsWith(t)) ||
    CONTRIBUTOR_TRADES.some((t) => w.startsWith(t)) ||
    ARABIC_GUEST_TRADES.has(w)
  );
}

/** Whether a code is an Arabic letter (the Arabic block's letters). */
function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * Verbs opening an Arabic sentence before a noun and a trade (`قال مصدر
 * صحفي`, `أكد مراسل …`), folded, with their `و`/`ف` prefix: such a line
 * reports what a journalist said, no biography.
 */
const ARABIC_OPENING_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('قال|أكد|أوضح|أضاف|أشار|كشف|ذكر|أفاد|صرح|نقل|أعلن|يقول|كان|حسب|بحسب|وفق')
    .flatMap((v) => [v, `و${v}`, `ف${v}`])
    .map(fold),
);

/** Longest name before the trade in an Arabic biography, in words. */
const ARABIC_NAME_WORDS = 3;

/** An Arabic guest contributor's trades, as whole words (folded): a professor, a researcher, an expert, an analyst. */
const ARABIC_GUEST_TRADES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('أستاذ|أستاذة|باحث|باحثة|خبير|خبيرة|محلل|محللة').map(fold),
);

/**
 * An Arabic biography as a nominal sentence: a name of two or three words,
 * then a newsroom trade (`أمينة السعيدي صحافية بالقسم الاقتصادي منذ
 * 2015…`, `كريم العلوي مراسل القناة في الرباط`), a guest's too when
 * `contributor` (`… أستاذ الجغرافيا بجامعة …`). The first word is no verb
 * of saying (`وقال مصدر صحفي`). Returns the name's number of words, 0 for no biography.
 */
export function arabicBioName(text: string, contributor = false): number {
  const words = fold(text.slice(0, 120)).split(' ', ARABIC_NAME_WORDS + 1);
  if (ARABIC_OPENING_VERBS.has(words[0] ?? '')) return 0;
  for (let k = 2; k <= ARABIC_NAME_WORDS && k < words.length; k++) {
    const w = words[k] ?? '';
    if (ARABIC_TRADES.has(w) || (contributor && ARABIC_GUEST_TRADES.has(w))) return k;
  }
  return 0;
}

/** Longest paragraph read as a biography opening with the author's name. */
const MAX_NAMED_BIO = 600;

/**
 * True for a paragraph opening with one of the article's authors' `names`
 * (the byline's) and then a verb, a lower-case word (`Claire Dumont vit à
 * Lyon, où elle suit…`, `Amina Saidi has covered…`): under an article, its
 * author's biography. Read on the body's last paragraphs only; an interview's
 * `Name :` or `Name,` opens no biography. The byline's footnote mark may open it (`*X est…`).
 */
export function opensWithAuthorName(marked: string, names: readonly string[]): boolean {
  if (marked.length > MAX_NAMED_BIO) return false;
  const text = withoutNoteMark(marked);
  for (const name of names) {
    const n = name.length;
    if (n < 5 || text.length < n + 3 || text.charCodeAt(n) !== 0x20) continue;
    const next = text.charAt(n + 1);
    // A lower-case letter (a verb's): scripts with no case (Arabic) open no such biography here.
    if (next === next.toUpperCase()) continue;
    if (text.charCodeAt(0) !== name.charCodeAt(0)) continue;
    if (fold(text.slice(0, n)) === fold(name)) return true;
  }
  return false;
}
