/**
 * Recognisers for the lines of a comment thread, whatever the page's markup:
 * the heading that opens it (`12 Comments`, `Leave a Reply`, `Réagissez`,
 * `التعليقات`), a commenter's line (`jjfootball says:`), the buttons under a
 * comment (`Reply`, `Report`), votes and ratings (`Rating: 36 Votes`).
 * Shared by the text and HTML pipelines; phrases are data, matched on folded text.
 */
import { fold } from '../text/fold.js';

/** Headings that open a comment thread (folded, without a leading count). */
const HEADINGS = new Set([
  'comment',
  'comments',
  'comments (0)',
  'reader comments',
  'readers comments',
  "readers' comments",
  'responses',
  'replies',
  'discussion',
  'join the discussion',
  'join the conversation',
  'leave a reply',
  'leave a comment',
  'post a comment',
  'add a comment',
  'add comment',
  'write a comment',
  'schreibe einen kommentar',
  'deja una respuesta',
  'laisser une reponse',
  'deixe um comentario',
  'deixe uma resposta',
  'show comments',
  'view comments',
  'load comments',
  'commentaire',
  'commentaires',
  'vos commentaires',
  'reactions',
  'reagissez',
  'laisser un commentaire',
  'laissez un commentaire',
  'ajouter un commentaire',
  'poster un commentaire',
  'ecrire un commentaire',
  'kommentar',
  'kommentare',
  'kommentar schreiben',
  'comentarios',
  'comentario',
  'deja un comentario',
  'commenti',
  'lascia un commento',
  'reacties',
  'تعليق',
  'تعليقات',
  'التعليقات',
  'اضف تعليق',
  'أضف تعليق',
  'اترك تعليقا',
  'أترك تعليقا',
]);

/** The buttons and counters under one comment (folded, whole line). */
const COMMENT_CONTROLS = new Set([
  'reply',
  'report',
  'report abuse',
  'flag',
  'like',
  'dislike',
  'share',
  'permalink',
  'repondre',
  'signaler',
  'signaler un abus',
  'antworten',
  'melden',
  'responder',
  'rispondi',
  'رد',
  'الرد',
  'ابلاغ',
  'إبلاغ',
]);

/** The cancel link a blog prints inside its reply heading (`Leave a Reply Cancel reply`), folded. */
const CANCEL_REPLY = [
  ' cancel reply',
  ' annuler la reponse',
  ' antworten abbrechen',
  ' cancelar la respuesta',
  ' annulla risposta',
  ' cancelar resposta',
];

/** Words that say a comment count in a sentence (`There are 13 comments`), folded. */
const COUNT_LEADS = ['there are ', 'there is ', 'il y a ', 'es gibt ', 'hay '];

/** Longest line read as a thread heading or a commenter's line. */
const MAX_HEADING = 48;

/** Drops a leading or trailing count: `12 comments`, `comments (12)`, `comments: 12`. */
function withoutCount(f: string): string {
  let s = 0;
  while (s < f.length && ((f.charCodeAt(s) >= 0x30 && f.charCodeAt(s) <= 0x39) || f[s] === ' '))
    s++;
  let e = f.length;
  while (e > s && ' :()[]0123456789'.includes(f.charAt(e - 1))) e--;
  return f.slice(s, e);
}

/** True for the heading that opens a comment thread: `12 Comments`, `Leave a Reply`, `التعليقات (3)`. */
export function isCommentHeading(text: string, folded?: string): boolean {
  if (text.length > MAX_HEADING) return false;
  let f = folded ?? fold(text);
  if (HEADINGS.has(f)) return true;
  for (const cancel of CANCEL_REPLY) if (f.endsWith(cancel)) f = f.slice(0, -cancel.length);
  // `There are 13 comments`, `Il y a 2 commentaires`: a count said in a sentence.
  for (const lead of COUNT_LEADS) if (f.startsWith(lead)) f = f.slice(lead.length);
  const bare = withoutCount(f);
  if (HEADINGS.has(bare)) return true;
  // `12 thoughts on "Title"`: counted thoughts are comments; a headline may start with `Thoughts on`.
  if (bare !== f && /^thoughts? on /.test(bare)) return true;
  // `12 comments on "Title"`, `one response to "Title"`.
  const on = bare.search(/ (?:on|to|sur|zu|a) /);
  return on > 0 && HEADINGS.has(bare.slice(0, on));
}

/** Endings of a commenter's line, or of a comment's meta line with its reply button (folded). */
const COMMENTER_ENDS = [
  ' says:',
  ' said:',
  ' wrote:',
  ' a dit :',
  ' a dit:',
  ' a ecrit :',
  ' schrieb:',
  ' dice:',
  ' scrive:',
  '[ reply ]',
  '[reply]',
  '[ antworten ]',
  '[antworten]',
  '[ repondre ]',
];

/** True for a commenter's line (`jjfootball says:`, `Marie a dit :`): a comment thread runs here. */
export function isCommenterLine(text: string, folded?: string): boolean {
  if (text.length > 120) return false;
  const f = folded ?? fold(text);
  for (const end of COMMENTER_ENDS) if (f.endsWith(end)) return true;
  return false;
}

/** True for a commenter's line (`jjfootball says:`, `Marie a dit :`) or a comment's button (`Reply`). */
export function isCommentLine(text: string, folded?: string): boolean {
  if (text.length > 120) return false;
  const f = folded ?? fold(text);
  if (isCommenterLine(text, f)) return true;
  if (text.length > MAX_HEADING + 20) return false;
  if (COMMENT_CONTROLS.has(f) || COMMENT_CONTROLS.has(withoutCount(f))) return true;
  return (
    f.startsWith('rating:') ||
    (f.endsWith(' votes') && /\d/.test(f)) ||
    (f.startsWith('in reply to ') && f.length < 60)
  );
}
