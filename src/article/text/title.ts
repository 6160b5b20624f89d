/**
 * Refiners that choose the title of a text dump, most telling evidence first:
 * the line before a source line, a line printed twice or more, the last part
 * of a breadcrumb, the line before a byline or date line, and last the first
 * headline-like line followed by body text.
 */
import { isBoxTradeLine } from '../../furniture/bio.js';
import { captionWithCredit } from '../../furniture/credits.js';
import { isInterfaceLine } from '../../furniture/interface.js';
import { homeWordIndex, isHomeWord, rowWords } from '../../furniture/menu-rows.js';
import { namesSectionsOnly } from '../../furniture/section-names.js';
import { episodeMarkLength } from '../../furniture/stamps.js';
import type { Block } from '../../input/block.js';
import {
  ARABIC_LETTER,
  isSpace,
  proseLength,
  spacesAtLeast,
  wordSpacesAtLeast,
} from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import type { Span } from '../../types.js';
import { deckLonger, listLine, spacedWords } from '../recognisers/deck.js';
import {
  bodyLike,
  foldedOf,
  isFree,
  MAX_TITLE,
  paragraphLike,
  type TextDoc,
  titleLike,
} from './doc.js';
import { knownFirstName, nameLine, nameWithPlace, senderName } from './header.js';
import { lastHeadline } from './last-headline.js';
import { teaserLike } from './listing.js';
import { altOverCaption, continuedBelow, notTitle, wholeTitle } from './page-title.js';
import { opensWithSiteName } from './site-suffix.js';

/** A chosen title: its text and span (a breadcrumb's last part is a sub-span of its block). */
export interface TitleChoice extends Span {
  text: string;
  block: Block;
}

/** Blocks looked at after a candidate for a repeat of it. */
const REPEAT_WINDOW = 8;
const BREADCRUMB_SEPARATORS = [' | ', ' > ', ' » ', ' / '];

/** Lines between a title and its byline or date that are labels, not titles (`نشرت`, `Publié`). */
const SHORT_LABEL = 8;

/** A Hijri day alone (`الأربعاء 15 جمادى الثانية 1448`): Arabic words, a day, a month's words, a year 14xx, its era mark allowed. */
const HIJRI_DAY = /^[\p{sc=Arab} ]*\d{1,2} [\p{sc=Arab} ]{3,20} 14\d\d ?(?:هـ)?$/u;

/**
 * The title standing before block `index` (a byline, date or source line):
 * the nearest free title-like block, walking back over short labels and over
 * a standfirst (a full sentence) that has a headline before it.
 */
export function titleBefore(doc: TextDoc, index: number): TitleChoice | undefined {
  let fallback: TitleChoice | undefined;
  // Whether the walk's fallback is the author's name, with no standfirst seen yet.
  let overName = false;
  // Lines read back: four, and two more for each author's trade walked over (two authors, each over a role line).
  let reach = 4;
  for (let k = index - 1; k >= 0 && k >= index - reach; k--) {
    const b = doc.blocks[k];
    if (!b) break;
    if (!isFree(doc, b)) {
      if (doc.roles.get(k) === 'byline' || doc.roles.get(k) === 'date') continue;
      break;
    }
    // An author's trade under the name (`Urbaniste et chroniqueur`, `صحفي`), as a columnist's box prints it.
    // A guest's trade counts there too (`أستاذ باحث في …`, `Économiste`): the name over it says whose it is.
    const trade = isBoxTradeLine(b.text) && nameLine(doc.blocks[k - 1]?.text ?? '');
    if (trade) reach += 2;
    if (trade || b.text.length < SHORT_LABEL) continue;
    // The site's menu on one line (`الرئيسية أخبار رأي …`), or a list of its channels or sections parted by slashes or
    // bars (`Meine Kanäle: Comedy / Reise / Vlog`, no breadcrumb ending with the headline): the walk has left the
    // article's header.
    if (!titleLike(b.text) || menuRow(b.text) || (listLine(b.text) && !crumbEnd(doc, b))) break;
    // The first half of a deck broken over two lines (`But only the biggest` ⏎ `carriers will profit from it.`): the headline is above.
    if (continuedBelow(doc, b)) continue;
    // A photo's caption closed by its credit or an archive mark (`… (أرشيف)`): the figure between the headline
    // and its byline. A credit alone (`(Bild: Audi)`) is not walked over: the line above it is its caption.
    if (b.text.charCodeAt(0) !== 0x28 && captionWithCredit(b.text)) continue;
    if (translationUnder(doc, k, index)) continue;
    // The day in the Hijri calendar over (or under) the Gregorian date line: a date, no headline.
    if (HIJRI_DAY.test(b.text)) continue;
    // An author's name alone on its line, with the place it wrote from (`X - الرباط`), or a mail's sender line
    // (`Name <user@…>`) stands between the title and the date.
    if (
      ((nameLine(b.text) && !overKnownName(doc, b)) ||
        nameWithPlace(b) !== undefined ||
        senderName(b.text) !== undefined) &&
      k > index - reach
    ) {
      overName = overName || fallback === undefined;
      fallback = fallback ?? wholeTitle(b);
      continue;
    }
    // A sentence ending in a full stop is a standfirst when a headline stands before it; so is one
    // of a standfirst's length over the author's name (`X - الرباط`), but a short one there is the headline.
    // A short question is a headline (`Heulage: Besser als ihr Ruf?`), a long one a standfirst.
    if (
      (/[.!؟]$/u.test(b.text) ||
        (/\?$/u.test(b.text) && wordSpacesAtLeast(b.text, QUESTION_DECK_WORDS - 1))) &&
      (!fallback || (overName && spacesAtLeast(b.text, DECK_WORDS - 1)))
    ) {
      fallback = fallback ?? wholeTitle(b);
      overName = false;
      continue;
    }
    // A breadcrumb over the date line (`Home > Business > <title>`) ends with the headline.
    return crumbEnd(doc, b) ?? headlineOver(doc, b) ?? brokenHeadline(doc, b) ?? wholeTitle(b);
  }
  return fallback;
}

/** Most words of a broken headline's second line: a longer one is a deck's (DECK_WORDS). */
const BROKEN_TAIL_WORDS = 7;

/**
 * The headline w3m broke over two lines, `b` its second (`البرلمان يصادق على مشروع القانون المتعلق بتنظيم` ⏎
 * `العمل الجمعياتي بأغلبية 112 صوتا`): the line right over it (no blank line between) is a headline's length with
 * nothing closing it (no stop, colon or dash), `b` shorter and too short for a deck, in a script with no case or
 * opening in lower case (a wrap's tail, no headline of its own), and over the first line only a short line (a
 * rubric) or nothing: a headline over another has its own length above it.
 */
function brokenHeadline(doc: TextDoc, b: Block): TitleChoice | undefined {
  const above = doc.blocks[b.index - 1];
  if (!above || b.blankBefore !== 0 || !isFree(doc, above) || !titleLike(above.text))
    return undefined;
  // The tail opens on a lower-case letter or one of a script with no case (no bullet, no capital: a line of its own).
  if (
    /[\p{P}\p{S}]$/u.test(above.text) ||
    !/^[\p{L}\p{N}«"“]/u.test(above.text) ||
    !/^[\p{Ll}\p{Lo}]/u.test(b.text)
  )
    return undefined;
  // A breadcrumb's or a menu's parts (`الرئيسية » رياضة » <title>` over the title printed again) are no headline's half.
  if (
    arabicLine(above.text) !== arabicLine(b.text) ||
    above.text.length + b.text.length > MAX_TITLE ||
    / [|>»›] /u.test(above.text) ||
    above.text.endsWith(b.text)
  )
    return undefined;
  const upper = spacedWords(above.text);
  const lower = spacedWords(b.text);
  if (
    upper < HEADLINE_WORDS ||
    lower < 2 ||
    lower > BROKEN_TAIL_WORDS ||
    b.text.length >= above.text.length
  )
    return undefined;
  const over = doc.blocks[b.index - 2];
  if (
    over &&
    spacedWords(over.text) >= MENU_ENTRY_WORDS &&
    isFree(doc, over) &&
    !menuRow(over.text)
  )
    return undefined;
  return { text: `${above.text} ${b.text}`, start: above.start, end: b.end, block: b };
}

/**
 * Whether a name-shaped line stands right over a name that opens with a first name the lexicon knows,
 * itself opening with none: in a script without case a short headline is shaped like a name (`شتاء
 * الأسعار` over `محمد العلوي`); the name under it is the byline, the line the headline.
 */
function overKnownName(doc: TextDoc, b: Block): boolean {
  const next = doc.blocks[b.index + 1]?.text ?? '';
  return nameLine(next) && knownFirstName(next) && !knownFirstName(b.text);
}

/** Whether a line's first characters hold an Arabic letter (its script, for a headline). */
const arabicLine = (text = ''): boolean => ARABIC_LETTER.test(text.slice(0, 40));

/**
 * Whether block `k` is the headline's translation printed under it (a Tunisian page's French headline ⏎ its
 * Arabic one): a line in another script than the headline-like line over it, whose script the article's
 * first paragraph (under the line `index`, at most three lines down) is written in.
 */
function translationUnder(doc: TextDoc, k: number, index: number): boolean {
  const above = doc.blocks[k - 1];
  const script = arabicLine(above?.text);
  if (!above || !isFree(doc, above) || !titleLike(above.text)) return false;
  const p = doc.blocks.slice(index + 1, index + 4).find((c) => isFree(doc, c) && bodyLike(c.text));
  return (
    arabicLine(doc.blocks[k]?.text) !== script && p !== undefined && arabicLine(p.text) === script
  );
}

/** Fewest words of a question read as a standfirst under the headline; a shorter one is the headline. */
const QUESTION_DECK_WORDS = 8;
/** Fewest words of a headline over a deck: a kicker (`Économie`, `Coupe du monde`) is shorter. */
const HEADLINE_WORDS = 5;

/**
 * The headline right above `b` when `b` is its deck printed with no final stop
 * (`<h2>` subtitles): a title-like line of a headline's length, and `b` a
 * standfirst's length and clearly longer (a photo's caption may stand between
 * them). A kicker above a headline is shorter than this asks.
 */
function headlineOver(doc: TextDoc, b: Block): TitleChoice | undefined {
  // A photo's caption closed by its credit may stand between the headline and its deck, under the image's
  // alt text when the renderer prints it (w3m: `The terminal` ⏎ `The terminal in Tangier. Photo: MAP`).
  const next = doc.blocks[b.index - 1];
  let k = next && captionWithCredit(next.text) ? b.index - 2 : b.index - 1;
  if (k < b.index - 1 && altOverCaption(doc, k)) k--;
  const above = doc.blocks[k];
  if (!above || !isFree(doc, above) || !titleLike(above.text) || /[.!؟?]$/u.test(b.text))
    return undefined;
  // A headline opens on a letter or a digit and holds no sentence's end (a caption does: `Titan, 2004. (NASA)`),
  // nor is it a line of the site's interface (`// Press enter to search`), a breadcrumb's or a menu's run of parts
  // (`Home | Business | Ports`), or a match's result (`Team A 2 - 0 Team B`, a score strip's).
  if (
    !/^[\p{L}\p{N}«"“]/u.test(above.text) ||
    // Two dots run an Arabic headline's parts together (`«الخضر» يواجهون غينيا.. والمدرب …`): no sentence's end.
    /[.!?؟] /u.test(above.text.replaceAll('.. ', ' ')) ||
    / [|>»] /u.test(above.text) ||
    / \d{1,3} [-–] \d{1,3} /u.test(above.text) ||
    isInterfaceLine(above.text) ||
    // The site's name opening the line (`Info SudAccueil Régions Éducation Santé`): the masthead and its menu.
    (doc.siteLabels !== undefined && opensWithSiteName(above.text, doc.siteLabels)) ||
    // A menu's entries on one line, opening with the home page's (`الرئيسية أخبار مصر اقتصاد …`), the site's
    // name glued before them or not (`Le Journal Éco Accueil Finance Entreprises …`).
    homeOpensRow(above.text) ||
    menuRow(above.text)
  )
    return undefined;
  // A line in another script is the headline's translation, no deck under it (`قابس: …` ⏎ `Gabès : …`).
  if (arabicLine(above.text) !== arabicLine(b.text)) return undefined;
  const upper = spacedWords(above.text);
  // A headline led by its kicker (`Interview: '…'`, `Analyse : …`) over a line with none: the deck may be no longer.
  // Or under a kicker line, over a shorter line (of one length, the line over the byline stays the title).
  const kicked =
    (KICKER.test(above.text) ||
      (kickerLineOver(doc, above) && spacedWords(above.text) > spacedWords(b.text))) &&
    !KICKER.test(b.text);
  return upper >= HEADLINE_WORDS &&
    spacedWords(b.text) >= DECK_WORDS &&
    (deckLonger(above.text, b.text) || kicked)
    ? wholeTitle(above)
    : undefined;
}

/**
 * A kicker on its own line right over the headline (`التعليم العالي` ⏎ `<headline>` ⏎ `<deck>`, a rubric or the
 * menu's last entry as well): a free line of three words at most, holding no stop or mark of a list, not the page's
 * first (the masthead, a slogan under it). Over it, a headline longer than the line under it leads it as its
 * deck, as an inline kicker does.
 */
function kickerLineOver(doc: TextDoc, headline: Block): boolean {
  const k = doc.blocks[headline.index - 1];
  return (
    // The page's first line is its masthead, no kicker (a slogan may stand under it).
    k !== undefined &&
    k.index > 0 &&
    isFree(doc, k) &&
    spacedWords(k.text) <= KICKER_WORDS &&
    /^[\p{L}\p{N}]/u.test(k.text) &&
    !/[.!?؟:;,،|•·]/u.test(k.text)
  );
}

/** Most words of a kicker line over a headline. */
const KICKER_WORDS = 3;

/** A kicker opening a headline: a lead of three words at most, then a colon (`Interview: '…'`, `Analyse : …`). */
const KICKER = /^[^\s:]+(?: [^\s:]+){0,2} ?: /u;

/** Fewest words of a standfirst: a shorter sentence (`This API is so Fetching!`) is a headline's. */
const DECK_WORDS = 8;

/** The first free block printed again within a few blocks; its repeats are marked. */
function repeatedTitle(doc: TextDoc, until: number): TitleChoice | undefined {
  const keys = new Map<string, Block>();
  const placeholders = fieldPlaceholders(doc, until);
  for (const b of doc.blocks) {
    if (b.index >= until) break;
    if (!isFree(doc, b) || !titleLike(b.text) || proseLength(b.text) < 15) continue;
    const key = foldedOf(doc, b);
    // A search field's placeholder (`[          ] Search for a recipe`) printed again beside its field.
    if (placeholders.has(key)) continue;
    const first = keys.get(key);
    // A name printed twice is a byline's (a photo's alt text, then the name), not a headline (asked of repeats only);
    // a list's item, a form's field or a contact line printed twice is none either.
    if (
      first &&
      b.index - first.index <= REPEAT_WINDOW &&
      !nameLine(b.text) &&
      !inPairRun(doc, first.index, b.index) &&
      !notTitle(doc, first)
    ) {
      for (const r of doc.blocks)
        if (r.index > first.index && r.index < until && isFree(doc, r) && foldedOf(doc, r) === key)
          doc.roles.set(r.index, 'title-repeat');
      return wholeTitle(first);
    }
    if (!first) keys.set(key, b);
  }
  return undefined;
}

/**
 * The texts (folded) that follow an empty form field on their line before
 * block `until`, as w3m prints a field and its placeholder (`[          ]
 * Search for a recipe`): a form's words, never a headline.
 */
function fieldPlaceholders(doc: TextDoc, until: number): Set<string> {
  const out = new Set<string>();
  for (const b of doc.blocks) {
    if (b.index >= until) break;
    const t = b.text;
    if (t.charCodeAt(0) !== 0x5b) continue;
    const close = t.indexOf('] ');
    if (close < 2 || close > FIELD_MAX || !EMPTY_FIELD.test(t.slice(0, close))) continue;
    out.add(fold(t.slice(close + 2).trim()));
  }
  return out;
}

/** Widest empty form field read before a placeholder. */
const FIELD_MAX = 80;
/** An empty form field as w3m prints it, its closing bracket cut off: `[` and spaces or underscores. */
const EMPTY_FIELD = /^\[[ _]+$/u;

/** Whether blocks `k` and `k + 1` are one line printed twice in a row (a teaser's link and its picture's title). */
function printedPair(doc: TextDoc, k: number): boolean {
  const a = doc.blocks[k];
  const b = doc.blocks[k + 1];
  return a !== undefined && b !== undefined && foldedOf(doc, a) === foldedOf(doc, b);
}

/**
 * Whether the line printed at `first` and again right under it at `again`
 * stands in a run of such pairs: a list of teasers, each printed twice (a
 * link, then its picture's title), not a headline printed again.
 */
function inPairRun(doc: TextDoc, first: number, again: number): boolean {
  return again === first + 1 && (printedPair(doc, first - 2) || printedPair(doc, again + 1));
}

/** `الرئيسية | <section> | <title>`: the last part of a breadcrumb. */
function breadcrumbTitle(doc: TextDoc, until: number): TitleChoice | undefined {
  for (const b of doc.blocks) {
    if (b.index >= until) break;
    if (!isFree(doc, b)) continue;
    const crumb = crumbEnd(doc, b);
    if (crumb) return crumb;
  }
  return undefined;
}

/** The headline ending breadcrumb `b` (`Home > <section> > <title>`), which becomes boilerplate; undefined when `b` is none or ends with a section's name. */
function crumbEnd(doc: TextDoc, b: Block): TitleChoice | undefined {
  if (b.text.length > 300) return undefined;
  for (const sep of BREADCRUMB_SEPARATORS) {
    const first = b.text.indexOf(sep);
    if (first < 0 || !isHomeWord(b.text.slice(0, first))) continue;
    const last = b.text.lastIndexOf(sep);
    if (last === first) continue;
    // The separator's padding may be wider than its own spaces (`Home  »  <title>`, as w3m pads it): the title starts at its first letter.
    let start = b.start + last + sep.length;
    while (start < b.end && isSpace(doc.input.charCodeAt(start))) start++;
    const text = doc.input.slice(start, b.end).trimEnd();
    // A section name (`Accueil > Culture > Festivals`) ends a breadcrumb as often as a headline does.
    if (!titleLike(text) || text.split(' ').length < 3) continue;
    doc.roles.set(b.index, 'boilerplate');
    return { text, start, end: start + text.length, block: b };
  }
  return undefined;
}

/** Whether a line is the site's interface (a skip link, a tagline), not a paragraph. */
const interfaceOnly = (text: string): boolean => !paragraphLike(text) && isInterfaceLine(text);

/** Free blocks {@link firstHeadline} reads: six candidates and the block after the last. */
const FIRST_HEADLINE_READS = 7;

/** The first title-like free block followed by a paragraph-like one. */
function firstHeadline(doc: TextDoc): TitleChoice | undefined {
  // The first seven free blocks are all that is read, teaser units aside: a headline over its
  // excerpt cut short (`…`, a read-more link) is another article's, in a sidebar printed first.
  const free: Block[] = [];
  for (const b of doc.blocks) {
    if (!isFree(doc, b)) continue;
    if (teaserLike(b.text) && free.length > 0 && titleLike(free[free.length - 1]?.text ?? '')) {
      free.pop();
      continue;
    }
    if (free.push(b) >= FIRST_HEADLINE_READS) break;
  }
  for (let k = 0; k + 1 < free.length && k < 6; k++) {
    const b = free[k];
    if (!b) break;
    // A skip link or a site's tagline between the page's name and its first paragraph stands for nothing.
    let j = k + 1;
    if (titleLike(b.text)) while (j + 1 < free.length && interfaceOnly(free[j]?.text ?? '')) j++;
    const next = free[j];
    if (!next) break;
    if (paragraphLike(b.text)) return undefined;
    // A dialog's heading over its text (`Nous respectons votre vie privée` over a consent notice) is the site's.
    if (titleLike(b.text) && paragraphLike(next.text) && !isInterfaceLine(b.text))
      return rubricOver(free, k, next) ?? headlineOver(doc, b) ?? wholeTitle(b);
  }
  return undefined;
}

/**
 * The headline under `free[k]` when that line is a section's name printed again from the menu above
 * it (`Bauen & Renovieren`, an entry of the menu's line `… Bauen & Renovieren Garten Mietrecht …`):
 * a rubric or a topic's link over the headline, which `next` is when it is of a headline's length
 * and words (a question, `Why does mould grow behind the wardrobe?`, reads as a sentence for its mark).
 */
function rubricOver(free: readonly Block[], k: number, next: Block): TitleChoice | undefined {
  const rubric = free[k]?.text ?? '';
  const words = spacedWords(rubric);
  if (words >= HEADLINE_WORDS || bodyLike(next.text) || spacedWords(next.text) <= words)
    return undefined;
  for (let i = 0; i < k; i++) {
    const menu = free[i]?.text ?? '';
    const at = menu.length > rubric.length ? menu.indexOf(rubric) : -1;
    const end = at + rubric.length;
    if (at >= 0 && (at === 0 || menu[at - 1] === ' ') && (end === menu.length || menu[end] === ' '))
      return wholeTitle(next);
  }
  return undefined;
}

/**
 * Chooses the title. `anchor` is the index of the first block that credits,
 * signs or dates the article (source line, byline, date line), or -1.
 */
export function chooseTitle(doc: TextDoc, anchor: number): TitleChoice | undefined {
  const bodyStart =
    doc.blocks.find((b) => isFree(doc, b) && bodyLike(b.text))?.index ?? doc.blocks.length;
  const until = Math.max(bodyStart, anchor + 1);
  const repeated = repeatedTitle(doc, until);
  if (repeated && spacedWords(repeated.text) >= MENU_ENTRY_WORDS) return repeated;
  // A podcast's meta line stands over the episode's headline, not under it.
  const episode = episodeHeadline(doc, anchor);
  if (episode) return episode;
  const before = anchor > 0 ? titleBefore(doc, anchor) : undefined;
  // A section's name printed twice (a menu's entry, then the rubric over the headline) is no headline:
  // the headline under it, over the byline, is.
  if (
    repeated &&
    !(
      before &&
      before.block.index > repeated.block.index &&
      doc.roles.get(before.block.index + 1) === 'byline' &&
      spacedWords(before.text) >= HEADLINE_WORDS
    )
  )
    return repeated;
  // Over the date line, a menu's entry or a section's name (`Sections`), not a label (`From: Example Post`):
  // the headline may stand under it.
  const under =
    before && spacedWords(before.text) < MENU_ENTRY_WORDS && !notTitle(doc, before.block)
      ? headlineUnder(doc, anchor, spacedWords(before.text))
      : before && menuRow(before.text)
        ? headlineUnder(doc, anchor, 0)
        : undefined;
  // The headline under a breadcrumb of sections, above the line over the date (a criteria list's item, a deck).
  const crumbed = headlineUnderCrumb(doc, until);
  if (
    crumbed &&
    (!before || (before.block.index > crumbed.block.index && !kickerOver(doc, crumbed, before)))
  )
    return crumbed;
  return under ?? before ?? breadcrumbTitle(doc, until) ?? firstHeadline(doc) ?? lastHeadline(doc);
}

/**
 * Whether `top`, the line under a section's breadcrumb, is a kicker over the headline `headline` right under it
 * ({@link kickerLineOver}): the headline at least twice as long and signed by the byline right under it
 * (`الرئيسية » أخبار مصر » محافظات` ⏎ `بعد شكاوى الأهالي` ⏎ `<headline>` ⏎ `كتب: X …`).
 */
function kickerOver(doc: TextDoc, top: TitleChoice, headline: TitleChoice): boolean {
  const k = headline.block.index;
  const words = spacedWords(headline.text);
  return (
    k === top.block.index + 1 &&
    doc.roles.get(k + 1) === 'byline' &&
    kickerLineOver(doc, headline.block) &&
    words >= HEADLINE_WORDS &&
    words >= 2 * spacedWords(top.text)
  );
}

/** Most steps of a breadcrumb after the home page's: a line parted into more is a menu (`Accueil | Football | … | Basket`). */
const MAX_CRUMB_STEPS = 3;

/** Whether a line is a breadcrumb from the home page ending with a section's name (`Accueil / Offres d'emploi / Industrie`). */
function sectionCrumb(text: string): boolean {
  if (text.length > 300) return false;
  for (const sep of BREADCRUMB_SEPARATORS) {
    const first = text.indexOf(sep);
    if (first < 0 || !isHomeWord(text.slice(0, first))) continue;
    let steps = 0;
    for (
      let at = first;
      at >= 0 && steps <= MAX_CRUMB_STEPS;
      at = text.indexOf(sep, at + sep.length)
    )
      steps++;
    return (
      steps <= MAX_CRUMB_STEPS && spacedWords(text.slice(text.lastIndexOf(sep) + sep.length)) < 3
    );
  }
  return false;
}

/**
 * The headline right under the page's first breadcrumb when that ends with a section's name (`Home / Packs &
 * Bags / Daypacks` ⏎ `Larkfield Trail 40 Hiking Backpack`): a line of three words or more, no statement (a stop ends none).
 */
function headlineUnderCrumb(doc: TextDoc, until: number): TitleChoice | undefined {
  for (const b of doc.blocks) {
    if (b.index >= until) break;
    if (!isFree(doc, b) || !sectionCrumb(b.text)) continue;
    const next = doc.blocks[b.index + 1];
    return next &&
      isFree(doc, next) &&
      titleLike(next.text) &&
      spacedWords(next.text) >= 3 &&
      !STATEMENT_END.test(next.text) &&
      !bodyLike(next.text) &&
      !notTitle(doc, next)
      ? wholeTitle(next)
      : undefined;
  }
  return undefined;
}

/**
 * Fewest entries of a menu printed on one line. Spaces alone part them, so the row takes more than a line whose
 * separators part it (`homeCrumb` in page-title.ts takes the home word and one separator, `menuOnOneLine` in
 * listing.ts three entries parted by bars).
 */
const MENU_ROW_ENTRIES = 5;
/**
 * Most words of the site's name printed before its menu's home entry (`Le Matin Express Accueil National …`); here
 * only, where w3m and innerText glue the masthead to a menu of words (`homeCrumb` reads the home word first).
 */
const MASTHEAD_WORDS = 3;

/**
 * Whether `text` is a site's menu printed on one line (w3m, innerText): the home page's word first
 * (`Home`, `Accueil`, `الرئيسية`), or after the site's name glued before it (`Atlas Daily Home …`), then
 * capitalised words only (`Home News Business Culture Travel Sport Opinion`); or sections' names only, four or
 * more (`News Sport Business Culture Opinion`, `furniture/section-names.ts`).
 */
function menuRow(text: string): boolean {
  const words = text.split(' ');
  // Section names only, no home word (`News Sport Business Culture Opinion`).
  if (rowWords(text, words) && namesSectionsOnly(words.map((w) => fold(w)))) return true;
  if (words.length < MENU_ROW_ENTRIES) return false;
  const home = homeWordIndex(words, MASTHEAD_WORDS);
  if (home < 0 || words.length - home < MENU_ROW_ENTRIES - 1) return false;
  return rowWords(text, words);
}

/**
 * Whether `text` opens with the home page's word as a menu's entry (`Accueil Sport Économie`, `الرئيسية أخبار مصر`,
 * `Home >> Recipes`): a headline opening with the same word goes on in small letters (`Start frei für …`).
 */
function homeOpensRow(text: string): boolean {
  const [first = '', second = ''] = text.split(' ', 2);
  return isHomeWord(first) && !/^\p{Ll}/u.test(second);
}

/** Fewer words than this make the line over a date line a menu's entry or a section's name, not a headline. */
const MENU_ENTRY_WORDS = 4;
/**
 * A statement's stop closing a line (a question's mark may close a headline), the ideographic full stop among
 * them (a Chinese or Japanese lead closes on `。`, a headline never does).
 */
const STATEMENT_END = /[.!;。]$/u;

/**
 * The headline right under date line `anchor`, between it and the article's
 * first paragraph (`Economy 12.12.2022, 08:30` ⏎ headline ⏎ lede): a free
 * title-like line of a headline's words (more than `over`, the line over the
 * date line), with no sentence's stop at its end (a question's mark is a
 * headline's), not known as something else.
 */
function headlineUnder(doc: TextDoc, anchor: number, over: number): TitleChoice | undefined {
  if (doc.roles.get(anchor) !== 'date') return undefined;
  // A kicker between the date line and the headline (`Feature`, `Exclusif`): a word or three, no stop, under it a
  // headline, no sentence (`PDF drucken` ⏎ date ⏎ `Ein Albtraum` ⏎ <deck>: the deck is no headline).
  const kicker = doc.blocks[anchor + 1];
  const at =
    kicker &&
    isFree(doc, kicker) &&
    spacedWords(kicker.text) < MENU_ENTRY_WORDS &&
    !/[.!?:]$/u.test(kicker.text) &&
    spacedWords(doc.blocks[anchor + 2]?.text ?? '') >= HEADLINE_WORDS &&
    !paragraphLike(doc.blocks[anchor + 2]?.text ?? '')
      ? anchor + 2
      : anchor + 1;
  const b = doc.blocks[at];
  const next = doc.blocks[at + 1];
  if (!b || !next || !isFree(doc, b) || !isFree(doc, next) || !bodyLike(next.text))
    return undefined;
  const words = spacedWords(b.text);
  if (!titleLike(b.text) || STATEMENT_END.test(b.text) || words < HEADLINE_WORDS || words <= over)
    return undefined;
  return notTitle(doc, b) ? undefined : wholeTitle(b);
}

/**
 * The headline right under a podcast's meta line, the date line `anchor`
 * opening with the episode's number (`Folge 87 · 18. Juni 2025 · 54 Min.` ⏎
 * `#87 Warum Moore das Klima schützen`): the meta line stands over the
 * episode's title as a kicker does, and a player, not the lede, follows it.
 */
function episodeHeadline(doc: TextDoc, anchor: number): TitleChoice | undefined {
  const line = doc.blocks[anchor];
  const b = doc.blocks[anchor + 1];
  return line &&
    b &&
    doc.roles.get(anchor) === 'date' &&
    episodeMarkLength(line.text) > 0 &&
    isFree(doc, b) &&
    titleLike(b.text) &&
    !STATEMENT_END.test(b.text) &&
    spacedWords(b.text) >= HEADLINE_WORDS &&
    !notTitle(doc, b)
    ? wholeTitle(b)
    : undefined;
}
