/**
 * Recognisers for the parts of a newsletter's sign-up box as crawlers print
 * it inside an article: its heading (`Recevez notre newsletter`, `Get our
 * newsletter`, `Sign up for our morning briefing`, `اشترك في نشرتنا
 * البريدية`) and the line of its form (an empty field, a button: `[      ]
 * Je m’inscris`, `Sign up`, `(BUTTON) اشترك`). The pitch between them is a
 * sentence like the article's; only the box's frame tells it (read by the
 * text pipeline, `article/text/body-boxes.ts`). Words are data, folded.
 */

import { holdsFormField } from '../input/form-fields.js';
import { containsTest } from '../text/contains.js';
import { fold, foldHeadCode, headCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';
import { addressesReader } from './appeals.js';

/** Longest line read as a box's heading. */
export const MAX_NEWSLETTER_HEADING = 90;

/**
 * The raw gate of a box's heading (case aside): a newsletter's name or a
 * verb of signing up. A test checks every word of {@link HEADING_WORDS} and
 * {@link SIGN_UP_STARTS} passes it.
 */
const HEADING_GATE =
  /newsletter|infolettre|lettre d|nieuwsbrief|bolet[ií]n|briefing|rundbrief|نشر|sign ?up|subscri|abonn|inscri|iscriviti|suscr|assine|inscreva|anmeld|اشترك|melde|inbox|bo[iî]te mail|postfach/i;

/** Words naming a newsletter or the mailbox it goes to, folded: the heading holds one (`Recevez notre newsletter`). */
export const HEADING_WORDS: readonly string[] = /* @__PURE__ */ phrases(
  "newsletter|infolettre|lettre d'information|lettre d'info|nieuwsbrief|boletin|briefing|rundbrief|" +
    'نشرتنا|النشرة البريدية|النشرة الإخبارية|النشرة الاخبارية|' +
    // The reader's mailbox the box promises the news to (`Get local news in your inbox`, `… in Ihr Postfach`).
    'your inbox|votre boite mail|ihr postfach|dein postfach',
).map((w) => fold(w));

/** Verbs of signing up opening a heading, folded (`Abonnez-vous`, `Sign up for…`, `اشترك`). */
export const SIGN_UP_STARTS: readonly string[] = /* @__PURE__ */ phrases(
  'sign up|signup|subscribe|abonnez-vous|inscrivez-vous|melden sie sich|jetzt anmelden|suscribete|' +
    'suscribase|iscriviti|inscreva-se|assine|اشترك',
).map((w) => fold(w));

/** The newsletter words, in one pass. */
const holdsHeadingWord = containsTest(HEADING_WORDS);

/** True for a short line, no sentence, heading a newsletter's box; `folded` is its fold when the caller keeps one. */
export function isNewsletterHeading(text: string, folded?: string): boolean {
  if (text.length > MAX_NEWSLETTER_HEADING || text.endsWith('.') || !HEADING_GATE.test(text))
    return false;
  const f = folded ?? fold(text);
  return holdsHeadingWord(f) || SIGN_UP_STARTS.some((s) => f.startsWith(s));
}

/** A sign-up form's buttons that sign up and do nothing else, folded (`Je m’inscris`, `Sign up`, `Abonnieren`, `اشترك`). */
const SIGN_UP_BUTTONS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    "je m'inscris|je m'abonne|s'inscrire|s'abonner|sign up|sign me up|subscribe|subscribe now|" +
      'anmelden|abonnieren|jetzt anmelden|jetzt abonnieren|suscribirse|suscribirme|suscribete|iscriviti|' +
      'inscrever|inscreva-se|assinar|اشترك|اشترك الآن',
  ).map((w) => fold(w)),
);

/** A sign-up form's button, the whole line, folded: {@link SIGN_UP_BUTTONS} and the generic ones (`OK`, `Envoyer`, `Go`). */
const BUTTONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...SIGN_UP_BUTTONS,
  .../* @__PURE__ */ phrases(
    'valider|envoyer|ok|submit|send|go|join|absenden|enviar|invia|سجل|أرسل|إرسال',
  ).map((w) => fold(w)),
]);

/** The first two characters of every button's fold: a line opening otherwise is no button, and is not folded. */
const BUTTON_OPENINGS: ReadonlySet<number> = new Set([...BUTTONS].map(headCode));

/** Longest line read as a form's button. */
const MAX_BUTTON = 40;

/** Longest line read as a form's line (a field, its label and its button). */
export const MAX_FORM_LINE = 160;

/** True for the line of a sign-up form: an empty field or a button, or a button's label alone; `folded` is its fold when the caller keeps one. */
export function isSignUpFormLine(text: string, folded?: () => string): boolean {
  if (text.length > MAX_FORM_LINE) return false;
  if (holdsFormField(text)) return true;
  // A button's label alone: short once its spacing is left out (chromium prints ` Sign up`).
  if (text.length > MAX_BUTTON + 8) return false;
  const t =
    text.charCodeAt(0) === 0x20 || text.charCodeAt(text.length - 1) === 0x20 ? text.trim() : text;
  if (t.length === 0 || t.length > MAX_BUTTON || !BUTTON_OPENINGS.has(foldHeadCode(t)))
    return false;
  const f = folded && t === text ? folded() : fold(t);
  return BUTTONS.has(
    f.endsWith('!') || f.endsWith('>') || f.endsWith('»') ? f.slice(0, -1).trimEnd() : f,
  );
}

/**
 * The raw gate of a box's pitch: subscribing or a newsletter named in the
 * sentence (`… consider becoming a free or paid subscriber.`, `Subscribe for
 * free to receive new posts`, `Abonnez-vous pour …`). Read only on the line
 * right over a sign-up form's line.
 */
const PITCH_GATE =
  /subscri|newsletter|infolettre|nieuwsbrief|abonn|suscri|iscriviti|assine|inscreva/i;

/** Whether a line is one sentence closed by a full stop that addresses the reader (`… para tu casa.`, `… in your inbox.`). */
function promise(text: string): boolean {
  return text.endsWith('.') && !/[.!?] /u.test(text) && addressesReader(fold(text));
}

/** Longest line read as a box's pitch. */
const MAX_PITCH = 300;
/** Longest pitch naming no subscription: a heading's line. */
const MAX_BARE_PITCH = 100;

/**
 * True for a sentence over a sign-up form that pitches the subscription (no
 * heading over it), when the form's line `form` ends with a sign-up button
 * (`Subscribe`, `____ (BUTTON) Subscribe`): any other button (`(BUTTON)
 * Comments` under a byline naming the author's newsletter) is no sign-up.
 */
export function isSignUpPitch(text: string, form: string): boolean {
  if (text.length > MAX_PITCH) return false;
  const gated = PITCH_GATE.test(text);
  // A pitch naming no subscription (`Recevez chaque matin l'essentiel de l'économie`) is a heading's line, no
  // sentence: it leaves over a button that signs up and does nothing else. So does a short sentence that
  // promises the reader what the form sends (`Recibe cada domingo una idea nueva para tu casa.`).
  if (!gated && (text.length > MAX_BARE_PITCH || (/[.:;,]$/u.test(text) && !promise(text))))
    return false;
  let i = form.length;
  while (i > 0 && !')]_'.includes(form[i - 1] ?? '')) i--;
  const button = form.slice(i).trim();
  if (button.length === 0 || button.length > MAX_BUTTON) return false;
  const f = fold(button);
  return gated ? BUTTONS.has(f) : SIGN_UP_BUTTONS.has(f);
}
