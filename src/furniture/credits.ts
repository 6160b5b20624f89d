/**
 * Recogniser for photo credits and image placeholders, as crawler text keeps
 * them: `Michael Conroy, AP`, `Sanjeev Verma/Hindustan Times/Getty Images`,
 * `Alex Wong | Getty Images`, `Photo: Harbour cranes (Reuters)`, and the
 * `[image-name]` lines text browsers print for pictures. A line standing right
 * above a credit is the picture's caption. Shared by both pipelines; the
 * agency and stock names are data, matched on folded text.
 */
import { ENGLISH_MONTHS } from '../dates/names.js';
import { isSpace } from '../text/chars.js';
import { fold, foldHeadCode, headCode } from '../text/fold.js';
import { prefixTest } from '../text/prefixes.js';
import { phrases, words } from '../util/tables.js';

/** Names that close a photo credit (folded). */
const CREDIT_NAMES = /* @__PURE__ */ phrases(
  'ap|afp|reuters|epa|getty|getty images|gettyimages|shutterstock|istock|istockphoto|alamy|dpa|ansa|efe|' +
    'xinhua|map|aps|tap|mena|wenn|imago|picture alliance|ap photo|associated press|the associated press|' +
    'file photo|handout|dr|' +
    // Stock libraries and more agencies.
    'unsplash|pixabay|pexels|adobe stock|adobestock|fotolia|depositphotos|imago images|keystone|belga|anp|' +
    'apa|kyodo|telam|europa press|ddp|epd|kna',
);

/** Stock libraries: a source label naming one credits a picture (`(Quelle: Unsplash)`), folded. */
const STOCK_NAMES = /* @__PURE__ */ phrases(
  'unsplash|pixabay|pexels|shutterstock|istock|getty|adobe stock|adobestock|fotolia|depositphotos|alamy|' +
    'imago|picture alliance',
);

/**
 * Labels of a source, which credit a picture in parentheses closing its caption
 * when a `/` joins the credit's names or a stock library is named
 * (`(Quelle: Name/Unsplash/DJV)`, `(Source : Pixabay)`), not a figure's source
 * closing an article's sentence (`(Quelle: Statistisches Bundesamt)`), folded.
 */
const SOURCE_LABELS = /* @__PURE__ */ phrases(
  'quelle:|quelle :|source:|source :|fuente:|fuente :|fonte:|fonte :|bron:|zrodlo:|المصدر:',
);

/** Labels that open a credit line (folded). */
const CREDIT_LABELS = /* @__PURE__ */ phrases(
  'photo:|photo :|photos:|photos :|photograph:|photographs:|photography:|picture:|pictures:|image:|' +
    'images:|illustration:|illustration :|credit:|credit :|credits:|credit photo|photo credit|' +
    // A picture lent by its owner: `Courtesy of Jane Smith`, `Photo courtesy of the museum`.
    'courtesy of |courtesy: |photo courtesy|photos courtesy|image courtesy|picture courtesy|foto:|fotos:|' +
    'bild:|bilder:|kuva:|kuvat:|imagen:|imagenes:|imagem:|immagine:|zdjecie:|fot.|фото:|фото :|личныи архив|bildquelle:|' +
    'bildquelle :|bildnachweis:|fotonachweis:|صورة:|صورة :|تصوير:|تصوير :|(تصوير|الصورة:|[photo]|[image]',
);

/** The credit labels above, looked up by their first characters. */
const startsWithCreditLabel = prefixTest(CREDIT_LABELS);

/** Labels that open a credit when a capitalised name follows them (`Photo by Jane Smith`, not `Photo by photo, …`), folded. */
// The last: a picture lent by its owner, as US sites print it (`Care of Example Holdings LLC`).
const BY_LABELS = /* @__PURE__ */ phrases(
  'photo by |photos by |photograph by |photography by |image by |illustration by |foto von |fotos von |care of ',
);

/** `Photo by Jane Smith`: a by-label as written (any case) and a capitalised name. */
function byCredit(text: string, f: string): boolean {
  for (const label of BY_LABELS) {
    if (!f.startsWith(label) || text.slice(0, label.length).toLowerCase() !== label) continue;
    const c = text.charAt(label.length);
    return c !== c.toLowerCase();
  }
  return false;
}

/** Words that open a credit when a `/` or `©` follows (`Photo Le Courrier / J. Armand`), or when a closing parenthesis holds them alone (`(Photo AFP)`). */
const CREDIT_WORDS = /* @__PURE__ */ phrases('photo |photos |foto |credit |image |illustration ');

/** A picture marked as an archive one, alone in parentheses closing its caption (`(Archives)`, `(أرشيف)`, `(File)`), folded. */
const ARCHIVE_MARKS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'archives|archive|archivo|archivbild|file|file photo|أرشيف|صورة أرشيفية',
  ).map((m) => fold(m)),
);

/** Longest line read as a credit. */
const MAX = 90;
/** Longest caption read with its credit in parentheses at its end. */
const CAPTION_MAX = 300;

/** Credit words that close a caption after its last sentence (`… du mélèze local. Photo L'Écho`), folded. */
const CLOSING_CREDITS = /* @__PURE__ */ phrases(
  '. photo |. photo: |. photos |. picture: |. foto |. foto: |. credit: |. image: |. illustration |' +
    // The Polish and Russian labels (`… Fot. PAP/X`, `… Фото: ТАСС`).
    '. fot. |. фото: |' +
    // The Finnish label (`… Kuva: Name`).
    '. kuva: ',
);

/**
 * Credit labels written out in full closing a caption's last sentence (`… from the estate. Photograph: Tom
 * Aldous`, the Guardian's way), folded. Read by the text path only ({@link endsWithPhotoCredit},
 * {@link closesWithFullCredit}): the HTML path's credit line ({@link isPhotoCredit}) keeps the short list.
 */
const FULL_CLOSING_CREDITS = /* @__PURE__ */ phrases(
  '. photograph: |. photographs: |. photography: |. fotos: |. imagen: |. imagem: ',
);

/** Every closing credit a caption's paragraph is read with ({@link endsWithPhotoCredit}). */
const CAPTION_CLOSING_CREDITS = /* @__PURE__ */ [...CLOSING_CREDITS, ...FULL_CLOSING_CREDITS];

/**
 * Whether a folded line closes a caption's sentence with a credit label written out in full (`… from the
 * estate. photograph: tom aldous`): the text path's furniture reads it beside {@link isPhotoCredit}.
 */
export function closesWithFullCredit(f: string): boolean {
  return creditAfterCaption(f, FULL_CLOSING_CREDITS);
}

/** Whether every one of {@link CLOSING_CREDITS} opens with `. ` (the gate of {@link creditAfterCaption}). */
const CLOSINGS_OPEN_WITH_STOP = CAPTION_CLOSING_CREDITS.every((c) => c.startsWith('. '));

/** A caption closed by a credit of `credits` after its last sentence, within its last 60 characters. */
function creditAfterCaption(f: string, credits: readonly string[] = CLOSING_CREDITS): boolean {
  if (!CLOSINGS_OPEN_WITH_STOP) {
    const tail = f.slice(-60);
    return credits.some((c) => tail.includes(c));
  }
  // Every closing credit opens with `. `: the credits are tried where the last 60 characters hold one, and only there.
  for (let at = f.indexOf('. ', Math.max(0, f.length - 60)); at >= 0; at = f.indexOf('. ', at + 1))
    for (const c of credits) if (f.startsWith(c, at)) return true;
  return false;
}

/** Longest credit read after a copyright mark closing a caption: a name or two. */
const MARK_CREDIT_MAX = 40;

/**
 * A caption closed by a copyright mark and a name: `… de l'université / (C)
 * Kab Niang`, `… im Hafen | © Anna Berg`, `… © dpa`. The name holds no
 * sentence's end; `(c)` counts after a separator (`/`, `|`, `-`, `,`) or
 * alone, `©` anywhere.
 */
function creditAfterMark(f: string): boolean {
  const from = Math.max(0, f.length - MARK_CREDIT_MAX - 4);
  const sign = f.lastIndexOf('©');
  const letters = f.lastIndexOf('(c) ');
  let after: number;
  if (sign >= from && sign > letters) after = sign + 1;
  else if (letters >= from) {
    let k = letters - 1;
    while (k >= 0 && f.charCodeAt(k) === 0x20) k--;
    // `/` `|` `-` `,` before `(c)`, or nothing.
    const c = k < 0 ? 0 : f.charCodeAt(k);
    if (k >= 0 && c !== 0x2f && c !== 0x7c && c !== 0x2d && c !== 0x2c) return false;
    after = letters + 4;
  } else return false;
  const name = f.slice(after).trim();
  return (
    name.length > 1 &&
    name.length <= MARK_CREDIT_MAX &&
    !/[!?:;|]/.test(name) &&
    abbreviationDots(name)
  );
}

/**
 * Whether every full stop of a credit's name follows a letter standing alone:
 * an agency's initials or a first name's (`و.م.ع`, `m.a.p.`, `r. fassi`), not a
 * sentence's end (`fadel senna. afp`).
 */
function abbreviationDots(name: string): boolean {
  for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) {
    if (i === 0 || !isLetterCode(name.charCodeAt(i - 1))) return false;
    const before = i >= 2 ? name.charCodeAt(i - 2) : 0x20;
    if (before !== 0x20 && before !== 0x2e && before !== 0x2f) return false;
  }
  return true;
}

/** Whether a code unit is a letter of the Latin or Arabic blocks (folded text: no capitals). */
function isLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f) || (c >= 0x620 && c <= 0x64a);
}

/** A caption closed by its credit: `… jumping for joy (Photo: R. Fassi)`, `… (تصوير: رامي الفاسي)`. */
function creditInParentheses(text: string): boolean {
  // `… (Photo AFP).`: a full stop may close the caption after its credit.
  const f = text.endsWith(').') ? text.slice(0, -1) : text;
  if (!f.endsWith(')')) return false;
  const open = f.lastIndexOf('(');
  if (open < 0 || f.length - open > 60) return false;
  const inner = f.slice(open + 1);
  return (
    ARCHIVE_MARKS.has(inner.slice(0, -1).trim()) ||
    agencyAloneClosingCaption(f, open) ||
    startsWithCreditLabel(inner) ||
    (inner.length <= 40 && CREDIT_WORDS.some((w) => inner.startsWith(w))) ||
    agencyBeforeSlash(inner)
  );
}

/** News agencies named alone in parentheses closing a picture's caption (`… قرب الغردقة (رويترز)`), folded. */
const AGENCIES_ALONE: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'afp|ap|reuters|epa|dpa|efe|ansa|anadolu|xinhua|رويترز|أ ف ب|أ.ف.ب|ا ف ب|فرانس برس|أسوشيتد برس|الأناضول|إ ب أ',
  ).map((m) => fold(m)),
);

/**
 * An agency named alone in parentheses (`inner` from `open`, folded `f`) closing a caption written as a noun
 * phrase: no sentence's stop before it (`… في الدوحة. (رويترز)` closes a dispatch's paragraph).
 */
function agencyAloneClosingCaption(f: string, open: number): boolean {
  if (!AGENCIES_ALONE.has(f.slice(open + 1, -1).trim())) return false;
  const before = f.slice(0, open).trimEnd();
  const stop = before.charAt(before.length - 1);
  return before.length > 0 && stop !== '.' && stop !== '!' && stop !== '?' && stop !== '؟';
}

/** Photo agencies and libraries a wire credit names before its photographer (folded): `(AFP/Fadel Senna)`. */
const PHOTO_AGENCIES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'afp|ap|reuters|epa|map|aps|tap|dpa|efe|ansa|anadolu|xinhua|sipa|abaca|getty images|nasa|esa|ومع|و.م.ع|' +
      'واج|أ ف ب',
  ),
);

/** `agency/name)`, the inside of a wire photo's credit: a known agency, a slash, a short name (folded). */
function agencyBeforeSlash(inner: string): boolean {
  const slash = inner.indexOf('/');
  return (
    slash > 0 && inner.length - slash <= 40 && PHOTO_AGENCIES.has(inner.slice(0, slash).trim())
  );
}

/** A caption of any length closed by its credit (`… Kais Saied. (Photo AFP).`, `… the harbour. Photo: R. Fassi`): its last characters folded alone. */
export function endsWithPhotoCredit(text: string): boolean {
  const tail = fold(text.slice(-64));
  return creditInParentheses(tail) || creditAfterCaption(tail, CAPTION_CLOSING_CREDITS);
}

/** A source credit in parentheses closing a caption: a `/` joins its names or it names a stock library. */
function sourceInParentheses(f: string): boolean {
  const g = f.endsWith(').') ? f.slice(0, -1) : f;
  if (!g.endsWith(')')) return false;
  const open = g.lastIndexOf('(');
  if (open < 0 || g.length - open > 60) return false;
  const inner = g.slice(open + 1);
  return (
    SOURCE_LABELS.some((label) => inner.startsWith(label)) &&
    (inner.includes('/') || STOCK_NAMES.some((n) => inner.includes(n)))
  );
}

/** Longest paragraph read as a caption carrying its credit. */
const CREDITED_CAPTION_MAX = 300;

/**
 * True for a short paragraph that is a picture's caption carrying its credit
 * at its end: a copyright mark and a name (`… im Hafen / (C) Anna Berg`, `…
 * du port | © R. Fassi`) or a source naming a stock library or joining its
 * names by `/` (`… am Hafen. (Quelle: Anna Berg/Unsplash)`). Unlike a credit
 * line ({@link isPhotoCredit}), it is the caption itself: the line above it is
 * not read as one.
 */
export function isCreditedCaption(text: string): boolean {
  if (text.length > CREDITED_CAPTION_MAX) return false;
  // A mark (`©`, `(c)`, `(C)`) or a closing parenthesis in the raw tail, else no credit is read: most lines are not folded.
  const raw = text.slice(-64);
  const last = text.charCodeAt(text.length - 1);
  const closes = last === 0x29 || (last === 0x2e && text.charCodeAt(text.length - 2) === 0x29);
  if (!closes && !raw.includes('©') && !raw.includes('(c)') && !raw.includes('(C)')) return false;
  const tail = fold(raw);
  return creditAfterMark(tail) || sourceInParentheses(tail);
}

/** A capitalised word of a credit's name (`Dana`, `O'Neil`, `J.`, `Harlow`). */
const CAPITALISED = /^\p{Lu}[\p{L}.'’-]{0,30}$/u;
/** Small words a paper's name holds between its capitalised ones (`Times of India`, `The Voice of the Coast`). */
const NAME_JOINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('of|the|and|de|du|des|la|le|di|del|van|von'),
);

/**
 * A caption closed by its photographer and paper in parentheses, as US papers print them: `… since 2021.
 * (Dana Whitcomb / Harlow County Ledger)`. Two or three capitalised words, ` / ` with its spaces, then one
 * to five words of the paper's name, capitalised but for its small words; no figure. A pair of terms set
 * in parentheses (`(Democrats / Republicans)`, `(Gesetz/ AGG)`) has one word before its slash or no spaces.
 * Read by the text pipeline (`article/text/body-refiners.ts`, `body-edges.ts`).
 */
export function endsWithNameAndPaper(text: string): boolean {
  if (text.length > CREDITED_CAPTION_MAX) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x29 && !(last === 0x2e && text.charCodeAt(text.length - 2) === 0x29)) return false;
  const raw = text.slice(-64);
  const g = raw.endsWith(').') ? raw.slice(0, -1) : raw;
  const open = g.lastIndexOf('(');
  const slash = g.indexOf('/', open);
  // The slash with a space on each side (a wrapped dump may break the line there).
  if (
    open < 0 ||
    slash < 0 ||
    !isSpace(g.charCodeAt(slash - 1)) ||
    !isSpace(g.charCodeAt(slash + 1))
  )
    return false;
  const name = g
    .slice(open + 1, slash)
    .trim()
    .split(/\s+/u);
  const paper = g
    .slice(slash + 1, -1)
    .trim()
    .split(/\s+/u);
  if (name.length < 2 || name.length > 3 || paper.length > 5) return false;
  if (!name.every((w) => CAPITALISED.test(w))) return false;
  return (
    CAPITALISED.test(paper[0] ?? '') &&
    paper.every((w) => CAPITALISED.test(w) || NAME_JOINERS.has(w))
  );
}

/** A figure's caption: `Abbildung: …`, `Abb. 2: …`, `Figure 3: …`, a `Screenshot,Site` credit (folded). `Grafik, besonders…` is a sentence. */
export const FIGURE_CAPTION =
  /^(?:(?:abbildung|abb\.|figure|fig\.|grafik|grafique|schaubild|screenshot|foto|photo|bild|image)(?: ?\d{1,3})? ?:|screenshot ?,)/;

/** Longest image placeholder read before a caption (`[20220103-1]`, `[chart.png] `). */
const PLACEHOLDER_MAX = 80;

/**
 * True for a figure's caption printed right after its image's placeholder, as
 * text browsers print a picture and its caption on one line
 * (`[chart-1]Abbildung: Verlauf der …`, `[fig.png] Figure 2: …`), whatever its length.
 */
export function isCaptionAfterImage(text: string): boolean {
  if (text.charCodeAt(0) !== 0x5b) return false;
  const close = text.indexOf(']');
  if (close < 0 || close > PLACEHOLDER_MAX) return false;
  return FIGURE_CAPTION.test(fold(text.slice(close + 1, close + 40)));
}

/** True for a photo credit line: a name and an agency (`Michael Conroy, AP`, `X/Getty Images`), or a credit label. */
export function isPhotoCredit(text: string, folded?: string): boolean {
  if (text.length > CAPTION_MAX) return false;
  // A text renderer's stand-in for a picture (`[image]`, `[photo]`): one word in brackets is the picture, not its credit.
  if (text.charCodeAt(0) === 0x5b && !text.includes(' ') && isPlaceholderLine(text)) return false;
  const f = folded ?? fold(text);
  if (creditInParentheses(f) || creditAfterCaption(f)) return true;
  if (text.length > MAX) return false;
  if (startsWithCreditLabel(f) || byCredit(text, f)) return true;
  // The stop of the caption above left on the credit's line (`. Imagen: Télam`).
  if (f.startsWith('. ') && startsWithCreditLabel(f.slice(2))) return true;
  if ((f.includes('/') || f.includes('©')) && CREDIT_WORDS.some((w) => f.startsWith(w)))
    return true;
  // The credit's last part, after `,`, `/`, `|`, `-` or `©`, or inside closing parentheses.
  let end = f.length;
  if (f.endsWith(')')) end--;
  let cut = -1;
  for (let i = end - 1; i >= 0; i--) {
    // `,` `/` `|` `©` `(` `-`, by code.
    const c = f.charCodeAt(i);
    if (c === 0x2c || c === 0x2f || c === 0x7c || c === 0xa9 || c === 0x28 || c === 0x2d) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return stockAlone(f);
  const name = f.slice(cut + 1, end).trim();
  return CREDIT_NAMES.includes(name) || name.endsWith(' images') || name.endsWith('/ap');
}

/** A stock library's web address as a credit prints it (`Shutterstock.com`), folded. */
const STOCK_DOMAINS = /* @__PURE__ */ phrases('.com|.de|.fr|.es|.it');

/** Whether a folded line is a stock library's name alone (`Getty Images`, `GETTY`, `Shutterstock.com`): it credits a picture, nothing else. */
function stockAlone(f: string): boolean {
  const t = f.trim();
  if (STOCK_NAMES.includes(t) || t === 'getty images') return true;
  const dot = t.lastIndexOf('.');
  return dot > 0 && STOCK_DOMAINS.includes(t.slice(dot)) && STOCK_NAMES.includes(t.slice(0, dot));
}

/**
 * True for a credit that names its picture's source alone, with no
 * photographer and no label (`Getty Images`, `Shutterstock`): a credit line,
 * but no sign that the line above it is a caption (a paragraph or a
 * subheading may stand right over a stock picture).
 */
export function isBareStockCredit(text: string, folded?: string): boolean {
  return text.length <= MAX && stockAlone(folded ?? fold(text));
}

/** True for a line made only of bracketed placeholders: `[2020-audi-e-tron-11]`, `[facebook-i] [twitter-ic]`. */
export function isPlaceholderLine(text: string): boolean {
  if (text.charAt(0) !== '[' || text.charAt(text.length - 1) !== ']') return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth === 0 && c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** `fi` and `in` as `headCode` numbers: the two ways an agency caption's fold opens. */
const FI = headCode('fi');
const IN = headCode('in');

/** Words that name the picture in a news agency's caption (`In this Dec. 12, 2006, file photo…`), folded. */
const PICTURE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('photo|image|picture|photograph'),
);
/** Words that may stand between `In this` and the picture's word: a date, `file`, `undated`, `handout`. */
const PICTURE_QUALIFIERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ words(
    `file undated handout aerial ${ENGLISH_MONTHS} jan feb aug sept sep oct nov dec`,
  ),
);
/** Words after `In this ` read for the picture's word. */
const PICTURE_REACH = 7;

/**
 * True for a news agency's caption, whatever its length: `In this Dec. 12,
 * 2006, file photo, astronaut…`, `FILE - In this photo taken…`, `In this
 * image released by…` (the AP's style, copied by many sites): between `In
 * this` and the picture's word, only a date and `file`.
 */
export function isAgencyCaption(text: string): boolean {
  // `In this…`, `FILE - In this…`: any other first letter is not folded at all.
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 0x69 && first !== 0x66) return false;
  // The fold opens `fi` (`file - `, `file: `) or `in` (`in this `): the head alone is read first.
  const start = text.slice(0, 80);
  const opening = foldHeadCode(start);
  if (opening !== FI && opening !== IN) return false;
  const head = fold(start);
  const at = head.startsWith('file - ') ? 7 : head.startsWith('file: ') ? 6 : 0;
  if (!head.startsWith('in this ', at)) return false;
  const words = head.slice(at + 8).split(' ', PICTURE_REACH);
  for (const raw of words) {
    let end = raw.length;
    while (end > 0 && (raw.charAt(end - 1) === '.' || raw.charAt(end - 1) === ',')) end--;
    const w = raw.slice(0, end);
    if (PICTURE_WORDS.has(w)) return true;
    if (!PICTURE_QUALIFIERS.has(w) && !/^\d{1,4}$/.test(w)) return false;
  }
  return false;
}

/** Labels that open a caption or an embedded post at any length (folded): `Image caption …`, `FILE PHOTO: …` (Reuters), `Twitter post by @x: …`. */
const CAPTION_LABELS = /* @__PURE__ */ phrases(
  'image caption |media caption |caption: |file photo: |file photo - |legende : |legende: |' +
    'bildunterschrift: |twitter post by |instagram post by |facebook post by |youtube post by |' +
    'tiktok post by ',
);

/** The caption labels above, looked up by their first characters. */
const startsWithCaptionLabel = prefixTest(CAPTION_LABELS);

/** True for a caption or an embedded post opened by its label (`Image caption Scooter Braun has…`), whatever its length. */
export function isLabelledCaption(text: string, folded?: string): boolean {
  // The line's folded text when the caller holds it; else its head folded alone,
  // once its first two folded characters open a label.
  if (folded !== undefined) return startsWithCaptionLabel(folded);
  const start = text.slice(0, 24);
  if (CAPTION_HEADS && !CAPTION_HEADS.has(foldHeadCode(start))) return false;
  return startsWithCaptionLabel(fold(start));
}

/** The first two characters of every caption label (`headCode`), or undefined when a label is shorter (no gate then). */
const CAPTION_HEADS: ReadonlySet<number> | undefined = CAPTION_LABELS.every((l) => l.length >= 2)
  ? new Set(CAPTION_LABELS.map(headCode))
  : undefined;

/**
 * The labels a credit closing a caption opens with (`Photograph`, `Source`,
 * `Foto`, `صورة`): the colon-closed labels above, without their colon, and
 * the two-word ones written without it (`Crédit photo`, `Photo credit`), folded.
 */
const CLOSING_LABELS: ReadonlySet<string> = new Set(
  [...CREDIT_LABELS, ...SOURCE_LABELS, 'credits photo'].flatMap((l) =>
    l.endsWith(':') ? [l.slice(0, -1).trimEnd()] : /^[a-z]+ [a-z]+$/.test(l) ? [l] : [],
  ),
);

/**
 * A credit label glued to the caption's last stop and to the name after it,
 * as a browser copies a label it hides (`… in the autumn.CreditAmina Saidi/EPA`).
 */
const GLUED_CREDIT = /[.!?”"](?:Credit|Photo|Foto|Image|Bild|Source|Quelle)\p{Lu}/u;

/** Characters of the line's end read for a labelled credit. */
const LABELLED_TAIL = 80;
/** Most words of the credit after its label (`X for the Example Post`, `Supplied`). */
const LABELLED_WORDS = 7;
/** A sentence's stop closing a text. */
const ENDS_SENTENCE = /[.!?]$/u;

/**
 * Whether `text`, a caption of at most 300 characters, ends with a sentence's
 * stop, a credit label, a colon and a name of a few words (`… at dawn.
 * Photograph: Amina Saidi for the Example Post`, `… for two years. Source:
 * Supplied`, `… am Hafen. Foto: X`), or with a label glued between the stop and
 * the name (`… in 2023.CreditX`). A paragraph closed by a source line is
 * longer: the article's.
 */
export function closesWithCredit(text: string): boolean {
  if (text.length > CAPTION_MAX) return false;
  if (GLUED_CREDIT.test(text.slice(-LABELLED_TAIL))) return true;
  if (!text.includes(':')) return false;
  const tail = fold(text.slice(-LABELLED_TAIL));
  const colon = tail.lastIndexOf(':');
  if (colon < 0) return false;
  const name = tail.slice(colon + 1).trim();
  if (name.length === 0 || ENDS_SENTENCE.test(name) || name.split(' ').length > LABELLED_WORDS)
    return false;
  // The label right before the colon (its last two words or its last), a sentence's stop and a space before it.
  const head = tail.slice(0, colon).trimEnd();
  const one = head.lastIndexOf(' ');
  const two = head.lastIndexOf(' ', one - 1);
  const space = two > 0 && CLOSING_LABELS.has(head.slice(two + 1)) ? two : one;
  if (space < 1 || !CLOSING_LABELS.has(head.slice(space + 1))) return false;
  const stop = head.charAt(space - 1);
  return stop === '.' || stop === '!' || stop === '?' || capitalisedCredit(text);
}

/**
 * Whether the labelled credit closing `text` is written as one, with no stop
 * before it (a browser dropped the line break: `… after the takeover Credit:
 * HARARE HERALD`): the label opens on a capital and every word of the name too.
 */
function capitalisedCredit(text: string): boolean {
  const colon = text.lastIndexOf(':');
  const label = text.lastIndexOf(' ', colon - 1) + 1;
  if (colon < 0 || !startsCapital(text.slice(label, colon))) return false;
  return text
    .slice(colon + 1)
    .split(' ')
    .every((w) => w.length === 0 || startsCapital(w));
}

/** Whether a word opens on a capital (`Credit`, `HARARE`). */
function startsCapital(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/**
 * True for a caption whose last words, after a space alone and with no stop,
 * name a photo agency or a stock library (`… with fruit in the background
 * Shutterstock`, `… et aller bien. Getty Images`): text browsers lose the line
 * break or the separator between a caption and its credit.
 */
export function endsWithCreditName(text: string): boolean {
  const tail = fold(text.slice(-40));
  if (tail.length === 0 || /[.!?)]$/u.test(tail)) return false;
  const last = tail.lastIndexOf(' ');
  if (last < 0) return false;
  if (CREDIT_NAMES.includes(tail.slice(last + 1))) return true;
  const before = tail.lastIndexOf(' ', last - 1);
  return before >= 0 && CREDIT_NAMES.includes(tail.slice(before + 1));
}

/**
 * A caption closed by its credit, in either shape: {@link endsWithPhotoCredit}
 * (`… (Photo AFP)`, `…. Photo: X`) or {@link closesWithCredit} (a labelled
 * credit after the last sentence).
 */
export function captionWithCredit(text: string): boolean {
  return endsWithPhotoCredit(text) || closesWithCredit(text);
}

/** Fewest words of a caption before the credit that closes it after a `/` or `|`. */
const CAPTION_HEAD_WORDS = 4;

/**
 * True for a caption closed, after a `/` or `|`, by a credit naming an agency
 * or a library (`Die Intensivstation im Dresdner Klinikum / picture
 * alliance`): the words before the separator are a caption's, four or more,
 * with no other separator (`Nathan Alliard / Photononstop / AFP` joins a
 * credit's names) and no credit label (`Photo: X / Associated Press`).
 */
export function captionBeforeCreditName(text: string): boolean {
  if (text.length > CAPTION_MAX) return false;
  const f = fold(text);
  const cut = Math.max(f.lastIndexOf(' / '), f.lastIndexOf(' | '));
  if (cut < 0 || !CREDIT_NAMES.includes(f.slice(cut + 3).trim())) return false;
  const head = f.slice(0, cut);
  if (head.includes('/') || head.includes('|') || startsWithCreditLabel(head)) return false;
  return head.split(' ').filter((w) => w.length > 0).length >= CAPTION_HEAD_WORDS;
}
