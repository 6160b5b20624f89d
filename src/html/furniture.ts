/**
 * Recogniser for short lines of page furniture that sit inside article
 * containers: share prompts, "Advertisement", "Read more", newsletter calls,
 * photo credits. Multilingual phrase list (data), matched on folded text.
 */
import { lettersWithin } from '../dates/names.js';
import { ABOUT_SITE_HEADINGS } from '../furniture/about-site.js';
import { ABOUT_AUTHOR_HEADINGS } from '../furniture/bio.js';
import { FIGURE_CAPTION } from '../furniture/credits.js';
import { holdsAsciiDigit, spacesAtLeast } from '../text/chars.js';
import { phrasesAt } from '../text/contains.js';
import { fold, headCode } from '../text/fold.js';
import { patternOpenings } from '../text/openings.js';
import { prefixTest } from '../text/prefixes.js';
import { phrases } from '../util/tables.js';
import { findTextDates, hasTextDate } from './text-dates.js';
import { SPACES, trimmedEnd } from './trim.js';

/** Whole lines that are never article text (folded). */
const EXACT = new Set(
  [
    ...phrases(
      'advertisement|story continues below advertisement|article continues below advertisement|' +
        'story continues below|article continues below|continue reading below|la suite apres cette publicite|' +
        'la suite apres la publicite|weiter nach der anzeige|lesen sie nach der anzeige weiter|' +
        'continua despues de la publicidad|advertisements|publicite|annonce|anzeige|werbung|sponsored|share|' +
        'share this|share this article|share this story|share on facebook|share on twitter|partager|' +
        'partager cet article|teilen|beitrag teilen|artikel teilen|seite teilen|diesen artikel teilen|' +
        'diesen beitrag teilen|teile diesen beitrag|share this post|share this page|share article|' +
        "partager l'article|partagez cet article|compartir|compartir articulo|compartir noticia|condividi|" +
        "condividi l'articolo|compartilhe|compartilhar|شارك|شارك المقال|شارك الخبر|tweet|email|e-mail|print|" +
        'imprimer|drucken|read more|read more:|lire la suite|lire aussi|lire aussi :|weiterlesen|' +
        'mehr zum thema|related|related articles|related stories|related posts|you may also like|' +
        "you might also like|don't miss|dont miss|recommended|more from|sur le meme sujet|a lire aussi|" +
        'comments|commentaires|kommentare|leave a comment|leave a reply|subscribe|sign up|newsletter|' +
        'follow us|suivez-nous|back to top|retour en haut|nach oben|skip to content|skip to main content|' +
        'close|fermer|loading...|video loading|loading video|video unavailable|play video|play now|' +
        'chargement...|next article|previous article|next post|previous post|nachster artikel|' +
        'vorheriger artikel|article suivant|article precedent|rate this article|artikel bewerten|' +
        'beitrag bewerten|fragen an den autor|' +
        // A footer's heading over the site's own description (`À propos` ⏎ `X est un journal …`, and
        // ABOUT_SITE_HEADINGS below).
        'qui sommes-nous ?|schon gelesen?|quellen ausblenden|quellen anzeigen|temas relacionados|' +
        'noticias relacionadas|print this article|print this page|seite drucken|artikel drucken|' +
        'imprimer la page|imprimer cet article|kommentieren|' +
        // A heading over links to more information, alone on its line.
        "weitere informationen|mehr informationen|more information|plus d'informations|mas informacion|" +
        'maggiori informazioni|mais informacoes|was this article helpful?|war dieser artikel hilfreich?|' +
        'اقرأ أيضا|مشاركة|إعلان|' +
        // The Maghreb's word for an advertisement's label.
        'إشهار',
    ),
    ...ABOUT_AUTHOR_HEADINGS,
    ...ABOUT_SITE_HEADINGS,
  ].map((line) => fold(line)),
);

/** Labels over an article's tags (folded): `Tags :`, `Mots-clés :`, `Schlagworte:`, `الوسوم:`. */
const TAG_LABELS = /* @__PURE__ */ phrases(
  'tags:|tags :|schlagworte:|schlagworter:|stichworte:|mots-cles :|mots-cles:|mots cles :|etiquettes :|' +
    'etiquetas:|keywords:|filed under:|filed to:|الوسوم:',
);

/** Line starts that mark furniture (folded). */
const STARTS = [
  ...phrases(
    'read more:|read more |share this|sign up for|subscribe to|follow us on|click here to|' +
      // The same prompt in the other languages (`Cliquez ici pour lire l'article depuis sa source.`, `اضغط هنا لقراءة …`).
      'cliquez ici pour|klicken sie hier|haga clic aqui|اضغط هنا|انقر هنا|' +
      // Prompts to sign in or to be notified: `You must be logged in to…`, `Want to get notified whenever we write about X?`.
      'you must be logged in|sie mussen sich einloggen|sie mussen angemeldet sein|want to get notified|' +
      // A video player's countdown and prompts: `The video will start in 8 Cancel`, `Click to play Tap to play`.
      'the video will start in|your video will play in|your video will begin in|click to play|tap to play|' +
      'lire aussi :|lire aussi:|a lire aussi|voir aussi|' +
      // A video player's title line: `En vidéo, 4 aliments à privilégier`, `À VOIR AUSSI - …`, `Video: …`, `Im Video: …`.
      'en video,|en video :|en video -|a voir aussi|a voir egalement|video :|video:|im video:|suivez-nous|' +
      'abonnez-vous|inscrivez-vous|mehr zum thema|lesen sie auch|auch interessant|photo:|photo :|photos:|' +
      'foto:|fotos:|bild:|bilder:|titelbild|beitragsbild|bildquelle|quelle:|image:|images:|source:|credit:|' +
      'credits:|copyright |©|(c) |all rights reserved|tous droits reserves|alle rechte vorbehalten|' +
      'اقرا ايضا|' +
      // A font-size widget: `الخط : + -`, `حجم الخط + - طباعة`, `Taille du texte A+ A-`.
      // Only with the widget's marks after the label: a wrapped line of prose may open `font sizes of …`.
      'الخط :|الخط:|حجم الخط +|حجم الخط a|taille du texte :|taille du texte a|taille du texte +|' +
      'vergroßern |enlarge image|agrandir l',
  ),
  ...TAG_LABELS,
];

/** The line starts above, looked up by their first characters. */
const startsWithFurniture = prefixTest(STARTS);

/** Tag labels and copyright notices: a line opening so is never the rest of the sentence above it. */
const opensBlock = prefixTest([...TAG_LABELS, '©', 'copyright ', '(c) ']);

/** Longest line start {@link opensWithBlockLabel} folds: every label above is shorter. */
const LABEL_READ = 24;

/**
 * Whether `text`, from `from` on, opens with a tag label or a copyright
 * notice (`Tags : …`, `Mots-clés : …`, `© 2025 …`): a block of its own, which
 * a hard-wrapped dump may print on the line right under a paragraph. Only its
 * first characters are folded.
 */
export function opensWithBlockLabel(text: string, from = 0): boolean {
  return opensBlock(fold(text.slice(from, from + LABEL_READ)));
}

/** A credit label opening a parenthesis: `(Image: GETTY)`, `(Photo : AFP)`, `(Foto: dpa)` (folded). */
const CREDIT_LABEL = /^(?:images?|photos?|pictures?|pics?|fotos?|bild|credits?|source|quelle) ?:/;
/**
 * A credit alone: `Judy Eddy/WENN.com`, `AFP/Getty Images`. Neither class holds the slash, so each part is
 * a whole run: their lengths (1–40 and 1–30 after each side's first letter) are read in code
 * ({@link creditOnly}), a bounded repeat of a letter class costing V8 a compile per repeat.
 */
const CREDIT_ONLY = /^\p{L}([\p{L} .'’-]+)\/\s?\p{L}([\p{L} .-]+)$/u;

/** Whether folded `f` is a credit alone ({@link CREDIT_ONLY}). */
function creditOnly(f: string): boolean {
  const m = CREDIT_ONLY.exec(f);
  return m !== null && lettersWithin(m[1] ?? '', 1, 40) && lettersWithin(m[2] ?? '', 1, 30);
}
/** A post-meta line: a date and `|` separators (`January 13, 2020 | categories: Python | View Comments`). */
const PIPES = /[^|]\|[^|]/;

/**
 * Phrases that make a short paragraph a legal notice, a newsletter or
 * social-media call, a tip line or download instructions rather than
 * article text (folded).
 */
const NOTICE_PHRASES = /* @__PURE__ */ phrases(
  'privacy policy|terms of use|terms of service|user agreement|may not be reproduced|subscribe to our|' +
    'newsletters|sign up for our|right in your inbox|follow him on|follow her on|follow them on|' +
    "follow us on|have a tip?|politique de confidentialite|conditions generales d'utilisation|" +
    'abonnez-vous a notre|inscrivez-vous a notre|suivez-nous sur|datenschutzerklarung|' +
    'abonnieren sie unseren|folgen sie uns|' +
    // Download instructions: a viewer to install, a file's size, an image to click.
    "acrobat reader|adobe reader|poids du fichier|taille du fichier|file size:|en cliquant sur l'image|" +
    'click on the image|' +
    // Rights and licence lines in the languages of the benchmarks.
    'wszelkie prawa zastrzezone|todos los derechos reservados|tutti i diritti riservati|' +
    'todos os direitos reservados|alle rechten voorbehouden|vervielfaltigung nur mit genehmigung|' +
    'unter der lizenz cc|under a creative commons|sous licence creative commons|' +
    // Affiliate and sponsorship disclosures.
    'affiliate links|affiliate-links|enthalt werbung|contient des liens affilies|' +
    // Calls to support, subscribe or join a channel.
    'we rely on your support|support our journalism|support local journalism|soutenez notre journalisme|' +
    'unterstutzen sie unseren journalismus|cancela cuando quieras|zapraszamy do subskrypcji|' +
    'zapraszamy tez do subskrypcji|stay up-to-date on|stay up to date on|canal de telegram|telegram channel|' +
    'whatsapp channel|kanal bei telegram|' +
    // A bookmark button's confirmation.
    'find this story in my bookmarks|find this article in my bookmarks|' +
    // Reuse notices of science and press sites.
    'is subject to copyright|no part may be reproduced|' +
    // An audio player's button over the article (`▶ Écouter l'article 2 min`).
    "listen to this article|listen to the article|ecouter l'article|ecouter cet article|artikel anhoren|" +
    'استمع الى المقال|استمع للمقال|' +
    // A video player's placeholder, printed where the browser cannot play it.
    'votre navigateur ne peut pas lire|votre navigateur ne prend pas en charge|' +
    "your browser does not support|your browser doesn't support|ihr browser unterstutzt|متصفحك لا يدعم|" +
    // An opinion column's disclaimer: the views are the author's, not the site's.
    "n'engagent que leur auteur|n'engagent que leurs auteurs|n'engagent que son auteur|" +
    "n'engage que son auteur|n'engage que leur auteur|views expressed in this|opinions expressed in this|" +
    "views expressed are|are the author's own|are those of the author|are solely those of the author|" +
    'يعبر عن راي كاتبه|تعبر عن راي كاتبها|يعبر عن راي صاحبه|تعبر عن راي صاحبها|لا يعبر بالضرورة عن راي|' +
    'لا تعبر بالضرورة عن راي|ولا تعبر بالضرورة|ولا يعبر بالضرورة|تعبر عن راي اصحابها',
);

/** Longest paragraph read as a notice. */
const NOTICE_MAX = 300;

/** True when a short paragraph is a legal notice, a subscription or follow call, or a tip line. */
function isNoticeLine(text: string, folded?: string): boolean {
  if (text.length > NOTICE_MAX) return false;
  const f = folded ?? fold(text);
  // One pass over the line's word starts (after each space), each looked up by its first two characters
  // where its first four open a phrase.
  // A phrase starts at i only where the rest of the line can hold the shortest one.
  const last = f.length - NOTICE_SHORTEST;
  for (let i = 0; i <= last; ) {
    const phrases = NOTICE_FOURS[fourAt(f, i)] === 1 ? noticesAt(f, i) : undefined;
    if (phrases) for (const p of phrases) if (f.startsWith(p, i)) return true;
    const space = f.indexOf(' ', i);
    if (space < 0) break;
    i = space + 1;
  }
  return false;
}

/** The notice phrases (two characters or more each) by their first two characters. */
const noticesAt = phrasesAt(NOTICE_PHRASES);

/** The shortest notice phrase that {@link noticesAt} holds (two characters or more): no phrase starts nearer the line's end. */
const NOTICE_SHORTEST = Math.min(
  ...NOTICE_PHRASES.filter((p) => p.length >= 2).map((p) => p.length),
);

/** Slots of {@link NOTICE_FOURS} (a power of two, 16 kB). */
const NOTICE_SLOTS = 0x4000;

/** A slot for the four characters at `f[i]` in {@link NOTICE_FOURS}. */
function fourAt(f: string, i: number): number {
  return (
    ((f.charCodeAt(i) * 31 + f.charCodeAt(i + 1)) * 961 +
      f.charCodeAt(i + 2) * 31 +
      f.charCodeAt(i + 3)) &
    (NOTICE_SLOTS - 1)
  );
}

/** 1 at the slot of each notice phrase's first four characters (all of them when a phrase is shorter): most word starts open none. */
const NOTICE_FOURS = new Uint8Array(NOTICE_SLOTS);
for (const p of NOTICE_PHRASES)
  if (p.length < 4) NOTICE_FOURS.fill(1);
  else NOTICE_FOURS[fourAt(p, 0)] = 1;

/** A server's error printed in the page: `Warning: … in /www/htdocs/…/file.php on line 58` (folded). */
const SERVER_ERROR =
  /^(?:warning|notice|deprecated|fatal error|parse error): [^\n]{0,250} on line \d/;

/** A time-stamp line: `Updated at 1:23 p.m.`, `Updated 5:27 am CST, Wednesday, November 20, 2019`, `Mis à jour à 10h05` (folded). */
const STAMP =
  /^(?:last )?(?:updated|published|posted|mis a jour|publie|aktualisiert|actualizado|publicado|aggiornato)(?: (?:at|on|le|a|am|um|el|il))? \d{1,2}[:h.]\d{2}(?: ?[ap]\.?m\.?)?(?:[ ,][^.!?]{0,50})?$/;
/** A gallery's counter: `Image 1 of / 8`, `Photo 3 of 12`, `Bild 2 von 5`. */
const GALLERY_COUNTER = /^(?:image|photo|picture|slide|bild|foto) \d{1,3} (?:of|von|sur|de)\b/;
/**
 * A reader's feedback or share prompt under the article (folded): `War der
 * Artikel nützlich?`, `Was this post helpful?`, `Möchten Sie den Artikel
 * teilen?`, `Would you like to share this article?`, `Cet article vous a-t-il été utile ?`.
 */
const FEEDBACK_PROMPT =
  /^¿?(?:(?:war|was|fanden sie|fandest du|fand(?:en)? sie|did you find) (?:dieser|diesen|der|den|das|this|the) (?:artikel|beitrag|article|post|story|page|seite|text) (?:hilfreich|nutzlich|helpful|useful|interessant)|(?:mochten sie|mochtest du) (?:den|diesen) (?:artikel|beitrag) teilen|(?:want to|would you like to) share (?:this|the) (?:article|post|story)|(?:cet|cette) (?:article|page) vous a-t-(?:il|elle) ete utile|(?:gefallt|gefiel) (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag)|did you (?:like|enjoy) (?:this|the) (?:article|post|story)|vous avez aime cet article|(?:te|le) ha gustado este articulo) ?\?$/;
/** A gallery's counter without its label: `1 of 33`, `3 von 12`, `2 sur 8`. */
const BARE_COUNTER = /^\d{1,3} (?:of|von|sur|de|di|van) \d{1,3}$/;
/** A gallery's size alone, the label of a link to it: `14 Bilder`, `12 photos`, `12 foto`, `24 صورة` (folded). */
const GALLERY_SIZE =
  /^\d{1,3} (?:bilder|fotos?|photos|images|immagini|imagenes|imagens|pictures|pics|slides|صورة|صور)$/;
/** Whether a folded line is a gallery's size alone (`14 Bilder`, `12 photos`). */
export const isGallerySize = (f: string): boolean => f.length <= 16 && GALLERY_SIZE.test(f);
/** A citation line of a science news site: `Citation: Title (2019, November 18) retrieved … from https://…`. */
const CITATION = /^citation: [^\n]{0,300} retrieved [^\n]{0,40} from https?:/;
/**
 * A news agency's closing credit line in parentheses: `(Reporting by X; Editing by Y)`, `(Additional reporting by Z.)`,
 * French `(Reportage X; version française Y)` (folded).
 */
const WIRE_CREDIT =
  /^\((?:(?:additional )?(?:reporting|writing|editing|compiled|research) by|reportage) [^()]{1,280}\)\.?$/;

/** A number alone, thousands grouped or not (`22`, `2,345`, `1 234 567`). */
const COUNT_ONLY = /^\d{1,3}(?:[,.\u00a0\u202f ]\d{3}){0,2}$/;
/** Longest such number. */
const COUNT_MAX = 11;

/**
 * Whether a block is a number alone (`22`, `2,345`): above the article's
 * first paragraph, a view or comment counter; inside the body it may be a
 * list's or a table's own (a score, a step), so callers ask only there.
 */
export function isCountOnly(text: string): boolean {
  const t = text.trim();
  return t.length <= COUNT_MAX && COUNT_ONLY.test(t);
}

/** Longest line checked against the furniture phrases. */
const FURNITURE_MAX = 120;

/** A body block that is furniture or a notice, its text folded once for both checks (or `folded` given). */
export function isFurnitureBlock(text: string, heading: boolean, folded?: string): boolean {
  if (text.length > NOTICE_MAX) return false;
  const f = folded ?? fold(text);
  if (f.length <= READING_TIME_MAX && READING_TIME.test(f)) return true;
  // The line-start patterns below open with few characters: each is tried only after one of its own.
  const first = OPENERS[f.charCodeAt(0)] ?? 0;
  return (
    (text.length < FURNITURE_MAX && isFurnitureLine(text, heading, f)) ||
    isNoticeLine(text, f) ||
    ((first & 1) !== 0 && FIGURE_CAPTION.test(f)) ||
    ((first & 2) !== 0 && SERVER_ERROR.test(f)) ||
    ((first & 4) !== 0 && CITATION.test(f)) ||
    ((first & 8) !== 0 && WIRE_CREDIT.test(f)) ||
    (f.length <= 80 &&
      (((first & 16) !== 0 && STAMP.test(f)) || ((first & 32) !== 0 && GALLERY_COUNTER.test(f))))
  );
}

/** A reading or listening time alone (`2 min`, `3 min read`, `4 min de lecture`, `5 دقائق`), folded. */
const READING_TIME =
  /^(?:\d{1,3} ?(?:min|mins|minutes?)(?: (?:read|de lecture|lesezeit|di lettura|de leitura|de lectura))?|\d{1,3} (?:دقائق|دقيقة)(?: للقراءة)?)$/u;
/** Longest line {@link READING_TIME} reads. */
const READING_TIME_MAX = 30;

/**
 * For each ASCII code, which of the patterns of {@link isFurnitureBlock} may
 * start with it: 1 caption, 2 server error, 4 citation, 8 wire credit,
 * 16 time stamp, 32 gallery counter (their first characters, folded text).
 */
const OPENERS = new Uint8Array(128);
for (const [bit, firsts] of [
  [1, 'afgspbi'],
  [2, 'wndfp'],
  [4, 'c'],
  [8, '('],
  [16, 'lupma'],
  [32, 'ipsbf'],
] as const)
  for (const c of firsts) OPENERS[c.charCodeAt(0)] = (OPENERS[c.charCodeAt(0)] ?? 0) | bit;

/** A date or clock time, with at most a few words around it (`Aktualisiert: 03.04.2020`, `05:28 Uhr`). */
const DATE_ONLY =
  /^(?:[\p{L}.]{1,20}:? ){0,3}(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [\p{L}]{3,12}\.? \d{4}|[\p{L}]{3,12}\.? \d{1,2},? \d{4})(?:,? (?:\p{L}{1,4} )?\d{1,2}[:h.]\d{2}(?: ?(?:uhr|h|am|pm|[\p{L}]{2,4}))?)?[.,]?$|^\d{1,2}[:h]\d{2}(?: ?(?:uhr|h|am|pm))?$/iu;

/** A job advertisement's gender marker closing a title (folded): single letters parted by slashes, `(h/f)`, `(m/w/d)`. */
const GENDER_MARK = /^\(\p{L}(?:\/\p{L}){1,2}\)$/u;

/** A photo credit closing a caption: `(mlharing / iStock.com)`, `| © Springer`, `© AFP`. */
function endsWithCredit(f: string): boolean {
  if (f.endsWith(')')) {
    const open = f.lastIndexOf('(');
    if (open < 0 || f.length - open > 80) return false;
    // A job title's gender marker (`(H/F)`, `(m/w/d)`), its parts single letters, credits no one.
    return (
      (f.lastIndexOf('/') > open && !GENDER_MARK.test(f.slice(open))) ||
      CREDIT_LABEL.test(f.slice(open + 1, open + 12))
    );
  }
  const c = f.lastIndexOf('©');
  if (c < 0 || f.length - c > 60) return false;
  for (let i = c + 1; i < f.length; i++) if ('.!?|'.includes(f.charAt(i))) return false;
  return true;
}

/** A post's meta line opening: `Posted on`, `Published`, `Veröffentlicht am`, `Publié le` (folded). */
const POSTED =
  /^(?:posted|published|written|geschrieben|veroffentlicht|publie|publicado|pubblicato|diposting|gepost)(?: (?:on|am|le|el|il|pada|op))? /;
/** What may follow the date on such a line: its author (`by Admin`, `von Redaktion`), at most four words. */
const POSTED_BY = /^,? ?(?:(?:by|von|par|por|di|oleh|door) [^.!?]{1,40})?$/;

/** A post's meta line: `Posted on March 3, 2020 by Admin`, `Veröffentlicht am 12.03.2020 von Redaktion`. */
function isPostedLine(text: string, f: string): boolean {
  if (text.length > 80 || !POSTED.test(f)) return false;
  const date = findTextDates(text)[0];
  if (!date) return false;
  const rest = fold(text.slice(date.end)).trim();
  return POSTED_BY.test(rest) && rest.split(' ').length <= 5;
}

/** What may close a furniture line after its phrase: `Partager :`, `Read more »`. */
const CLOSING_MARKS = `:.!»›>${SPACES}`;

/** The longest of {@link EXACT}: a longer string is none of them, and is not looked up (which would hash it). */
const EXACT_LONGEST = Math.max(0, ...[...EXACT].map((e) => e.length));

/** Whether a folded line is one of {@link EXACT}, as it is or without its closing marks. */
function isExactLine(f: string): boolean {
  if (f.length <= EXACT_LONGEST && EXACT.has(f)) return true;
  const end = trimmedEnd(f, CLOSING_MARKS);
  return end < f.length && end <= EXACT_LONGEST && EXACT.has(f.slice(0, end));
}

/** True when a short line is page furniture rather than article text; a heading may end with a colon. */
export function isFurnitureLine(text: string, heading = false, folded?: string): boolean {
  const f = folded ?? fold(text);
  if (isExactLine(f)) return true;
  if (startsWithFurniture(f)) return true;
  // Both of DATE_ONLY's alternatives need an ASCII digit (`\d` is ASCII under `u`): one native search first.
  if (f.length <= 60 && holdsAsciiDigit(f) && DATE_ONLY.test(f)) return true;
  if (f.length <= 60 && f.endsWith('?') && FEEDBACK_PROMPT.test(f)) return true;
  // A gallery's counter alone: `1 of 33`, `3 von 12`.
  if (f.length <= 12 && BARE_COUNTER.test(f)) return true;
  if (isGallerySize(f)) return true;
  if (endsWithCredit(f) || (f.includes('/') && creditOnly(f))) return true;
  if (f.includes('|') && PIPES.test(f) && hasTextDate(text)) return true;
  if (isPostedLine(text, f)) return true;
  // A label waiting for its value: `Quellenangaben:`, `Titelbild:`.
  if (!heading && f.length <= 30 && f.endsWith(':') && !f.includes(' ', f.indexOf(' ') + 1))
    return true;
  return false;
}

/**
 * Headings that open a list of other articles after the body: `More from X`,
 * `Related`, `Read next`, `Lire aussi`, `Mehr zum Thema`… (folded); `More Opinion`, `Other tech news`
 * and their kin are read by {@link teaserWords}.
 */
const TEASER_HEADING =
  /^(?:more (?:from|on|about|stories|news|articles|in|washington)|more$|related|recommended|read (?:more|next|also)|also read|you (?:may|might) (?:also )?(?:like|enjoy)|most (?:read|popular|viewed|shared)|trending|popular|latest (?:news|stories|articles|posts|headlines)|recent (?:news|stories|articles|posts)|top (?:stories|headlines)|editor'?s picks|don'?t miss|see also|further reading|weitere (?:artikel|beitrage|nachrichten|themen)|schon gelesen|entdecke weitere|temas relacionados|noticias relacionadas|mehr (?:zum thema|aus|von|zu|artikel|nachrichten)|das konnte (?:dich|sie) auch interessieren|auch interessant|lesen sie (?:auch|mehr)|lire aussi|a lire aussi|a lire egalement|sur le meme sujet|dans la meme rubrique|les plus lus|plus d'articles|voir aussi|articles? (?:similaires|lies|recommandes)|اقرا ايضا|مواضيع ذات صلة|اخبار ذات صلة|الاكثر قراءة)/u;

/** Words closing `More … stories` and `Other … news` (the second takes no `reads`). */
const MORE_CLOSERS = /* @__PURE__ */ phrases('stories|news|articles|reads|columns|posts');
const OTHER_CLOSERS = /* @__PURE__ */ phrases('stories|news|articles|columns|posts');
const LETTERS = /^\p{L}+$/u;

/**
 * The teaser headings {@link TEASER_HEADING} leaves to code: `more` and a word
 * (`More Opinion`), `more` then one to three words and a closer (`More Fox
 * News stories`), `other` then up to two words and a closer (`Other tech
 * news`), each word of 2–20 letters. As pattern repeats of a letter class
 * (`(?:\p{L}{2,20} ){1,3}`) V8 compiled them once per repeat, 15–25 ms at a
 * process's first two-byte line.
 */
function teaserWords(f: string): boolean {
  const more = f.startsWith('more ');
  if (!more && !f.startsWith('other ')) return false;
  const words = f.slice(more ? 5 : 6).split(' ');
  const last = words.length - 1;
  const word = (w: string | undefined) =>
    w !== undefined && LETTERS.test(w) && lettersWithin(w, 2, 20);
  if (more && last === 0) return word(words[0]);
  if (last < (more ? 1 : 0) || last > (more ? 3 : 2)) return false;
  if (!(more ? MORE_CLOSERS : OTHER_CLOSERS).includes(words[last] ?? '')) return false;
  for (let i = 0; i < last; i++) if (!word(words[i])) return false;
  return true;
}

/** The first two characters of every line {@link TEASER_HEADING} or {@link teaserWords} opens, read off the pattern's source (undefined: no gate). */
const TEASER_OPENINGS = /* @__PURE__ */ withOther(patternOpenings(TEASER_HEADING));

/** `openings` and the head of `other` (`more` is the pattern's own). */
function withOther(openings: ReadonlySet<number> | undefined): ReadonlySet<number> | undefined {
  return openings && new Set([...openings, headCode('ot')]);
}

/**
 * Whether a line whose fold opens with `head` (its first two characters, see
 * `foldHeadCode`) may be a teaser heading: false only where
 * {@link isTeaserHeading} is false, so a caller can turn a line down before folding it.
 */
export function mayOpenTeaserHeading(head: number): boolean {
  return TEASER_OPENINGS === undefined || TEASER_OPENINGS.has(head);
}

/** True when a short heading announces teasers of other articles rather than a section of this one. */
export function isTeaserHeading(text: string, folded?: string): boolean {
  if (text.length > 40) return false;
  const f = folded ?? fold(text);
  // `Related post: Pickled Sprouts` links one article inline: not a section of teasers.
  const colon = f.indexOf(':');
  if (colon >= 0 && colon < f.length - 1) return false;
  return !spacesAtLeast(f, 6) && (TEASER_HEADING.test(f) || teaserWords(f));
}

/** True when a folded line opens like a heading over other articles (`Related coverage from …:`), whatever its length. */
export function opensLikeTeaserHeading(f: string): boolean {
  return TEASER_HEADING.test(f) || teaserWords(f);
}
