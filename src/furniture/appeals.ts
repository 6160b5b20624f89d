/**
 * Recogniser for the appeals a site prints under its articles: sign up for
 * the newsletter, subscribe, download the app, follow us, support or donate
 * to the newsroom, tell us in the comments (`Wenn du per E-Mail über
 * Aktuelles informiert werden möchtest, melde dich für unseren Newsletter
 * an.`, `Abonnez-vous à notre lettre d'information`, `Support independent
 * journalism`). A sentence, not a button: the interface lines cover those.
 * Stems are data, matched on folded text; shared by both pipelines.
 */
import { containsTest } from '../text/contains.js';
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Stems of an appeal to the reader (folded). */
const APPEALS = /* @__PURE__ */ phrases(
  'newsletter|sign up for our|subscribe to our|subscribe now|support our journalism|' +
    'supporting our journalism|support independent journalism|support our work|' +
    // A thank-you for the reader's support (`Thank you for supporting Medical News Today`).
    'thank you for supporting|thanks for supporting|merci de soutenir|merci pour votre soutien|' +
    'danke fur ihre unterstutzung|danke, dass sie|gracias por apoyar|grazie per il tuo sostegno|donate now|' +
    'make a donation|download our app|download the app|follow us on|follow me on|keep up with me on|' +
    'get regular updates|folge mir auf|suivez-moi sur|besuchen sie unseren shop|let us know in the comments|' +
    'tell us in the comments|abonnieren sie|jetzt abonnieren|unterstutzen sie|unterstutze unsere|' +
    "folgen sie uns|in den kommentaren|ihre meinung zu diesem thema|abonnez-vous|lettre d'information|" +
    'inscrivez-vous|soutenez notre|soutenez-nous|suivez-nous|telechargez notre application|' +
    'dites-nous en commentaire|suscribete|suscribase|siguenos en|descarga nuestra app|con tu suscripcion|' +
    'contamos con vos|cuenta con vos para|contamos contigo|' +
    // The appeal's lead-in to the reader who read to the end (`Si llegaste hasta acá...`, `If you've read this far`).
    "si llegaste hasta aca|si has llegado hasta aqui|if you've read this far|if you have read this far|" +
    "wenn sie bis hierhin gelesen haben|si vous avez lu jusqu'ici|iscriviti|seguici su|اشترك في نشرتنا|" +
    'تابعونا',
);

/** Whether a folded text holds one of {@link APPEALS} (one pass over it, not one search a stem). */
const holdsAppeal = containsTest(APPEALS);

/** Longest paragraph read as an appeal. */
const MAX_APPEAL = 400;

/**
 * Words that address the reader or speak for the site (folded, whole words): an appeal holds one (`sign up for
 * our newsletter`, `abonnez-vous à notre lettre`, `wenn du … abonnieren willst`, `con tu suscripción`). Words
 * that also read in the third person or as another language's word (`ihre`, `su`, `je`) are among them: a
 * sentence holding one is read as an appeal, as before. German `du` is French `du` too: see {@link GERMAN_WORDS}.
 */
const READER_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'you|your|yours|yourself|we|our|ours|us|vous|votre|vos|nous|notre|nos|tu|ton|ta|tes|te|toi|' +
      'sie|ihr|ihre|ihren|ihrem|ihrer|dich|dir|dein|deine|deinen|deinem|deiner|wir|uns|unser|unsere|' +
      'unseren|unserem|unserer|euch|euer|eure|usted|ustedes|tus|su|sus|nuestro|nuestra|nuestros|nuestras|' +
      'nosotros|tuo|tua|tuoi|tue|voi|vostro|vostra|noi|nostro|nostra|ci|ti|voce|seu|sua|nosso|nossa|' +
      'je|jij|jouw|u|uw|wij|ons|onze',
  ),
);

/** German words no French sentence holds (folded): with one of them, `du` addresses the reader. */
const GERMAN_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'der|die|das|den|dem|und|ist|nicht|ein|eine|mit|auf|wenn|kannst|willst|bist|hast',
  ),
);

/** Words of a folded text, letters only (`you've` reads `you`, `ve`). */
const WORD = /\p{L}+/gu;

/**
 * Whether a folded text addresses its reader or speaks for the site: it holds one of {@link READER_WORDS}, or
 * German `du` among German words. An appeal does; a story's sentence naming a newsletter (`Updates will be
 * published in the council's monthly newsletter.`, `… détaillés dans la lettre d'information du département`)
 * does not.
 */
export function addressesReader(folded: string): boolean {
  let du = false;
  let german = false;
  for (const m of folded.matchAll(WORD)) {
    const w = m[0];
    if (READER_WORDS.has(w)) return true;
    if (w === 'du') du = true;
    else if (GERMAN_WORDS.has(w)) german = true;
  }
  return du && german;
}

/** True for a short paragraph that appeals to the reader (newsletter, subscription, donation, app, comments). `folded`: `text` folded, if known. */
export function isReaderAppeal(text: string, folded?: string): boolean {
  if (text.length > MAX_APPEAL) return false;
  const f = folded ?? fold(text);
  return holdsAppeal(f) || followOnNetwork(f);
}

/** Verbs opening an invitation to follow someone (folded, with the space after them). */
const FOLLOW = /* @__PURE__ */ phrases(
  // Arabic: the imperatives `تابعنا` (follow us) and `تابعوا` (follow, to readers).
  'follow |suivez |folgen sie |folge |sigue a |siga a |segui |تابعنا |تابعوا ',
);
/**
 * The share targets but `x` (folded), in one pattern: the social networks, then the other targets a share bar
 * names (a test checks it against the share targets of furniture/interface.ts).
 */
export const SHARE_GATE =
  /facebook|twitter|instagram|youtube|linkedin|tiktok|threads|telegram|whatsapp|mastodon|bluesky|pinterest|reddit|flipboard|messenger|mail|فيسبوك|تويتر|واتساب|انستغرام|انستجرام|يوتيوب|لينكدان|تيليجرام|تليجرام|تلغرام|تيليغرام|ماسنجر/;
/** The networks' Arabic names in {@link SHARE_GATE}, from its first one on (`فيسبوك` … `تيليغرام`; `ماسنجر` after them). */
const ARABIC_NETWORKS = /* @__PURE__ */ phrases(SHARE_GATE.source).filter(
  (n) => /\p{Script=Arabic}/u.test(n) && n !== 'ماسنجر',
);
/**
 * Social networks an invitation to follow names (folded), anywhere after its verb: the first eleven entries of
 * {@link SHARE_GATE} and the networks' Arabic names.
 */
export const NETWORKS = [...phrases(SHARE_GATE.source).slice(0, 11), ...ARABIC_NETWORKS];
/** Longest invitation to follow read: a line, not a paragraph. */
const MAX_FOLLOW = 160;

/** `Follow Newsbeat on Instagram, Facebook…`, `Suivez Le Monde sur Twitter`: a line opening with `follow` that names a social network. */
function followOnNetwork(f: string): boolean {
  if (f.length > MAX_FOLLOW || !FOLLOW.some((v) => f.startsWith(v))) return false;
  return NETWORKS.some((n) => f.includes(n));
}

/** The reader's gift (folded): `your support`, `Ihr Beitrag`, `votre don`, `tu apoyo`. */
const READER_GIFT =
  /(?:^| )(?:your|votre|ton|ta|ihr|ihre|dein|deine|tu|su|vuestro|vuestra|il tuo|la tua|il suo|la sua|seu|sua) (?:support|contribution|donation|gift|don|soutien|beitrag|unterstutzung|spende|apoyo|aporte|donacion|contribucion|contributo|sostegno|donazione|apoio|doacao|contribuicao)(?: \p{L}{1,12})?,? (?:helps|help|hilft|helfen|aide|nous aide|permet|nous permet|ayuda|nos ayuda|permite|nos permite|aiuta|ci aiuta|permette|ci permette|ajuda|nos ajuda|ermoglicht|enables|allows|keeps|makes|sichert|garantit|garantiza)(?=[ ,.;:!]|$)/u;

/** The newsroom speaking of itself (folded, spaced): `us`, `our`, `uns`, `unsere`, `nous`, `notre`. */
const NEWSROOM =
  / (?:us|our|uns|unsere|unser|unseren|unserer|nous|notre|nos|nosotros|nuestro|nuestra|nuestros|nuestras|ci|noi|nostro|nostra|nos|nosso|nossa)[ ,.]/;

/** Imperatives asking for support (folded, as a sentence opens). */
const SUPPORT_ASKS = /* @__PURE__ */ phrases(
  // `Support for the plan grew…` opens with the noun: the English verb only before its object.
  'support our |support us|support independent |support local |support quality |support this |' +
    'unterstutzen sie |unterstutze |soutenez |soutiens |apoya |apoye |apoyanos|sostieni |sostenete |apoie |' +
    'ادعم|ادعمونا',
);
/** What support is asked for (folded): journalism, the newsroom, its work. */
const JOURNALISM = containsTest(
  /* @__PURE__ */ phrases(
    'journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|redaktion|redaction|newsroom|' +
      'our work|unsere arbeit|notre travail|nuestro trabajo|il nostro lavoro|o nosso trabalho|الصحافة',
  ),
);

/** Visiting the site's shop (folded): `Besuchen Sie unseren Fan-Shop!`, `Visit our store`. */
const SHOP_VISIT =
  /(?:^| )(?:visit our|besuchen sie unseren|besuche unseren|visitez notre|visite notre|visita nuestra|visita nuestro|visita il nostro|visite nossa|visite a nossa)(?: [\p{L}-]{1,20})? [\p{L}-]{0,20}(?:shop|store|boutique|tienda|negozio|loja)(?= |[.!]|$)/u;

/** A subscription (folded words): `Abo`, `abonnement`, `subscription`. */
const SUBSCRIPTION = containsTest(
  /* @__PURE__ */ phrases(
    ' abo | abo,| abo:| abos |abonnement|subscription|suscripcion|abbonamento|assinatura',
  ),
);
/** An issue of a print title (folded words): `Einzelheft`, `issue`, `numéro`, `e-paper`. */
const ISSUE = containsTest(
  /* @__PURE__ */ phrases(
    'einzelheft| heft|ausgabe|e-paper|epaper| issue|print edition|numero|edition papier|ejemplar|copia|' +
      'exemplar',
  ),
);
/** The reader told to order or read it (folded). */
const ORDER = containsTest(
  /* @__PURE__ */ phrases(
    'bestellen sie|lesen sie|sichern sie sich|holen sie sich|testen sie|order |get your|subscribe|commandez|' +
      'abonnez-vous|lisez|suscribete|suscribase|abbonati|assine',
  ),
);

/** Longest paragraph read as a support or shop appeal inside a body. */
const MAX_INNER_APPEAL = 300;

/**
 * True for a paragraph that asks the reader for money, wherever it stands in
 * the body: the reader's gift that helps the newsroom (`Ihr Beitrag hilft,
 * unsere Berichterstattung…`, `Your support helps us…`, `Votre don nous
 * permet…`), a sentence opening with a call to support journalism
 * (`Unterstützen Sie diese Form des Journalismus.`), a visit to the site's
 * shop (`Besuchen Sie unseren Fan-Shop!`), a subscription to its print title
 * (`… bestellen Sie es als Abo oder Einzelheft`). Narrower than
 * {@link isReaderAppeal}, which is read on the body's last paragraphs only.
 */
export function isMoneyAppeal(text: string, folded?: string): boolean {
  if (text.length > MAX_INNER_APPEAL) return false;
  const f = folded ?? fold(text);
  // One native search for a word some form needs (a gift, a shop, a subscription, journalism): most paragraphs hold none.
  if (!MONEY_GATE.test(f)) return false;
  const g = ` ${f} `;
  if (READER_GIFT.test(f) && NEWSROOM.test(g)) return true;
  if (SHOP_VISIT.test(f)) return true;
  if (SUBSCRIPTION(g) && ISSUE(g) && ORDER(g)) return true;
  return JOURNALISM(f) && asksSupport(f);
}

/**
 * Pieces of the words the forms above need, one of each form's at least: the
 * gift's nouns, the shop visit's verbs, the subscription's nouns, journalism
 * and the newsroom's work (pieces rarer than whole short words such as `don`
 * or `abo`, which `London` and `about` hold).
 */
const MONEY_GATE =
  /support|contribu|donat|donaz|donac|doac|gift| don[ ,.]|soutien|beitrag|unterstutz|spende|apoy|aporte|sosteg|apoio|visit|besuch|abo[ ,:]|abonn|subscri|suscri|abbonam|assinat|journalis|periodis|giornalis|jornalis|redakt|redact|newsroom|our work|unsere arbeit|notre travail|nuestro trabajo|nostro lavoro|nosso trabalho|ادعم|الصحافة/;

/** Whether a sentence of `f` opens with a call to support (its first, or one after `. `, `! `, `: `). */
function asksSupport(f: string): boolean {
  SENTENCE_GAP.lastIndex = 0;
  for (let i = 0; ; ) {
    for (const ask of SUPPORT_ASKS) if (f.startsWith(ask, i)) return true;
    const gap = SENTENCE_GAP.exec(f);
    if (!gap) return false;
    i = gap.index + 2;
  }
}

/** A sentence's end and the space after it (global: searched on from the last one). */
const SENTENCE_GAP = /[.!?:] /g;

/**
 * A call to sign a petition (folded): the reader's imperative to sign, a few
 * words at most, then the petition (`Unterzeichnen Sie jetzt die Petition!`,
 * `Sign our petition`, `Signez la pétition`, `Firma la petición`). A report on
 * a petition tells who signed it.
 */
const PETITION_CALL =
  /(?:^|[.!?:] )(?:sign|unterzeichnen sie|unterschreiben sie|unterzeichne|unterschreibe|signez|signe|firma|firme|firmate|assine)(?: [\p{L}'-]{1,12}){0,2} (?:petition|petitions|peticion|petizione|peticao|عريضة)(?=[ ,.;:!]|$)/u;

/** Longest paragraph read as a call to sign a petition. */
const MAX_PETITION_CALL = 200;

/** True for a short paragraph that asks the reader to sign a petition. */
export function isPetitionCall(text: string, folded?: string): boolean {
  if (text.length > MAX_PETITION_CALL) return false;
  const f = folded ?? fold(text);
  // The petition's word, by a native search for each of its stems, before the call is read.
  if (!(f.includes('petit') || f.includes('petic') || f.includes('petiz') || f.includes('عريضة')))
    return false;
  return PETITION_CALL.test(f);
}
