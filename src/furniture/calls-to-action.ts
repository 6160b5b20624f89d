/**
 * Recogniser for a call to action alone on its line: the label of a button or
 * of a link styled as one, as crawlers copy it under a promotion, an offer or
 * a teaser (`Mehr erfahren`, `Learn more`, `En savoir plus`, `Más
 * información`, `Jetzt herunterladen!`, `Zum Shop →`, `S'abonner`, `اعرف
 * المزيد`). No sentence of an article is such a label alone; the labels are
 * data, matched on the folded line once the arrows and marks around it are
 * set aside. Shared by both pipelines (`body-furniture.ts`).
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/**
 * Links that go on reading a teaser's article (`Weiterlesen`, `Leer más`),
 * folded: the read-more recogniser reads them too (`article/recognisers/read-more.ts`).
 */
export const READ_ON: readonly string[] = /* @__PURE__ */ phrases(
  'weiterlesen|weiter lesen|jetzt weiterlesen|mehr lesen|leer mas|seguir leyendo|leggi tutto|leggi di piu|' +
    'continua a leggere|leia mais|continue lendo|lees meer|lees verder|lire plus',
);

/** Button labels, folded (no diacritics, one apostrophe), in the language's usual forms. */
export const CALLS_TO_ACTION: readonly string[] = [
  ...READ_ON,
  ...phrases(
    // English
    'learn more|learn more here|find out more|discover more|more info|more information|see more|' +
      'view more|show more|click here|get started|start now|download now|download the app|get the app|' +
      'buy now|shop now|order now|book now|sign up now|register now|join now|donate now|try it free|' +
      'try it now|try for free|try it for free|start free trial|start your free trial|start a free trial|free trial|' +
      'view offer|see offer|get offer|' +
      // A travel blog's booking buttons under a tour's or a hotel's box.
      'check prices|check availability|check prices and availability|' +
      // A software company's sales buttons.
      'book a demo|request a demo|get a demo|schedule a demo|talk to sales|contact sales|' +
      // A club's or an association's membership buttons (`Mitglied werden`, `Adhérer`).
      'become a member|mitglied werden|jetzt mitglied werden|adherer|adherez|devenir membre|' +
      // German
      'mehr erfahren|jetzt mehr erfahren|hier mehr erfahren|mehr infos|mehr info|mehr informationen|' +
      'weitere infos|mehr dazu|mehr anzeigen|zum artikel|zum beitrag|hier klicken|jetzt herunterladen|' +
      'hier herunterladen|jetzt downloaden|zum download|zum shop|zum angebot|zum produkt|zur anmeldung|' +
      'jetzt anmelden|hier anmelden|jetzt registrieren|jetzt abonnieren|jetzt bestellen|hier bestellen|' +
      'jetzt kaufen|jetzt buchen|jetzt spenden|jetzt testen|kostenlos testen|jetzt kostenlos testen|jetzt entdecken|' +
      'jetzt lesen|' +
      // French
      "en savoir plus|en savoir|decouvrir|decouvrez|s'abonner|je m'abonne|abonnez-vous|s'inscrire|" +
      "je m'inscris|inscrivez-vous|telecharger|telecharger l'application|acheter|commander|j'en profite|" +
      "faire un don|je fais un don|voir l'offre|voir plus|plus d'infos|plus d'informations|cliquez ici|" +
      'reserver|essai gratuit|essayer gratuitement|' +
      // Spanish
      'mas informacion|mas info|saber mas|descubre mas|descubrir|descubre|ver mas|suscribete|suscribirse|' +
      'comprar|comprar ahora|descargar|registrate|dona ahora|haz clic aqui|' +
      // Italian
      'scopri di piu|maggiori informazioni|iscriviti|abbonati|acquista|acquista ora|scarica|' +
      // Portuguese
      'saiba mais|assine|assine ja|inscreva-se|compre agora|' +
      // Dutch
      'meer informatie|' +
      // Arabic (folded: no hamza on the alef)
      'اقرا المزيد|اعرف المزيد|اكتشف المزيد|المزيد من المعلومات|اشترك الان|سجل الان|حمل التطبيق|تبرع الان',
  ),
];

const LABELS: ReadonlySet<string> = new Set(CALLS_TO_ACTION);
/** Longest label: a longer line (its marks set aside) is none. */
const LONGEST = Math.max(...CALLS_TO_ACTION.map((l) => l.length));
/** Longest line read: a label with its arrows and marks. */
const MAX_LINE = LONGEST + 8;

/**
 * Marks around a button's label, folded: arrows and chevrons (`»` and `›`
 * fold to `"`), `+`, a bullet, an exclamation mark, dots, spaces.
 */
const MARKS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(' |"|>|<|+|!|.|…|-|*|•|→|⟶|➔|➜|➝|➞|➤|❯|▶|►|▸|⇾|⇒'),
);

/** Whether a line is a call to action alone (`Mehr erfahren`, `Learn more →`, `» En savoir plus`); `folded` gives its fold when the caller keeps it. */
export function isCallToAction(text: string, folded?: string): boolean {
  if (text.length > MAX_LINE) return false;
  const f = folded ?? fold(text);
  let from = 0;
  let to = f.length;
  while (from < to && MARKS.has(f.charAt(from))) from++;
  while (to > from && MARKS.has(f.charAt(to - 1))) to--;
  if (to - from > LONGEST || to === from) return false;
  return LABELS.has(from === 0 && to === f.length ? f : f.slice(from, to));
}
