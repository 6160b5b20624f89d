/**
 * Recognisers for the lines of a comment thread, whatever the page's markup:
 * the heading that opens it (`12 Comments`, `Leave a Reply`, `Réagissez`,
 * `التعليقات`), a commenter's line (`jjfootball says:`), the buttons under a
 * comment (`Reply`, `Report`), votes and ratings (`Rating: 36 Votes`).
 * Shared by the text and HTML pipelines; phrases are data, matched on folded text.
 */
import { fold, headCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Headings that open a comment thread (folded, without a leading count). */
const HEADINGS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    "comment|comments|comments (0)|reader comments|readers comments|readers' comments|responses|replies|" +
      'discussion|join the discussion|join the conversation|leave a reply|leave a comment|post a comment|' +
      'add a comment|add comment|write a comment|schreibe einen kommentar|schreibe eine antwort|' +
      'hinterlasse einen kommentar|hinterlasse eine antwort|lascia una risposta|deja una respuesta|' +
      'laisser une reponse|deixe um comentario|deixe uma resposta|show comments|view comments|load comments|' +
      'commentaire|commentaires|vos commentaires|reactions|vos reactions|reagissez|laisser un commentaire|' +
      'laissez un commentaire|ajouter un commentaire|poster un commentaire|ecrire un commentaire|kommentar|' +
      'kommentare|kommentar schreiben|kommentar verfassen|comentarios|comentario|deja un comentario|commenti|lascia un commento|' +
      'reacties|' +
      // A shop's reviews under its product: customers' comments on it.
      'kundenbewertungen|kundenrezensionen|customer reviews|avis clients|avis des clients|opiniones de clientes|' +
      'valoraciones de clientes|recensioni dei clienti|klantbeoordelingen|' +
      'تعليق|تعليقات|التعليقات|تعليقات الزوار|تعليقات القراء|آراء القراء|اضف تعليق|اترك تعليقا',
  ).map((h) => fold(h)),
);

/** The first word of each heading above. */
const HEADING_STARTS: ReadonlySet<string> = new Set([...HEADINGS].map((h) => h.split(' ')[0] ?? h));

/** Headings that open a thread only with their count (`11 Antworten zu „…“`, `3 réponses à …`): alone, they are reply buttons (folded). */
const COUNTED_HEADINGS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'antworten|reponses|respuestas|risposte|respostas|' +
      // Blog engines' thread headings (`3 Gedanken zu „…“`, `2 réflexions sur « … »`), and their singular
      // after a count written as a word (`Ein Gedanke zu „…“`, `One response to “…”`, `Una risposta a “…”`).
      'gedanken|gedanke|antwort|response|thought|reflexions|reflexion|respuesta|risposta|resposta|commento',
  ),
);

/**
 * A count written as a word, as blog engines print a thread of one (`Ein
 * Gedanke zu „…“`, `One thought on “…”`, `Une réflexion sur « … »`), folded
 * with its space: read as a count only before a heading and a quoted title.
 */
const WORD_COUNTS = /* @__PURE__ */ phrases('one |ein |eine |un |une |una |uno |um |uma |een ');

/** Whether a line opens with one of {@link WORD_COUNTS}, case aside (reads its first five characters only). */
function opensWithWordCount(text: string): boolean {
  // Each count opens with `o`, `e` or `u`, which no other character lower-cases to: most lines stop here, unsliced.
  const c = text.charCodeAt(0) | 0x20;
  if (c !== 0x6f && c !== 0x65 && c !== 0x75) return false;
  const head = text.slice(0, 5).toLowerCase();
  for (const w of WORD_COUNTS) if (head.startsWith(w)) return true;
  return false;
}

/** The word between a thread's heading and the title it quotes (`12 comments on "…"`, `11 Antworten zu „…“`). */
const ON_TITLE = / (?:on|to|sur|zu|auf|a|en|su|op|em) /;
/** The same word right before the quoted title (folded quotes are `"`). */
const ON_QUOTED_TITLE = / (?:on|to|sur|zu|auf|a|en|su|op|em) "/;

/** The buttons and counters under one comment (whole line), folded when loaded. */
const COMMENT_CONTROLS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'reply|report|report abuse|flag|like|dislike|share|permalink|repondre|signaler|signaler un abus|' +
      'antworten|melden|responder|rispondi|رد|الرد|ابلاغ',
  ).map((c) => fold(c)),
);

/** A post's reply buttons (folded): an action row holds one. */
const REPLY_BUTTONS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('reply|repondre|antworten|responder|rispondi|رد').map((c) => fold(c)),
);

/** Quote buttons of a forum's post (folded), beside its reply button. */
const QUOTE_BUTTONS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('quote|zitieren|citer|citar|cita').map((c) => fold(c)),
);

/** Most buttons read as one post's action row. */
const MAX_ACTIONS = 6;

/**
 * True for a post's action row: two to six buttons on one line, a reply
 * button among them (`Like Quote Reply`, `Zitieren Antworten Melden`), as a
 * forum prints one under each post. `folded` is `text`'s fold when the caller
 * has it (a block's kept fold).
 */
export function isPostActionRow(text: string, folded?: string): boolean {
  if (text.length > MAX_HEADING) return false;
  const words = (folded ?? fold(text)).split(' ');
  if (words.length < 2 || words.length > MAX_ACTIONS) return false;
  let reply = false;
  for (const w of words) {
    if (REPLY_BUTTONS.has(w)) reply = true;
    else if (!COMMENT_CONTROLS.has(w) && !QUOTE_BUTTONS.has(w)) return false;
  }
  return reply;
}

/** The cancel link a blog prints inside its reply heading (`Leave a Reply Cancel reply`), folded. */
const CANCEL_REPLY = /* @__PURE__ */ phrases(
  ' cancel reply| annuler la reponse| antworten abbrechen| antwort abbrechen| cancelar la respuesta| annulla risposta|' +
    ' cancelar resposta',
);

/** Words that say a comment count in a sentence (`There are 13 comments`), folded. */
const COUNT_LEADS = /* @__PURE__ */ phrases('there are |there is |il y a |es gibt |hay ');

/** Longest line read as a thread heading or a commenter's line. */
const MAX_HEADING = 48;
/** Longest counted heading that quotes the article's title (`11 Antworten zu „…“`). */
const MAX_TITLED_HEADING = 240;

/**
 * Whether a line may be a counted heading quoting the article's title, which
 * makes it longer than other headings: a count first, a quotation mark later
 * (`12 thoughts on “…”`, `3 réponses à « … »`).
 */
export function countedOnTitle(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    ((c >= 0x30 && c <= 0x39) || opensWithWordCount(text)) &&
    text.length <= MAX_TITLED_HEADING &&
    QUOTE.test(text)
  );
}

/** An opening quotation mark. */
const QUOTE = /["“„«‘']/;

/**
 * The first two characters (as one number, `a * 65536 + b`, see `headCode`) of
 * every string a heading can open with once its leading count is skipped: the
 * headings, the counted headings, `thought` and the count leads (all of two
 * characters or more). {@link isCommentHeading} accepts nothing else, so a
 * line opening otherwise is turned down at once.
 */
const HEADING_OPENINGS: ReadonlySet<number> = new Set(
  [...HEADINGS, ...COUNTED_HEADINGS, ...WORD_COUNTS, ...COUNT_LEADS].map(headCode),
);

/**
 * Whether a line whose fold opens with `head` (its first two characters, see
 * `foldHeadCode`) may be a thread's heading: false only where
 * {@link isCommentHeading} is false, so a caller can turn a line down before
 * folding it. A head opening with a digit (a count, skipped there) is not ruled out.
 */
export function mayOpenCommentHeading(head: number): boolean {
  // A fold of fewer than two characters opens no heading (every opening has two).
  if (head < 0) return false;
  const a = Math.floor(head / 65536);
  return (a >= 0x30 && a <= 0x39) || a === 0x20 || HEADING_OPENINGS.has(head);
}

/** Drops a leading or trailing count: `12 comments`, `comments (12)`, `comments: 12`. */
function withoutCount(f: string): string {
  let s = 0;
  while (s < f.length && ((f.charCodeAt(s) >= 0x30 && f.charCodeAt(s) <= 0x39) || f[s] === ' '))
    s++;
  let e = f.length;
  while (e > s && isCountMark(f.charCodeAt(e - 1))) e--;
  return s === 0 && e === f.length ? f : f.slice(s, e);
}

/** A character a trailing count is written with: a digit, a space, `:`, `(`, `)`, `[` or `]`. */
function isCountMark(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    c === 0x20 ||
    c === 0x3a ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x5b ||
    c === 0x5d
  );
}

/** True for the heading that opens a comment thread: `12 Comments`, `Leave a Reply`, `التعليقات (3)`. */
export function isCommentHeading(text: string, folded?: string): boolean {
  if (text.length > MAX_HEADING && !countedOnTitle(text)) return false;
  let f = folded ?? fold(text);
  // Gate: the two characters after a leading count (see HEADING_OPENINGS).
  let s = 0;
  while (s < f.length && ((f.charCodeAt(s) >= 0x30 && f.charCodeAt(s) <= 0x39) || f[s] === ' '))
    s++;
  if (!HEADING_OPENINGS.has(f.charCodeAt(s) * 65536 + f.charCodeAt(s + 1))) return false;
  if (HEADINGS.has(f)) return true;
  for (const cancel of CANCEL_REPLY) if (f.endsWith(cancel)) f = f.slice(0, -cancel.length);
  // `There are 13 comments`, `Il y a 2 commentaires`: a count said in a sentence.
  for (const lead of COUNT_LEADS) if (f.startsWith(lead)) f = f.slice(lead.length);
  const bare = withoutCount(f);
  if (HEADINGS.has(bare)) return true;
  // Two headings run together (`Kommentare Schreibe einen Kommentar`: the thread's and its form's),
  // looked for only when the line's first word opens a heading.
  const space = bare.indexOf(' ');
  if (space > 0 && HEADING_STARTS.has(bare.slice(0, space)))
    for (let i = space; i > 0; i = bare.indexOf(' ', i + 1))
      if (HEADINGS.has(bare.slice(0, i)) && HEADINGS.has(bare.slice(i + 1))) return true;
  // `12 thoughts on "Title"`: counted thoughts are comments; a headline may start with `Thoughts on`.
  if (bare !== f && /^thoughts? on /.test(bare)) return true;
  const counted = bare !== f;
  if (counted && COUNTED_HEADINGS.has(bare)) return true;
  // `4 Comments. Leave new`, `1 Comment. Add yours`: a counted heading and its form's button after a full stop.
  const stop = bare.indexOf('. ');
  if (counted && stop > 0) {
    const head = bare.slice(0, stop);
    if (HEADINGS.has(head) || COUNTED_HEADINGS.has(head)) return true;
  }
  // `12 comments on "Title"`, `11 Antworten zu „Title“`.
  const on = bare.search(ON_TITLE);
  if (on > 0) {
    const head = bare.slice(0, on);
    if (HEADINGS.has(head) || (counted && COUNTED_HEADINGS.has(head))) return true;
  }
  // `Ein Gedanke zu „Title“`, `One response to “Title”`: a count written as a word, before a quoted title only.
  const word = counted ? undefined : WORD_COUNTS.find((w) => f.startsWith(w));
  if (word === undefined) return false;
  const titled = f.search(ON_QUOTED_TITLE);
  if (titled <= word.length) return false;
  const head = f.slice(word.length, titled);
  return HEADINGS.has(head) || COUNTED_HEADINGS.has(head);
}

/**
 * Phrases of a comment form, as blog engines and news themes print them
 * around its fields (folded): the consent box (`Save my name, email, and
 * website in this browser for the next time I comment.`), the notice over the
 * fields, the prompts and errors of the fields, the follow-up boxes. A form
 * closes the article: comments and their form never sit inside a body.
 */
const COMMENT_FORM = /* @__PURE__ */ phrases(
  'for the next time i comment|fur den nachsten kommentar|bis ich wieder kommentiere|' +
    'pour mon prochain commentaire|la proxima vez que comente|la prossima volta che commento|' +
    'a proxima vez que eu comentar|notify me of follow-up comments|notify me of new comments|' +
    'notify me of new posts by email|benachrichtige mich uber nachfolgende kommentare|' +
    'prevenez-moi de tous les nouveaux commentaires|avertissez-moi par e-mail des nouveaux commentaires|' +
    'avisame de los nuevos comentarios|your email address will not be published|' +
    'your email will not be published|e-mail-adresse wird nicht veroffentlicht|' +
    'votre adresse e-mail ne sera pas publiee|votre adresse de messagerie ne sera pas publiee|' +
    'direccion de correo electronico no sera publicada|il tuo indirizzo email non sara pubblicato|' +
    'o seu endereco de email nao sera publicado|please enter your comment|' +
    'you have entered an incorrect email address|bitte geben sie ihren kommentar ein|' +
    "sie haben eine falsche e-mail-adresse eingegeben|s'il vous plait entrer votre commentaire|" +
    'vous avez entre une adresse e-mail incorrecte|por favor ingrese su comentario|' +
    'por favor, introduce tu comentario|kommentieren sie den artikel|' +
    // The hosted blog's form: its e-mail field's note (`Email (required) (Address never made public)`), its follow-up boxes.
    'address never made public|adresse wird niemals veroffentlicht|adresse strictement confidentielle|' +
    'la direccion no se hara publica|benachrichtigung bei weiteren kommentaren per e-mail|' +
    'informiere mich uber neue beitrage per e-mail|notify me of new posts via email|' +
    // The notice of the account a comment is posted with (`Du kommentierst mit Deinem Facebook-Konto.`).
    'you are commenting using your|du kommentierst mit deinem|sie kommentieren mit ihrem|' +
    "vous commentez a l'aide de votre|estas comentando usando tu|stai commentando usando il tuo|" +
    // A comment policy's house rules.
    'we welcome reader comments|comments are moderated|comments will be moderated|' +
    'comments are subject to moderation|we ask that comments|les commentaires sont moderes|' +
    'les commentaires sont soumis a moderation|kommentare werden moderiert|los comentarios son moderados|' +
    'i commenti sono moderati|' +
    // Its warning that some comments will not go up (`Comentários ofensivos … não serão aprovados pelo moderador`).
    'comments will not be approved|will not be approved by the moderator|nao serao aprovados|' +
    'nao serao publicados|ne seront pas publies|ne seront pas valides|werden nicht freigeschaltet|' +
    'no seran publicados|no seran aprobados|non saranno pubblicati|لن يتم نشر عنوان بريدك|' +
    'في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي|بالتعليقات الجديدة عبر البريد',
);

/** Longest line read as a comment form's phrase. */
export const MAX_FORM_LINE = 240;
/** A word every phrase of {@link COMMENT_FORM} holds, read on the raw line: lines without one are not folded nor looked up. */
export const FORM_GATE = /[ck]om+ent|mail|messagerie|correo|بريد|تعليقي/i;
/**
 * The footer's rights notice gate and the comment form's in one pattern, for the body's wall (both read
 * the raw line, case aside): a line that passes neither alone fails both. Written out, as patterns are not
 * built at run time, here beside the two it joins (gzip reads it as theirs): a test checks it is
 * `RIGHTS_GATE`'s alternatives (furniture/rights.ts) then {@link FORM_GATE}'s.
 */
export const WALL_GATE =
  /r[eéèêë]\u0301?serv|echte|iritti|ح[\u0640\u064b-\u0652]*ق[\u0640\u064b-\u0652]*و[\u0640\u064b-\u0652]*ق|[ck]om+ent|mail|messagerie|correo|بريد|تعليقي/i;

/** The last line {@link FORM_GATE} was tested on, and its answer: the body's wall and furniture checks ask for the same line in turn. */
let gateLine = '';
let gateAnswer = false;

/** {@link FORM_GATE}'s answer for `text`, remembered for the last line asked. */
function passesFormGate(text: string): boolean {
  if (text !== gateLine) {
    gateLine = text;
    gateAnswer = FORM_GATE.test(text);
  }
  return gateAnswer;
}

/**
 * Records that `text` fails {@link FORM_GATE}, for a caller whose own wider
 * gate (one that passes every line FORM_GATE passes) turned it down: the
 * next check of the same line reads this answer instead of searching again.
 */
export function failsFormGate(text: string): void {
  gateLine = text;
  gateAnswer = false;
}

/** True for a line of a comment form: its consent box, its notice, a field's prompt or error. */
export function isCommentFormLine(text: string, folded?: string | (() => string)): boolean {
  if (text.length > MAX_FORM_LINE || text.length < 20 || !passesFormGate(text)) return false;
  const f = folded === undefined ? fold(text) : typeof folded === 'string' ? folded : folded();
  for (const phrase of COMMENT_FORM) if (f.includes(phrase)) return true;
  return false;
}

/** Endings of a commenter's line, or of a comment's meta line with its reply button (folded). */
const COMMENTER_ENDS = /* @__PURE__ */ phrases(
  ' says:| said:| wrote:| a dit :| a dit:| a ecrit :| schrieb:| dice:| scrive:|[ reply ]|[reply]|' +
    '[ antworten ]|[antworten]|[ repondre ]',
);
/** The last characters of {@link COMMENTER_ENDS} (`:` and `]`): a line ending otherwise is none. */
const COMMENTER_LAST: ReadonlySet<number> = new Set(
  COMMENTER_ENDS.map((end) => end.charCodeAt(end.length - 1)),
);

/**
 * Whether a line may be a commenter's line, by its last raw character: one of
 * printable ASCII (no space) folds to itself in lower case (a backtick to an
 * apostrophe) and ends the fold, so it must be the last character of one of
 * {@link COMMENTER_ENDS}; any other character is not ruled out. False only
 * where {@link isCommenterLine} is false, so a caller can skip the fold.
 */
export function mayEndCommenterLine(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (!(c > 0x20 && c < 0x7f)) return true;
  return COMMENTER_LAST.has(c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x60 ? 0x27 : c);
}

/**
 * A sentence's end inside a line: a lower-case word's stop and a capital after it (`… a new list. This is what I
 * wrote:`); a title's abbreviation (`Dr. Weber schrieb:`) is capitalised.
 */
const SENTENCE_INSIDE = /\p{Ll}\p{Ll}[.!?] \p{Lu}/u;

/**
 * True for a commenter's line (`jjfootball says:`, `Marie a dit :`): a comment thread runs here. A line going on
 * from a sentence is a paragraph introducing what follows (`… This is what I wrote:`), no commenter's.
 */
export function isCommenterLine(text: string, folded?: string): boolean {
  if (text.length > 120) return false;
  const f = folded ?? fold(text);
  if (!COMMENTER_LAST.has(f.charCodeAt(f.length - 1))) return false;
  for (const end of COMMENTER_ENDS) if (f.endsWith(end)) return !SENTENCE_INSIDE.test(text);
  return false;
}

/** True for a commenter's line (`jjfootball says:`, `Marie a dit :`) or a comment's button (`Reply`). */
export function isCommentLine(text: string, folded?: string): boolean {
  if (text.length > MAX_FORM_LINE) return false;
  const f = folded ?? fold(text);
  if (isCommentFormLine(text, f)) return true;
  if (text.length > 120) return false;
  if (isCommenterLine(text, f)) return true;
  if (text.length > MAX_HEADING + 20) return false;
  if (COMMENT_CONTROLS.has(f) || COMMENT_CONTROLS.has(withoutCount(f))) return true;
  return (
    f.startsWith('rating:') ||
    (f.endsWith(' votes') && /\d/.test(f)) ||
    (f.startsWith('in reply to ') && f.length < 60)
  );
}
