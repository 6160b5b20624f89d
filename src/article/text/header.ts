/**
 * Refiners for what stands between the title and the body, and around the
 * body: an author alone on a line (`ياسين العلمي`, `سامر الخطيب-الدوحة`), a
 * related title with no label after the date line, a standfirst, an inline
 * byline-and-dateline opening the first paragraph (`<author> - القاهرة في
 * <date> - …`), and an author alone after the last paragraph.
 */
import { dateShare, findDates } from '../../dates/find-dates.js';
import { DAYS } from '../../dates/names.js';
import { AR_FIRST_NAMES } from '../../entities/data/ar-people.js';
import { key } from '../../entities/lexicon-key.js';
import { nameLexicon } from '../../entities/name-lexicon.js';
import { isBoxTradeLine, isTradeLine, opensWithTrade } from '../../furniture/bio.js';
import { isEngagementCounter, isPostCount, trailingCounterAt } from '../../furniture/counters.js';
import { endsWithPhotoCredit } from '../../furniture/credits.js';
import { isDeskName } from '../../furniture/desk-names.js';
import { isInterfaceLine } from '../../furniture/interface.js';
import { isPaywallLine } from '../../furniture/paywall.js';
import { afterStampLabel, isStampLine, isTimeOfDay } from '../../furniture/stamps.js';
import { isMoreHeading } from '../../furniture/teaser-headings.js';
import { isFurnitureBlock, isTeaserHeading } from '../../html/furniture.js';
import type { Block } from '../../input/block.js';
import { countWords, FUNCTION_WORDS } from '../../lang/function-words.js';
import { NAME_PARTICLES } from '../../lang/name-particles.js';
import { isSalutation } from '../../lang/salutations.js';
import { holdsLetter, isSpace, OPENING_QUOTES, spacesAtLeast } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import type { RelatedLink, Span } from '../../types.js';
import { phrases } from '../../util/tables.js';
import {
  bulletLength,
  bylineName,
  caselessName,
  isAgencyName,
  nameLike,
  personName,
  recogniseByline,
} from '../recognisers/byline.js';
import { labelledSegment, SEGMENT_SEPARATORS } from '../recognisers/info-line.js';
import { recogniseRelated } from '../recognisers/related.js';
import { afterAuthorMeta } from './author-meta.js';
import { type DateChoice, firstDateOf } from './date.js';
import { bodyLike, isFree, paragraphLike, sentenceTail, type TextDoc, titleLike } from './doc.js';
import { stampLineOf } from './line-facts.js';
import { isPlace } from './places.js';
import { spellsSiteName } from './site-suffix.js';

/** An author's name and its span. */
export interface NameSpan extends Span {
  text: string;
}

/** What the header zone held. */
export interface Header {
  authors: NameSpan[];
  related: RelatedLink[];
}

/** A sentence's end, a closing quote or bracket after it allowed (`… a-t-il dit."`). */
const SENTENCE_END = /[.!?؟…]["”»)]*$/u;

/** Lines after the title read as its header (byline, date, standfirst). */
const HEADER_LINES = 5;

/** Initials before a surname (`M.` in `Bradley M. Kuhn`, `J.K.` in `J.K. Rowling`, Arabic `ف.` in `ف. بوعلام`): a capital or an Arabic letter and its dot, a space after. */
const INITIALS = /(?<=^| )(?:[\p{Lu}\u0621-\u064a]\.){1,3}(?= )/gu;

/** A signature of two or three initials and nothing else (`H.B.`, `م.ر`). */
const INITIALS_ONLY = /^(?:[\p{Lu}\u0621-\u064a]\.){1,2}[\p{Lu}\u0621-\u064a]\.?$/u;

/** A line that is only a name: short, few words, no digits, no sentence punctuation but an initial's dot. */
export function nameLine(text: string): boolean {
  if (text.length > 40) return false;
  // A middle initial's dot (`Bradley M. Kuhn`, `J.K. Rowling`) is a name's; any other dot is not.
  if (/[\d٠-٩.,:;!?؟«»"،؛]/u.test(text.includes('.') ? text.replace(INITIALS, 'X') : text))
    return false;
  // A table's row with padded columns (`Products   Mozilla Application Suite`) is no name.
  if (text.includes('   ')) return false;
  const words = text.split(/\s+/u);
  // Two words to five, asked before the tests of each word below (a third of the lines reaching here, a Chromium
  // pass's 16.5 k, hold one word or more than five).
  if (words.length < 2 || words.length > 5) return false;
  // Every word holds a letter: `Forums - Regeln`, `Bosch |` are a title and a separator.
  if (words.some((w) => !/\p{L}/u.test(w))) return false;
  // In a cased script, every word of a name is capitalised but its particles (`Abdelkader Ben Ali`, `Jong de`).
  if (words.some((w) => w.toLowerCase() === w && w.toUpperCase() !== w && !NAME_PARTICLES.has(w)))
    return false;
  // `Le Matin`, `The Guardian`: a publication opens with an article, a person's name does not.
  if (NOT_A_FIRST_NAME.has(words[0] ?? '')) return false;
  // In a script with no case, a function word of its own (`نبدأ نشرتنا من مدينة قسنطينة`) is a phrase's, no name's.
  if (
    words.some((w) => w.charCodeAt(0) >= 0x600 && w.charCodeAt(0) <= 0x6ff && FUNCTION_WORDS.has(w))
  )
    return false;
  // Menu words glued together (`Edición ImpresaPDF`, `MundoPORTADA`): a lower-case letter before two capitals is no name's.
  if (GLUED_CAPITALS.test(text)) return false;
  return nameLike(text);
}

/**
 * The name of a mail's sender line (`Name <user@host>`, an archive masking the host: `<user@…>`): a name, a
 * space, then an address in angle brackets closing the line, as a mailing list's archive prints it.
 */
export function senderName(text: string): string | undefined {
  const open = text.indexOf(' <');
  if (open < 0 || !text.endsWith('>') || text.indexOf('@', open) < 0) return undefined;
  const name = text.slice(0, open);
  return nameLine(name) ? name : undefined;
}

/**
 * Whether a line is a person's name alone: name-shaped, and no interface
 * text (`Read Later`) or heading over teasers (`Latest Headlines`), which are
 * shaped like names too.
 */
export function personLine(text: string): boolean {
  return (
    nameLine(text) &&
    !isInterfaceLine(text) &&
    !isTeaserHeading(text) &&
    !isMoreHeading(text) &&
    // A picture's caption closed by its credit or an archive mark (`محطة الحاويات (أرشيف)`): in a script
    // without case, its few words are shaped like a name.
    !endsWithPhotoCredit(text)
  );
}

/** A lower-case letter right before two capitals: words glued together (`ImpresaPDF`), not a name (`McDonald`, `DeAndre`). */
const GLUED_CAPITALS = /\p{Ll}\p{Lu}{2}/u;

/** Articles that open publication names, not people's. */
const NOT_A_FIRST_NAME = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'Le|La|Les|The|Un|Une|Der|Die|Das|' +
      // Words that open German, Spanish and Italian phrases shaped like names (`Zum Video`, `Im Wortlaut`, `Letzte Artikel`).
      'Ein|Eine|Im|Am|Zum|Zur|Vom|Beim|Mit|Für|Über|Letzte|Neueste|' +
      // Links to the next or previous post and follow buttons (`Nächste Vorstandssitzung`, `Seguir Medellín`, `Next Story`).
      'Nächste|Nächster|Nächstes|Vorherige|Vorheriger|Vorheriges|Next|Previous|Follow|Seguir|Siguiente|' +
      'Anterior|Suivant|Précédent|El|Los|Las|Una|Il|Gli|' +
      // A byline's label before a desk's name (`Por Redacción`, `Par Rédaction`): the label is no first name.
      'Por|Par|By|' +
      // English prepositions and question words opening a title-cased headline (`On Recent Controversial Events`,
      // `How We Rebuilt the Pier`): no name opens with one.
      'On|In|Of|At|For|With|From|About|After|How|Why|What|When|Where',
  ),
);

/**
 * Where separator `sep` stands in `t` (from `from` on) and where what follows it starts. A mark between two
 * spaces (` • `, ` - `) may have more spaces or no-break spaces around it, as a page's `&nbsp;` prints
 * (`X  •  Y`, `X&nbsp;•&nbsp;Y`); a wide gap is a run of three spaces or more, no-break spaces too.
 */
function separatorIn(t: string, sep: string, from = 0): [number, number] {
  if (sep === WIDE_GAP) {
    const m = WIDE_GAP_RUN.exec(t);
    return m ? [m.index, m.index + m[0].length] : [-1, -1];
  }
  if (sep.length !== 3 || sep[0] !== ' ' || sep[2] !== ' ') {
    const at = t.indexOf(sep, from);
    return [at, at < 0 ? -1 : at + sep.length];
  }
  const mark = sep[1] ?? '';
  for (let at = t.indexOf(mark, from + 1); at > 0; at = t.indexOf(mark, at + 1)) {
    if (!isSpace(t.charCodeAt(at - 1)) || !isSpace(t.charCodeAt(at + 1))) continue;
    let start = at - 1;
    while (start > from && isSpace(t.charCodeAt(start - 1))) start--;
    let end = at + 2;
    while (end < t.length && isSpace(t.charCodeAt(end))) end++;
    return [start, end];
  }
  return [-1, -1];
}

/** A word joining two people's names, spaces around. */
const JOINED = / (?:and|und|et|&) /u;

/** Longest line read as a name and its desk. */
const DESK_LINE = 60;

/** Separators between the site's name and the author's on a byline line (`هسبريس - محمد بلقاسم`). */
const SITE_NAME_SEPARATORS: readonly string[] = [' - ', ' – ', ' | '];

/**
 * The author named after the site's name on a line of the header (`هسبريس - محمد بلقاسم`, `Le360 - Karim Alaoui`):
 * the site's name as the page's first line prints it (its masthead), a separator, then a person's name.
 */
export function nameAfterMasthead(doc: TextDoc, b: Block): NameSpan | undefined {
  const masthead = doc.blocks[0]?.text;
  if (!masthead || masthead.length < 3 || b.index === 0 || !b.text.startsWith(masthead))
    return undefined;
  const sep = SITE_NAME_SEPARATORS.find((s) => b.text.startsWith(s, masthead.length));
  if (!sep) return undefined;
  const at = masthead.length + sep.length;
  const name = b.text.slice(at);
  return personLine(name) ? { text: name, start: b.start + at, end: b.end } : undefined;
}

/**
 * `Tanza Loudenback, Business Insider`, `Marek Świerczyński, Polityka
 * Insight`: a person's name and, after a comma, the desk or publication
 * (one to four capitalised words, no digit). Read only between the title
 * and the body; a known place before the comma is a dateline's.
 */
export function nameWithDesk(b: Block): NameSpan | undefined {
  // Behind a list bullet as w3m and lynx print it (`* Tanza Loudenback, Business Insider`).
  const skip = bulletLength(b.text);
  const t = b.text.slice(skip);
  if (t.length > DESK_LINE) return undefined;
  const comma = t.indexOf(', ');
  if (comma <= 0 || t.indexOf(',', comma + 1) >= 0) return undefined;
  const name = t.slice(0, comma);
  const desk = t.slice(comma + 2).trim();
  const words = desk.split(' ');
  if (words.length > 4 || /\d/u.test(desk) || !words.every((w) => /^\p{Lu}/u.test(w)))
    return undefined;
  // Two people joined (`Meg Kinnard and Errin Haines, Associated Press`), each read as a name.
  if (!(personLine(name) || (JOINED.test(name) && personName(name))) || isPlace(name))
    return undefined;
  // An agency's name of two words or more signs too: the line is kept whole, and split into its names later.
  const to = isAgencyName(desk) && nameLine(desk) ? t.length : comma;
  return { text: t.slice(0, to), start: b.start + skip, end: b.start + skip + to };
}

/**
 * `سامر الخطيب-الدوحة`, `الرباط - سعيد بلقاسم`: a name and the place it was written from, after it or before it;
 * the place is left out when it is a known place.
 */
export function splitNamePlace(b: Block): NameSpan {
  const t = b.text;
  const dash = Math.max(t.lastIndexOf('-'), t.lastIndexOf('–'));
  if (dash > 0) {
    const place = t.slice(dash + 1).trim();
    if (place && isPlace(place)) {
      const name = t.slice(0, dash).trim();
      return { text: name, start: b.start, end: b.start + name.length };
    }
  }
  const first = firstDash(t);
  if (first > 0 && isPlace(t.slice(0, first).trim())) {
    const rest = t.slice(first + 1);
    const name = rest.trim();
    const from = b.start + first + 1 + rest.indexOf(name);
    if (name.length > 0) return { text: name, start: from, end: from + name.length };
  }
  return { text: t, start: b.start, end: b.end };
}

/** Where the first dash or en dash of `t` stands, or -1. */
function firstDash(t: string): number {
  const hyphen = t.indexOf('-');
  const en = t.indexOf('–');
  return hyphen < 0 ? en : en < 0 ? hyphen : Math.min(hyphen, en);
}

/**
 * `أمينة السعيدي - الرباط`, `Amina Saidi – Rabat`, `الرباط - سعيد بلقاسم`: a
 * person's name, a dash and the known place the article was written from
 * (after the name or before it); the name's span, or undefined for any other
 * line.
 */
export function nameWithPlace(b: Block): NameSpan | undefined {
  if (b.text.length > MAX_NAME_PLACE) return undefined;
  const named = splitNamePlace(b);
  if (named.text === b.text) return nameAfterPlaceColon(b);
  return personLine(named.text) ? named : undefined;
}

/** Most spaces in a name after a place and a colon: a longer rest is a headline's (`الجزائر: عبد المجيد تبون يستقبل …`). */
const PLACE_COLON_NAME_SPACES = 2;

/**
 * `الجزائر: هدى بن علي`, `Alger : Nadia Ferhat`: a known place, a colon, then a person's name of two or three words
 * opening with a known first name (a headline opens with a place and a colon too: `الجزائر: توقيف شبكة …`).
 */
function nameAfterPlaceColon(b: Block): NameSpan | undefined {
  const t = b.text;
  const colon = t.indexOf(':');
  if (colon <= 0 || !isPlace(t.slice(0, colon).trim())) return undefined;
  const rest = t.slice(colon + 1);
  const name = rest.trim();
  if (
    spacesAtLeast(name, PLACE_COLON_NAME_SPACES + 1) ||
    !personLine(name) ||
    !knownFirstName(name)
  )
    return undefined;
  const start = b.start + colon + 1 + rest.indexOf(name);
  return { text: name, start, end: start + name.length };
}

/** Longest line read as a name and its place. */
const MAX_NAME_PLACE = 80;

/** Shortest sentence read as a quotation's lead-in. */
const LEAD_IN_MIN = 40;

/**
 * Whether block `b` is a sentence closed by a colon (some words, no label)
 * and the block under it opens with a quotation mark: the lead-in of a
 * statement or a letter the article reproduces, its first paragraph.
 */
function introducesQuote(doc: TextDoc, b: Block): boolean {
  const t = b.text;
  if (t.length < LEAD_IN_MIN || !t.endsWith(':') || !spacesAtLeast(t, 5)) return false;
  const next = doc.blocks[b.index + 1];
  return next !== undefined && OPENING_QUOTES.includes(next.text.charAt(0)) && bodyLike(next.text);
}

/**
 * Reads the free blocks between the title (`from`, exclusive) and the first
 * body paragraph: names become authors, a headline after a date line becomes
 * a related link, anything else is a standfirst and stays out of the body;
 * a name alone is no author when `signed` (a labelled byline named one).
 * Returns the index where the body starts.
 */
export function readHeader(doc: TextDoc, from: number, header: Header, signed = false): number {
  let dated = false;
  // A byline or date line a few lines down closes the header: what stands before it is a standfirst.
  let closing = -1;
  // Paragraphs read before any closing line (body text, no caption): two are the body already, and a line under them
  // (a credit, a date) closes nothing.
  let prose = 0;
  for (let k = from + 1; k <= from + HEADER_LINES && k < doc.blocks.length; k++) {
    const role = doc.roles.get(k);
    if (role === 'date' || role === 'byline' || role === 'source') {
      if (closing < 0 && prose >= 2) break;
      closing = k;
    }
    const b = doc.blocks[k];
    if (!b || !isFree(doc, b) || !bodyLike(b.text)) continue;
    if (closing < 0 && !endsWithPhotoCredit(b.text)) prose++;
    if (!/[.!?؟]$/u.test(b.text)) break;
    // Prose after the header's date or byline is the body: a credit further down (`(MAP)` under a short dispatch) closes nothing.
    if (closing >= 0 && closing < k) break;
  }
  for (const b of doc.blocks) {
    if (b.index <= from) continue;
    // The header is a few lines; past them, whatever comes is body.
    if (b.index > from + HEADER_LINES) return b.index;
    const role = doc.roles.get(b.index);
    if (role === 'date' || role === 'byline' || role === 'source') {
      dated = true;
      continue;
    }
    // A line with no letter (a rule, `-----`, under the date of a fixed-width page) is no headline, deck nor name.
    if (!isFree(doc, b) || !holdsLetter(b.text)) continue;
    // A headline after the date line, ending with a quoted word (`… لمواجهة "كورونا"`), is another article's title, not the lead.
    const quotedHeadline =
      dated && b.text.length < 120 && /["”»]$/u.test(b.text) && !SENTENCE_END.test(b.text);
    if (
      b.index > closing &&
      ((paragraphLike(b.text) && !quotedHeadline) ||
        // The input stops inside the line right under the date (a dump cut in its lead): the body's start, no headline.
        (dated && cutAtEnd(doc, b)) ||
        recogniseRelated(doc.input, b) ||
        // A paywall's prompt (`Cet article est réservé aux abonnés`) ends the header: the body's walk drops what follows.
        isPaywallLine(b.text) ||
        sentenceTail(b, doc.blocks[b.index + 1]) ||
        // A letter's salutation (`Dear readers,`) opens the body, however short.
        isSalutation(b.text) ||
        // A sentence closed by a colon over the quotation it introduces (`X issued the following statement:` ⏎ `"…`).
        introducesQuote(doc, b) ||
        (dated && interviewQuestion(doc, b)) ||
        // A post opening on a short sentence under its date (`I used to count everything.`): too short for a deck.
        (dated && shortOpening(doc, b)) ||
        // A live page's first entry: its heading under its time alone (`14:52` ⏎ heading), no other article's.
        (dated && titleLike(b.text) && isTimeOfDay(doc.blocks[b.index - 1]?.text ?? '')))
    )
      return b.index;
    // A name alone is the author only when no labelled byline named one (`Middle East` under `By X`).
    const named =
      (header.authors.length === 0 ||
        secondInBox(doc, b, header) ||
        nameUnderName(doc, b, header)) &&
      !signed
        ? personLine(b.text)
          ? splitNamePlace(b)
          : (nameWithPlace(b) ?? nameWithDesk(b))
        : undefined;
    if (named) {
      header.authors.push(named);
      doc.roles.set(b.index, 'byline');
    } else if (
      dated &&
      titleLike(b.text) &&
      b.text.length >= 25 &&
      // A player's button or a notice (`▶ Écouter l'article 2 min`) is no other article's headline.
      !isFurnitureBlock(b.text, false) &&
      !/[.]$/u.test(b.text) &&
      findDates(b.text).length === 0
    ) {
      header.related.push({ title: b.text, start: b.start, end: b.end });
      doc.roles.set(b.index, 'related');
    } else if (b.text.length >= 25) {
      doc.roles.set(b.index, 'standfirst');
    }
  }
  return doc.blocks.length;
}

/** Fewest words of a short opening sentence, and the most characters (a longer one is {@link paragraphLike}). */
const OPENING_WORDS = 3;
const OPENING_MAX = 40;
/** A capital opening a sentence. */
const CAPITAL_START = /^\p{Lu}/u;

/**
 * Whether free block `b` is a blog post's first line, a short sentence with a paragraph right under it (`I used to
 * count everything.` ⏎ `Books read, …`, `It is official: Montreal is back.` ⏎ …): a capital, a few words with a function
 * word among them, a full stop (no `!`, no `?`), no furniture. Asked under the header's date or byline only: a deck
 * stands over them, and one printed under them is longer than this (a longer sentence is {@link paragraphLike}, body).
 */
function shortOpening(doc: TextDoc, b: Block): boolean {
  const t = b.text;
  const next = doc.blocks[b.index + 1];
  // A full stop: a title or a heading may close on `!` or `?` (`Schwierige Gespräche: so geht's!`).
  if (t.length > OPENING_MAX || !CAPITAL_START.test(t) || !t.endsWith('.') || t.endsWith('..'))
    return false;
  if (!next || !isFree(doc, next) || !paragraphLike(next.text)) return false;
  const words = countWords(t);
  return words.words >= OPENING_WORDS && words.functionWords > 0 && !isFurnitureBlock(t, false);
}

/**
 * Whether name line `b` is a second author of the header's box: the line above
 * it the trade of the author read last, printed right over it (`Amina
 * Belkacem` ⏎ `Energy correspondent` ⏎ `Riad Mansouri` ⏎ `Staff writer`).
 */
function secondInBox(doc: TextDoc, b: Block, header: Header): boolean {
  const trade = doc.blocks[b.index - 1];
  return (
    trade !== undefined && lastAuthorOn(header, doc.blocks[b.index - 2]) && isTradeLine(trade.text)
  );
}

/** Whether the author the header read last was read on block `owner`. */
function lastAuthorOn(header: Header, owner: Block | undefined): boolean {
  const last = header.authors.at(-1);
  return (
    last !== undefined && owner !== undefined && last.start >= owner.start && last.end <= owner.end
  );
}

/**
 * Whether name line `b` is a second author printed right under the first, one
 * name a line (`Omar Lahlou` ⏎ `Salma Idrissi` ⏎ date): the line above it the
 * author read last, and `b` opening with a first name the lexicon knows (a
 * desk's or a place's name under the author, `Associated Press`, `Middle
 * East`, opens with none).
 */
function nameUnderName(doc: TextDoc, b: Block, header: Header): boolean {
  return (
    lastAuthorOn(header, doc.blocks[b.index - 1]) && personLine(b.text) && knownFirstName(b.text)
  );
}

/** A question alone on its line (an interview's), up to this length. */
const QUESTION_LINE = 160;
/** Blocks under an interview's first question searched for the next one. */
const NEXT_QUESTION = 8;

/**
 * Whether `b`, under the date line, is an interview's first question: a short line ending in a question mark,
 * not opening in lower case (a headline's second line does), with another such line a few blocks down (the next
 * question, an answer between). A related headline asking a question stands alone.
 */
function interviewQuestion(doc: TextDoc, b: Block): boolean {
  const question = (t = ''): boolean => t.length < QUESTION_LINE && /^[^\p{Ll}].*[?؟]$/u.test(t);
  return (
    question(b.text) &&
    doc.blocks
      .slice(b.index + 2, b.index + NEXT_QUESTION)
      .some((c) => isFree(doc, c) && question(c.text))
  );
}

/** Whether `b` is the input's last block and the input stops inside a word or after a comma (no line break after it). */
function cutAtEnd(doc: TextDoc, b: Block): boolean {
  return b.end === doc.input.length && /[\p{L}\p{N},;'’-]$/u.test(b.text);
}

const INLINE_BYLINE = /^([^-–\d]{3,40}) [-–] ([^-–\d]{2,25}) في ([^-–]{6,60}) [-–] /u;

/** `<author> - <city> في <date> - <first sentence>`: author, date and where the body really starts. */
export function inlineByline(
  doc: TextDoc,
  b: Block,
): { author: NameSpan; date?: DateChoice; bodyStart: number } | undefined {
  const m = INLINE_BYLINE.exec(b.text.slice(0, 200));
  const name = m?.[1]?.trim();
  if (!m || !name || !nameLike(name)) return undefined;
  const whenAt = m[0].indexOf(m[3] ?? '', (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
  const d = findDates(m[3] ?? '', doc.reference)[0];
  if (!d) return undefined;
  const author = {
    text: name,
    start: b.start + m[0].indexOf(name),
    end: b.start + m[0].indexOf(name) + name.length,
  };
  const out: { author: NameSpan; date?: DateChoice; bodyStart: number } = {
    author,
    bodyStart: b.start + m[0].length,
  };
  if (!d.unresolved)
    out.date = { iso: d.iso, start: b.start + whenAt + d.start, end: b.start + whenAt + d.end };
  return out;
}

/** Blocks above the body searched for its byline when the title is far or unknown. */
const BYLINE_REACH = 12;
/** Roles a byline line may carry by then (a date line, a line the body region left out). */
const BYLINE_ROLES = new Set([undefined, 'date', 'boilerplate', 'standfirst', 'body']);
/** `14 min read`, `5 Min. Lesezeit`, `3–4 minutes` (a reader view's range): a reading time, printed under an author's name. */
const READING_TIME = /^\d{1,3}(?:[-–]\d{1,3})? ?(?:min|minutes?|mn)\b/iu;

/** Separators between the segments of a header's meta line. */
const META_SEPARATORS = [' · ', ' | ', ' • '] as const;
/** Characters of a segment read for a reading time (`1 minute`, `14 min read`). */
const READING_TIME_READ = 16;

/**
 * Whether one of a line's segments after the first (between ` · `, ` | ` or
 * ` • `) opens with a reading time: a header's meta line
 * (`news.example.eu / Le Courrier · Saturday, 15 January - 23:44 · 1 minute`),
 * never a headline.
 */
export function holdsReadingTime(text: string): boolean {
  for (const sep of META_SEPARATORS) {
    for (let at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, at + sep.length)) {
      const from = at + sep.length;
      if (READING_TIME.test(text.slice(from, from + READING_TIME_READ))) return true;
    }
  }
  return false;
}

/** Separators between a name and its stamp on one line: `Dan Goodin - Apr 16`, `James Akinaka • 8h`, `X | May 2`, `X, @handle`, `Joe Wee     Monday, …` (a column's spaces), `Georg Quaas, 21. Jan. 2015` (a place before a comma is a dateline, not a name). */
const STAMP_SEPARATORS = [' - ', ' – ', ' — ', ' • ', ' · ', ' | ', ', @', '   ', ' , ', ','];
/** The separator standing for a column's gap of spaces. */
const WIDE_GAP = '   ';
/** A column's gap: three spaces or more, no-break spaces too. */
const WIDE_GAP_RUN = /[ \u00a0]{3,}/u;
/** Longest header line read for a name and its stamp. */
const MAX_HEADER_LINE = 200;
/** Labels between a date and the name after it (`… 2019 by Bradley M. Kuhn`, `Am 13. November 2019 Von X In Aktuell`). */
const DATE_FIRST_LABELS = /* @__PURE__ */ phrases(' by | par | von | por | By | Par | Von | Por ');
/** Separators between a post's segments (author, date, category, comments): the meta line's. */
const SEGMENT_MARKS: ReadonlySet<string> = new Set(META_SEPARATORS);

/** A first name or a handle signing alone (`Paddy`): one capitalised word, no place, no interface word. */
function oneWordName(text: string): boolean {
  return (
    ONE_WORD_NAME.test(text) &&
    !ACCOUNT_WORDS.has(text.toLowerCase()) &&
    !isPlace(text) &&
    !isInterfaceLine(text) &&
    !isStampLine(text)
  );
}

/** A site's default accounts (`Posted on … by Admin`): no person. */
const ACCOUNT_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('admin|administrator|webmaster|editor|user|guest'),
);

/**
 * A post's category after the name it names (`… Von X In Aktuell`, `… by X in News`, `… by X / Kategorien: Event`,
 * `… by X | 3 Kommentare`; French `… par X dans Actions`, Spanish `… por X en Noticias`, a capital after them:
 * `par X dans le cadre de …` is prose).
 */
const IN_CATEGORY = / (?:[Ii]n|\/|\|) | (?:dans|en) (?=\p{Lu})/u;
/** One capitalised word of letters: a first name or a handle signing alone (`Henry`). */
const ONE_WORD_NAME = /^\p{Lu}\p{Ll}[\p{L}-]{1,29}$/u;
/** A relative time (`8h`, `1 day ago`, `an hour ago`, `3 hours ago`, `il y a 2 heures`, `vor 3 Stunden`, `vor einer Stunde`, Czech `před 2 hodinami`). */
const RELATIVE_TIME =
  /^(?:\d{1,3} ?(?:h|min|m|d)|(?:\d{1,3}|an?) (?:seconds?|minutes?|hours?|days?|weeks?|months?) ago|(?:il y a|vor|hace|před) (?:\d{1,3}|une?|einer|einem|una?) \p{L}{3,9})$/iu;

/** Words for today and yesterday in the languages pages are written in. */
const RELATIVE_DAY =
  /^(?:today|yesterday|heute|gestern|hoy|ayer|aujourd'hui|hier|dzisiaj|wczoraj|oggi|ieri|hoje|ontem|vandaag|gisteren|сегодня|вчера),? (?:at |um |à |a las )?\d{1,2}[:.h]\d{2}/iu;

/**
 * Whether a line opens with a relative day and a time of day (`Today 12:01
 * AM`, `dzisiaj, 08:07 Ten tekst przeczytasz w 1 minutę`, `Heute, 10:15
 * Uhr`): a stamp, never a title.
 */
export function isRelativeDayStamp(text: string): boolean {
  return RELATIVE_DAY.test(text);
}

/** Whether a line is a relative time alone (`vor einer Stunde`, `3 hours ago`): a stamp, never a title. */
export function isRelativeTime(text: string): boolean {
  return text.length <= 40 && RELATIVE_TIME.test(text);
}

/** A handle after `, @` (`devindra`). */
const HANDLE = /^\w{2,30}$/u;
/** A relative time closing a line, after a space (`… 1 day ago`). */
const TRAILING_AGO = / \d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?) ago$/iu;

/** How a name opens (`nameLike`'s test): a capital or an Arabic letter. */
const NAME_START = /^[\p{Lu}\u0600-\u06ff]/u;
/** A character every stamp holds. */
const STAMP_GATE = /[\d@٠-٩]/u;

/** Labels glued to the date before them by a renderer (`2.03.2018von X`). */
const GLUED_LABELS = /* @__PURE__ */ phrases('von|by|par|por');

/** Whether `label` stands at `at` in `t` as a word before a space (a no-break space too: `2.03.2018von\u00a0X`). */
function labelAt(t: string, label: string, at: number): boolean {
  const next = t.charAt(at + label.length);
  return t.startsWith(label, at) && (next === ' ' || next === '\u00a0');
}

/** Whether `label` stands in `t` right after a digit. */
function gluedAt(t: string, label: string): boolean {
  for (let at = t.indexOf(label); at > 0; at = t.indexOf(label, at + 1))
    if (/\d/u.test(t.charAt(at - 1)) && labelAt(t, label, at)) return true;
  return false;
}

/** A date opening the line, a byline's label glued to it, and a person's name: the name and where it stands in `t`. */
function labelAfterDate(doc: TextDoc, t: string): NameSpan | undefined {
  // A label right after a digit first: most lines hold none, and their dates are not read.
  if (!GLUED_LABELS.some((l) => gluedAt(t, l))) return undefined;
  const d = findDates(t, doc.reference)[0];
  if (d?.start !== 0 || d.unresolved) return undefined;
  const label = GLUED_LABELS.find((l) => labelAt(t, l, d.end));
  if (!label) return undefined;
  const from = d.end + label.length + 1;
  const name = t.slice(from).trim();
  if (!personLine(name)) return undefined;
  const start = t.indexOf(name, from);
  return { text: name, start, end: start + name.length };
}

/** Longest rest of a line read as a stamp opening with its date (`01. Dez. 2017, 12:01 Uhr 3 min Lesezeit`). */
const MAX_STAMP_REST = 80;

/** Whether a short text opens with a date (a reading time or a counter may follow it). */
function dateOpens(rest: string, doc: TextDoc): boolean {
  if (rest.length > MAX_STAMP_REST) return false;
  const d = findDates(rest, doc.reference)[0];
  return d !== undefined && d.start === 0 && !d.unresolved;
}

let arabicFirstNames: Set<string> | undefined;

/** Whether a name's first word is a known first name (French, English, Arabic lists of the entity lexicon). */
export function knownFirstName(name: string): boolean {
  // `عبد` opens a compound first name with the word after it (`عبد الرحيم`, `عبد الله`).
  if (name.startsWith('عبد ') && name.indexOf(' ', 4) > 4) return true;
  const first = key(name.split(' ')[0] ?? '');
  arabicFirstNames ??= new Set(AR_FIRST_NAMES.map(key));
  return nameLexicon().firstNames.has(first) || arabicFirstNames.has(first);
}

/**
 * The name closing a line that opens with a publication stamp, a space
 * between them (`Publié le 14 juillet 2025 à 09h40 Amina Saidi`): the first
 * date, with its time, at the line's start or after a stamp's label; its span
 * in the line.
 */
function nameAfterStamp(doc: TextDoc, b: Block): NameSpan | undefined {
  const t = b.text;
  // A name closes the line, or a post's count after it: most stamp lines end with a date's digits and are not
  // searched for dates here.
  if (!ENDS_WITH_LETTER.test(t) && !COUNT_END.test(t)) return undefined;
  const date = firstDateOf(doc, b);
  if (!date || date.relative) return undefined;
  const rest = t.slice(date.end).replace(CLOCK_WORD, '');
  const name = beforePostTail(rest.trim());
  // With no separator to tell it from a section's name (`Economie Maroc`), the name opens with a known first name;
  // a blog's author signs with it alone too (`November 21, 2022 Jules`).
  if (!(personLine(name) || oneWordName(name)) || !knownFirstName(name)) return undefined;
  if (date.start > 0 && !isStampLine(t.slice(0, date.end))) return undefined;
  if (postListAround(doc, b, name)) return undefined;
  const start = t.length - rest.length + rest.indexOf(name);
  return { text: name, start, end: start + name.length };
}

/** A time of day's word after the date's digits (` Uhr` in `19.6.2007 9:40 Uhr X`), a space after it. */
const CLOCK_WORD = /^ (?:Uhr|h)(?= )/u;

/** A space and a short number closing a text (`Helmut Rubik 0`, `Windows 2`): a post's comment count, its icon not printed. */
const COUNT_END = / \d{1,5}$/u;

/**
 * The name opening what follows a post's date when the post's comment count or
 * its categories close the line (`Helmut Rubik 0`, `Christoph Becker 71
 * Kommentare`, `Markus Elsberger Netzwerk, Windows 2`: the word before the
 * first comma is the first category, so only a name of two words is told from
 * it, the categories after it capitalised words and a count); else the text as it is.
 */
function beforePostTail(rest: string): string {
  const comma = rest.indexOf(', ');
  if (comma > 0) {
    const head = rest.slice(0, comma).split(' ');
    return head.length === 3 &&
      rest
        .slice(comma + 2)
        .replace(COUNT_END, '')
        .split(' ')
        .every((w) => /^\p{Lu}/u.test(w))
      ? `${head[0]} ${head[1]}`
      : rest;
  }
  const count = COUNT_END.exec(rest);
  if (count) return rest.slice(0, count.index);
  const last = rest.lastIndexOf(' ');
  const before = rest.lastIndexOf(' ', last - 1);
  return before > 0 && isPostCount(fold(rest.slice(before + 1))) ? rest.slice(0, before) : rest;
}

/** Blocks searched on each side of a stamp and name line for another post of a list. */
const POST_LIST_REACH = 4;

/**
 * Whether another line a few blocks away is a date then the same name (`October 30, 2020 Kate May` ⏎ a
 * headline ⏎ `Read More` ⏎ `October 28, 2020 Kate May`, a count after it too): the author's list of recent
 * posts, not the byline.
 */
function postListAround(doc: TextDoc, b: Block, name: string): boolean {
  const from = Math.max(0, b.index - POST_LIST_REACH);
  const to = Math.min(doc.blocks.length - 1, b.index + POST_LIST_REACH);
  for (let i = from; i <= to; i++) {
    const other = doc.blocks[i];
    if (!other || i === b.index || other.text === b.text) continue;
    const t = other.text;
    // The name closes the other line, or its post's count or categories follow it (`October 28, 2020 Kate May 3`).
    const at = `${t} `.indexOf(` ${name} `);
    if (at <= 0 || at >= MAX_STAMP_REST) continue;
    const d = findDates(t.slice(0, at + 1), doc.reference)[0];
    if (d && d.start === 0 && !d.unresolved) return true;
  }
  return false;
}

/** Fewest words of a name before the site's name after it. */
const MIN_NAME_WORDS = 2;

/**
 * `text` up to the site's name when a word of it, two words in or further,
 * spells a label of the page's address (`Sarah Schnieder Reiterrevue
 * International` on reiterrevue.de: `Sarah Schnieder`); else `text`.
 */
function beforeSiteName(text: string, labels: readonly string[] | undefined): string {
  if (!labels || labels.length === 0) return text;
  let at = -1;
  for (let words = 1; words <= MAX_NAME_WORDS; words++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return text;
    const end = text.indexOf(' ', at + 1);
    const word = fold(text.slice(at + 1, end < 0 ? text.length : end)).replaceAll('-', '');
    if (words >= MIN_NAME_WORDS && word.length >= 4 && labels.includes(word))
      return text.slice(0, at);
  }
  return text;
}

/**
 * Whether the line goes on, after the name's separator at `after`, with the place the name wrote from as a segment
 * of its own and then the stamp (`Lucía Carmona · Villanueva del Guadalmar · 10 de marzo de 2026, 09:15`): a known
 * place, or capitalised words as a place's name is written.
 */
function placeThenStamp(doc: TextDoc, t: string, sep: string, after: number): boolean {
  if (!SEGMENT_MARKS.has(sep)) return false;
  const next = separatorIn(t, sep, after)[0];
  if (next <= 0) return false;
  const place = t.slice(after, next).trim();
  const rest = t.slice(next + sep.length).trim();
  return (isPlace(place) || placeShaped(place)) && dateShare(rest, doc.reference) >= 0.5;
}

/** Most words of a place's name (`Villaverde de los Montes Altos`). */
const MAX_PLACE_WORDS = 6;
/** A capitalised word of a name. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A name's particle: a short word in small letters (`de`, `del`, `los`, `la`, `al`, `sur`). */
const PARTICLE = /^\p{Ll}{1,3}$/u;

/** Whether `text` is written as a place's name: capitalised words, short particles between them. */
function placeShaped(text: string): boolean {
  const words = text.split(' ');
  if (words.length > MAX_PLACE_WORDS || !CAPITALISED.test(words[0] ?? '')) return false;
  if (!CAPITALISED.test(words[words.length - 1] ?? '')) return false;
  return words.every((w) => CAPITALISED.test(w) || PARTICLE.test(w));
}

/** A follow button's word printed after an author's name on a blogging platform's post (`Arjun Mehta · Follow`). */
const FOLLOW_BUTTONS: ReadonlySet<string> = new Set([
  'Follow',
  'Suivre',
  'Folgen',
  'Seguir',
  'Segui',
  'متابعة',
]);

/** The follow buttons' shortest and longest lengths, and their last characters: a line's last word of another length or end is none of them, and is neither cut out nor looked up. */
const FOLLOW_SHORTEST = Math.min(...[...FOLLOW_BUTTONS].map((w) => w.length));
const FOLLOW_LONGEST = Math.max(...[...FOLLOW_BUTTONS].map((w) => w.length));
const FOLLOW_ENDS = [...FOLLOW_BUTTONS].map((w) => w.charAt(w.length - 1)).join('');

/** Separators between an author's name and the follow button. */
const FOLLOW_SEPARATORS = [' · ', ' • ', ' | '];

/** lynx's mark before a button's label. */
const LYNX_BUTTON = /^\(BUTTON\) /;

/** The name of a line `<name> · Follow` (a person's name, one separator, a follow button), else undefined. */
function nameWithFollow(t: string): string | undefined {
  // Asked of every header line: the last word is looked up first, most lines end otherwise (told by its
  // length and last character before it is cut out and hashed).
  if (t.length > MAX_HEADER_LINE) return undefined;
  const from = t.lastIndexOf(' ') + 1;
  const last = t.length - from;
  if (
    last < FOLLOW_SHORTEST ||
    last > FOLLOW_LONGEST ||
    !FOLLOW_ENDS.includes(t.charAt(t.length - 1)) ||
    !FOLLOW_BUTTONS.has(t.slice(from))
  )
    return undefined;
  for (const sep of FOLLOW_SEPARATORS) {
    const at = t.indexOf(sep);
    if (at <= 0) continue;
    const name = t.slice(0, at);
    // lynx marks the button (`Arjun Mehta · (BUTTON) Follow`).
    const button = t.slice(at + sep.length).replace(LYNX_BUTTON, '');
    return FOLLOW_BUTTONS.has(button) && personLine(name) ? name : undefined;
  }
  return undefined;
}

/** Most words of a name read before the site's name. */
const MAX_NAME_WORDS = 5;

/** A letter closing a line. */
const ENDS_WITH_LETTER = /\p{L}$/u;

/** An issue's number as a newsletter's or a paper's masthead prints it, after a separator: `- Issue 212`, `| N° 418`, `- العدد 512`. */
const ISSUE_NUMBER =
  /[-–—|·•,] (?:Issue|ISSUE|Vol\.|No\.|N°|Nº|Numéro|Número|Ausgabe|Nummer|العدد) ?\d/u;

/**
 * `Dan Goodin - Apr 16, 2015 8:02 pm UTC`, `James Akinaka • 8h`, `Alex
 * Perry 1 day ago`, `Devindra Hardawar, @devindra`: a name and, on the same
 * line, its date, a relative time or its handle. The name's span, or undefined.
 */
export function nameWithStamp(doc: TextDoc, b: Block): NameSpan | undefined {
  const t = b.text;
  // `Arjun Mehta · Follow`: a platform's author line, the name and its follow button.
  const followed = nameWithFollow(t);
  if (followed !== undefined)
    return { text: followed, start: b.start, end: b.start + followed.length };
  // Every stamp holds a digit (a date, `8h`) or a handle's `@`; a publication's issue number (`X - Issue 212 -
  // 7 December 2026`, a newsletter's masthead) makes the name a title's, no author's.
  if (t.length > MAX_HEADER_LINE || !STAMP_GATE.test(t) || ISSUE_NUMBER.test(t)) return undefined;
  // `Tuesday 15 October 2019 by Bradley M. Kuhn`: the date first, then the labelled name (a stamp's line too).
  for (const label of DATE_FIRST_LABELS) {
    const at = t.indexOf(label);
    if (at <= 0) continue;
    const from = at + label.length;
    const category = IN_CATEGORY.exec(t.slice(from));
    const signed = t.slice(from, category ? from + category.index : t.length).trim();
    // A read counter closing the line (`… Par X Lu 1 243 fois`, `… By X 1 243 views`) is no part of the name.
    const counted = trailingCounterAt(signed);
    const rest = counted > 0 ? signed.slice(0, counted) : signed;
    // `… von Sarah Schnieder Reiterrevue International`: the site's name (as its address spells it) after the person's.
    const name = beforeSiteName(rest, doc.siteLabels);
    const before = t.slice(0, at);
    // `Veröffentlicht am 03.02.2022 von X`: a labelled stamp before the label counts as the date.
    // After a label and a date, one word signs too (`Von Henry In Aktuell`), a place's name not.
    if (
      (dateShare(before, doc.reference) >= 0.5 || isStampLine(before)) &&
      (personLine(name) || oneWordName(name))
    ) {
      const start = b.start + t.indexOf(name, from);
      return { text: name, start, end: start + name.length };
    }
  }
  // `2.03.2018von Dennis Ziesecke`: the label glued to the date before it.
  const glued = labelAfterDate(doc, t);
  if (glued) return { text: glued.text, start: b.start + glued.start, end: b.start + glued.end };
  // `نشر في 14 جويلية 2025 - 09:40 منية الطرابلسي`: the stamp, then the name with only a space between.
  const stamped = nameAfterStamp(doc, b);
  if (stamped)
    return { text: stamped.text, start: b.start + stamped.start, end: b.start + stamped.end };
  // `Published Monday, November 18, 2019`: a stamp's label and day name, not a name; a labelled byline may follow it
  // among the line's segments (`Publié le : … | Par : X | 4 min de lecture`).
  if (stampLineOf(doc, b)) return labelledSegment(b);
  // A name first (the line opens as a name does), then its stamp.
  const nameFirst = NAME_START.test(t);
  for (const sep of nameFirst ? STAMP_SEPARATORS : []) {
    const [at, after] = separatorIn(t, sep);
    if (at <= 0) continue;
    const name = t.slice(0, at);
    // `Algiers Observer Thursday, December 3, 2026`: the site's name over the day, a masthead's line, no byline
    // (a blog named after its author, `Karim Benali` on karimbenali.com, signs with it).
    if (
      doc.siteLabels &&
      spellsSiteName(withoutDayName(name), doc.siteLabels) &&
      !knownFirstName(name)
    )
      continue;
    // The name is checked first: reading the stamp's dates costs more.
    // A desk's name alone (`Rédaction | Mis à jour le …`) signs as a person's does.
    if (!personLine(name) && !isDeskName(name)) {
      // `Paddy · April 19, 2019 · Mac · 7 comments`: one word opening a post's segments, its date
      // first after it and more segments after the date (`Bosch | 26.01.2022` is a brand's).
      const next = SEGMENT_MARKS.has(sep) ? separatorIn(t, sep, after)[0] : -1;
      // (`Nieuwsbericht | 18-04-2024 | 10:30`: a time alone after the date is the stamp's, no segment: a label's line.)
      if (
        next > 0 &&
        oneWordName(name) &&
        dateOpens(t.slice(after, next), doc) &&
        !isTimeOfDay(t.slice(next + sep.length).trim())
      )
        return { text: name, start: b.start, end: b.start + name.length };
      continue;
    }
    // `New York, Nov. 3`: a dateline's place before a comma.
    if (sep.trim() === ',' && isPlace(name)) continue;
    const rest = t.slice(after).trim();
    const stamp =
      sep === ', @'
        ? HANDLE.test(rest)
        : RELATIVE_TIME.test(rest) || dateShare(rest, doc.reference) >= 0.5 || dateOpens(rest, doc);
    if (stamp || placeThenStamp(doc, t, sep, after))
      return { text: name, start: b.start, end: b.start + name.length };
  }
  // `Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger`: a labelled byline among a header line's segments.
  const segment = labelledSegment(b);
  if (segment) return segment;
  for (const sep of SEGMENT_SEPARATORS) {
    // `04.02.2022 | 15:33 Uhr | Dennis Steimels`: the date and time first, the name closing the line.
    const last = t.lastIndexOf(sep);
    const name = last > 0 ? t.slice(last + sep.length).trim() : '';
    if (name && personLine(name) && dateShare(t.slice(0, last), doc.reference) >= 0.5) {
      const start = b.start + t.indexOf(name, last);
      return { text: name, start, end: start + name.length };
    }
    // `12 mars 2024 | Omar Lahlou | Société`: the date, the name, the post's category closing the line.
    const middle = nameBeforeCategory(doc, t, sep);
    if (middle)
      return { text: middle.text, start: b.start + middle.start, end: b.start + middle.end };
  }
  // `Amina Saidi12 mars 2024`, `Amina SaidiMarch 12, 2024`: the name's element and the date's printed
  // with no space between.
  const gluedAt = nameFirst ? gluedDate(doc, t) : -1;
  if (gluedAt > 0) return { text: t.slice(0, gluedAt), start: b.start, end: b.start + gluedAt };
  // `Alex Perry 1 day ago`: a relative time right after the name.
  const ago = nameFirst ? TRAILING_AGO.exec(t) : null;
  if (ago) {
    const name = t.slice(0, ago.index);
    if (personLine(name)) return { text: name, start: b.start, end: b.start + name.length };
  }
  // `ليلى بوعلام منذ 3 ساعات 2,345 مشاهدة`, `X il y a 3 heures 1 234 vues`: a relative time after the name, maybe a view counter.
  const relative = nameFirst ? firstDateOf(doc, b) : undefined;
  if (relative?.relative && relative.start > 0) {
    const name = t.slice(0, relative.start).trim();
    const rest = t.slice(relative.end).trim();
    if (personLine(name) && (rest.length === 0 || isEngagementCounter(fold(rest))))
      return { text: name, start: b.start, end: b.start + name.length };
  }
  return undefined;
}

/** Most words of a post's category closing a header's line. */
const CATEGORY_WORDS = 3;

/**
 * `March 12, 2024 | Omar Lahlou | Society`: a line of three segments parted by `sep`, a date first, a
 * person's name opening with a first name the lexicon knows (a site's or a desk's name opens with none),
 * a category of a few words, no digit, last; the name and its span in the line.
 */
function nameBeforeCategory(doc: TextDoc, t: string, sep: string): NameSpan | undefined {
  const first = t.indexOf(sep);
  const second = first > 0 ? t.indexOf(sep, first + sep.length) : -1;
  if (second < 0 || t.indexOf(sep, second + sep.length) >= 0) return undefined;
  const category = t.slice(second + sep.length).trim();
  if (category.split(' ').length > CATEGORY_WORDS || /\d/u.test(category)) return undefined;
  const name = t.slice(first + sep.length, second).trim();
  if (!personLine(name) || !knownFirstName(name)) return undefined;
  if (dateShare(t.slice(0, first), doc.reference) < 0.5) return undefined;
  const start = t.indexOf(name, first);
  return { text: name, start, end: start + name.length };
}

/** Longest name read before a date glued to it. */
const MAX_GLUED_NAME = 60;

/**
 * Where a date starts glued to the person's name before it, or -1: a digit
 * right after a lower-case or caseless letter (`Saidi12 mars`, `السعيدي12
 * مارس`; not a code's capital, `COVID19`), or a capital right after a
 * lower-case letter (`SaidiMarch 12`; a name's own, `McDonald`, opens no date).
 */
function gluedDate(doc: TextDoc, t: string): number {
  const n = Math.min(t.length, MAX_GLUED_NAME);
  for (let i = 1; i < n; i++) {
    const c = t.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    const before = t.charAt(i - 1);
    const glued = digit
      ? /[\p{Ll}\p{Lo}]/u.test(before)
      : /\p{Lu}/u.test(t.charAt(i)) && /\p{Ll}/u.test(before);
    if (!glued) {
      if (digit) return -1;
      continue;
    }
    const name = t.slice(0, i);
    if (personLine(name) && dateOpens(t.slice(i), doc)) return i;
    if (digit) return -1;
  }
  return -1;
}

/**
 * The byline between the title (`from`, exclusive; -1 when none) and the
 * body's first block (`to`), for pages whose header was not read: a labelled
 * byline (`By X`, `// By X • Nov 11`, `Written by X`), else a name alone on
 * its line that the page prints twice or follows with a date or a reading time.
 */
export function bylineNear(doc: TextDoc, from: number, to: number): NameSpan | undefined {
  const start = Math.max(from + 1, to - BYLINE_REACH, 0);
  // The lines right under the title, then those right above the body: a photo gallery may stand between them.
  const underTitle = from < 0 ? start : Math.min(from + 1 + HEADER_LINES, start);
  for (let k = from < 0 ? start : from + 1; k < to; k++) {
    if (k === underTitle) k = start;
    const b = doc.blocks[k];
    if (!b || !BYLINE_ROLES.has(doc.roles.get(k))) continue;
    const signed = bylineOrStamp(doc, b);
    if (signed) return signed;
    const withDesk = nameWithDesk(b) ?? nameAfterMasthead(doc, b);
    if (withDesk) {
      doc.roles.set(k, 'byline');
      return withDesk;
    }
    const dated = nameBeforeDate(doc, b);
    if (dated) {
      doc.roles.set(k, 'byline');
      return dated;
    }
    // A name behind a list bullet (`* Stefan Loibl`), as w3m prints it; an agency's name (`REUTERS`).
    const skip = bulletLength(b.text);
    const alone = b.text.slice(skip);
    // `Matthias herrpfleger` on herrpfleger.de: a first name, then the site's name.
    const first = personLine(alone) || isAgencyName(alone) ? undefined : nameBeforeSite(alone, doc);
    // A writer signing with initials alone (`H.B.`, `م.ر`), as the header's other lines tell.
    if (
      first === undefined &&
      !personLine(alone) &&
      !isAgencyName(alone) &&
      !INITIALS_ONLY.test(alone)
    )
      continue;
    const next = doc.blocks[k + 1]?.text ?? '';
    const previous = doc.blocks[k - 1]?.text ?? '';
    // Printed twice (a picture's label and the name), not three times and more (a product's name, a menu).
    const twice =
      (next === b.text && doc.blocks[k + 2]?.text !== b.text && previous !== b.text) ||
      (previous === b.text && doc.blocks[k - 2]?.text !== b.text && next !== b.text);
    if (
      twice ||
      // `Title` ⏎ `Name` ⏎ the first paragraph: the one line between the headline and the text, opening
      // with a known first name (a series' label, `Entretiens Méditerranée`, is shaped alike).
      (k === from + 1 && k + 1 === to && knownFirstName(alone)) ||
      // `Title` ⏎ `25. Juli 2019` ⏎ `Name` ⏎ categories: the name under the header's date line.
      (k === from + 2 && dateShare(previous, doc.reference) >= 0.5) ||
      READING_TIME.test(next) ||
      isTimeOfDay(next) ||
      isRelativeTime(next) ||
      isRelativeDayStamp(next) ||
      // `• Publiziert vor einer Stunde`: a labelled relative time.
      isRelativeTime(afterStampLabel(next)) ||
      findDates(next, doc.reference).length > 0 ||
      // `Name` ⏎ `0 0 0`: the share buttons' counts, their icons not printed.
      BARE_COUNTS.test(next) ||
      // `Name` ⏎ `—` ⏎ `31. Oktober 2023`, `Name` ⏎ `Political Editor` ⏎ `@handle` ⏎ date: the author's own lines, then the date.
      datedAfterMeta(doc, k)
    ) {
      doc.roles.set(k, 'byline');
      if (first !== undefined)
        return { text: first, start: b.start + skip, end: b.start + skip + first.length };
      return splitNamePlace(
        skip > 0 ? { ...b, text: b.text.slice(skip), start: b.start + skip } : b,
      );
    }
  }
  return undefined;
}

/** Whether the line after the author's own lines under block `k` (a lone separator, the trade, a handle) holds a date. */
function datedAfterMeta(doc: TextDoc, k: number): boolean {
  const after = afterAuthorMeta(doc, k);
  return (
    after !== undefined && (findDates(after, doc.reference).length > 0 || isRelativeTime(after))
  );
}

/** Shortest site label read after a first name (`bbc`, `ft` spell too many words). */
const MIN_SITE_LABEL = 5;

/** `Matthias herrpfleger` on herrpfleger.de: one word that signs alone, then a word spelling a label of the page's address; the first word. */
function nameBeforeSite(text: string, doc: TextDoc): string | undefined {
  const labels = doc.siteLabels;
  const cut = text.indexOf(' ');
  if (!labels || labels.length === 0 || cut < 0 || text.indexOf(' ', cut + 1) >= 0)
    return undefined;
  const site = fold(text.slice(cut + 1)).replaceAll('-', '');
  const name = text.slice(0, cut);
  return site.length >= MIN_SITE_LABEL && labels.includes(site) && oneWordName(name)
    ? name
    : undefined;
}

/** Two to five bare counts in a row, one space between (`0 0 0`, `12 3 45`): share buttons printed without icons. */
const BARE_COUNTS = /^\d{1,5}(?: \d{1,5}){1,4}$/u;

/**
 * The name block `b` signs with: a labelled byline (`By X`), a bare label
 * with the name on the next line (`* Von` ⏎ `* Thomas Steinberg`), or a name
 * with its stamp on the line; the lines read become the byline.
 */
function bylineOrStamp(doc: TextDoc, b: Block): NameSpan | undefined {
  const byline = recogniseByline(b);
  const name = bylineName(byline);
  if (name) {
    doc.roles.set(b.index, 'byline');
    return name;
  }
  const named = byline?.bareLabel ? labelledNext(doc, b.index) : undefined;
  if (named) return named;
  const stamped = nameWithStamp(doc, b);
  if (stamped) doc.roles.set(b.index, 'byline');
  return stamped;
}

/** The name on the line after a bare label at block `k`, behind its list bullet if any; both lines become the byline. */
function labelledNext(doc: TextDoc, k: number): NameSpan | undefined {
  const next = doc.blocks[k + 1];
  if (!next) return undefined;
  const skip = bulletLength(next.text);
  const text = next.text.slice(skip);
  if (!personLine(text)) return undefined;
  doc.roles.set(k, 'byline');
  doc.roles.set(k + 1, 'byline');
  return { text, start: next.start + skip, end: next.end };
}

/** Longest line read as a name and its date after one space. */
const MAX_NAME_DATE = 70;

/** `Christoph von Ritter 24. April 2020`: a person's name, one space, and a rest that is mostly a date. */
function nameBeforeDate(doc: TextDoc, b: Block): NameSpan | undefined {
  // A view counter may close the line (`… 2026 - 18:20 مشاهدة: 2.431`): the name and date are read without it.
  const counted = trailingCounterAt(b.text);
  const t = counted > 0 ? b.text.slice(0, counted) : b.text;
  if (t.length > MAX_NAME_DATE || !NAME_START.test(t) || !/\d/u.test(t)) return undefined;
  const d = findDates(t, doc.reference)[0];
  if (!d || d.unresolved || d.start < 2 || t[d.start - 1] !== ' ') return undefined;
  // `كريم العلوي الأربعاء 16 يوليوز 2025 - 10:15`: the day's name before the date is the stamp's.
  const name = withoutDayName(t.slice(0, d.start - 1));
  // `Publié le Mardi 12 mars 2024`: a stamp's label and day name, not a name.
  if (name.length === 0 || isStampLine(t) || afterStampLabel(name) !== name) return undefined;
  // Every word a capitalised one or a particle (or, in a script without case, two to four words of
  // letters): `Bosch | 26.01.2022` is a brand and a separator; an agency signs too (`Reuters November 18, 2019`).
  // `Tine 2. Februar 2020 2. Februar 2020Radtouren`: a blog's meta line (published and updated stamps, the
  // same day twice) signs with one word too.
  const oneWord = oneWordName(name) && datePrintedTwice(doc, t, d);
  if (
    !oneWord &&
    !isAgencyName(name) &&
    (!personLine(name) || !(personName(name) || caselessName(name)) || isPlace(name))
  )
    return undefined;
  if (dateShare(t.slice(d.start), doc.reference) < 0.5) return undefined;
  return { text: name, start: b.start, end: b.start + name.length };
}

/** Whether the date `d` of `t` is printed again right after it, one space between (`2. Februar 2020 2. Februar 2020`). */
function datePrintedTwice(doc: TextDoc, t: string, d: { start: number; end: number }): boolean {
  const again = t.startsWith(' ', d.end) ? d.end + 1 : d.end;
  const printed = t.slice(d.start, d.end);
  if (!t.startsWith(printed, again)) return false;
  const second = findDates(t.slice(again, again + printed.length), doc.reference)[0];
  return second?.start === 0 && second.end === printed.length;
}

/** `text` without a day's name closing it (`كريم العلوي الأربعاء`, `Jane Smith Tuesday`). */
function withoutDayName(text: string): string {
  const cut = text.lastIndexOf(' ');
  return cut > 0 && DAYS.has(fold(text.slice(cut + 1))) ? text.slice(0, cut).trimEnd() : text;
}

/**
 * The author's box over the header: the name alone on its line over the
 * author's trade, a line of its own (`Marc Delorme` ⏎ `Géographe et chercheur
 * au CNRS`, a guest contributor's trade too) or a biography sentence opening
 * with it (`X` ⏎ `كاتب وباحث في …`), then rubric ⏎ title. Asked of the block
 * under the name; a section's kicker has no trade under it.
 */
function boxOver(doc: TextDoc, trade: Block): NameSpan | undefined {
  const name = doc.blocks[trade.index - 1];
  if (!name || !BYLINE_ROLES.has(doc.roles.get(name.index)) || !personLine(name.text))
    return undefined;
  // A biography closes with its stop; a trade alone on its line (`Reporter`) with
  // nothing after is a byline's, read under the title.
  const bio = /[.!؟]$/u.test(trade.text) && opensWithTrade(trade.text);
  if (!bio && !isBoxTradeLine(trade.text)) return undefined;
  doc.roles.set(name.index, 'byline');
  return splitNamePlace(name);
}

/** Blocks above the title searched for its byline (`By` ⏎ name, `By X Nov 18, 2019` over the headline). */
const ABOVE_TITLE_REACH = 5;

/**
 * The byline printed above the headline (`By` ⏎ `X` ⏎ `X` ⏎ `Reporter` ⏎
 * title; `By X@handle Nov 18, 2019` ⏎ share buttons ⏎ title), for pages whose
 * header under the title named nobody: a labelled byline, a bare label over
 * the name, or a name with its stamp on the line. A name alone over a date
 * line is not read there: a section's kicker (`Digital Life` ⏎ `05/08/2019`
 * ⏎ title) is shaped the same. A paragraph between stops the search: what
 * stands above it is a teaser's.
 */
export function bylineAbove(doc: TextDoc, title: number): NameSpan | undefined {
  for (let k = title - 1; k >= 0 && k >= title - ABOVE_TITLE_REACH; k--) {
    const b = doc.blocks[k];
    if (!b) continue;
    // The box's name is read within the reach too, its trade line under it.
    const box = k > title - ABOVE_TITLE_REACH ? boxOver(doc, b) : undefined;
    if (box || bodyLike(b.text)) return box;
    if (!BYLINE_ROLES.has(doc.roles.get(k))) continue;
    const signed = bylineOrStamp(doc, b);
    if (signed) return signed;
  }
  return undefined;
}
