/**
 * Recogniser for a cookie-consent notice: the banner or dialog a site shows
 * before its page, which crawlers and browser copies keep as text, often at
 * the page's end and in long sentences (`En cliquant sur « OK TOUT ACCEPTER
 * », vous acceptez que ARTE RADIO et les tiers utilise des cookies…`,
 * `By clicking "Accept all", you agree to the storing of cookies on your
 * device…`). Three things together tell it from an article about cookies or
 * privacy law: a word for cookies or trackers, a word for consent or its
 * settings (or for privacy, the site speaking as `we`), and the reader
 * addressed (`you`, `vous`, `Sie`, `usted`) or told to click. Stems are data,
 * matched on folded text. Read by the text pipeline; the HTML pipeline drops
 * such banners by their element's dialog and consent class names
 * (`html/hints.ts`).
 */
import { containsTest } from '../text/contains.js';
import { fold } from '../text/fold.js';
import { prefixTest } from '../text/prefixes.js';
import { phrases, words } from '../util/tables.js';

/** Words for cookies and trackers (folded). */
const TRACKERS = /* @__PURE__ */ phrases(
  'cookie|traceur|tracker|tracking technolog|تعريف الارتباط|كوكيز',
);

/** Stems of the privacy a notice is about (folded): with the site speaking as `we`, a notice too. */
const PRIVACY = /* @__PURE__ */ phrases(
  'donnees personnelles|vie privee|confidentialite|personal data|privacy|datenschutz|personenbezogen|' +
    'datos personales|privacidad|dati personali',
);

/** The site speaking (folded, with the spaces around a pronoun). */
const SITE = /* @__PURE__ */ phrases(
  ' we | our | nous | nos | notre | wir | unsere| nosotros| nuestro| noi | nostr',
);

/** Stems of consent and its settings (folded). */
const CONSENT = /* @__PURE__ */ phrases(
  'accept|agree|consent|refus|reject|decline|parametr|preferenc|settings|akzeptier|zustimm|' +
    // The separable verb as notices address the reader (`… stimmen Sie der Verwendung von Cookies zu`, `stimmst du … zu`).
    ' stimmen sie | stimmst du | stimmt ihr |einwillig|einverstanden|ablehnen|einstellungen|acept|' +
    'consentimiento|rechaz|accett|consenso|rifiut|aceit|recus|قبول|رفض|موافق',
);

/** The reader addressed, or told to click (folded, with the spaces around a pronoun). */
const READER = /* @__PURE__ */ phrases(
  ' you | you,|your | vous | vos | votre | sie | ihre | ihr |' +
    // German's familiar address, as blogs write their notices (`damit wir Dir … bieten können`, `Wenn Du …`).
    ' du | dir | dich | dein| usted| su | sus | voi | vostr| você| voce |click|clique|klick|hacer clic|' +
    'haciendo clic|cliccando|' +
    // Arabic addresses the reader by a suffix: the verbs and nouns a notice gives it (`يمكنك`, `جهازك`).
    'يمكنك|جهازك',
);

/**
 * The site and its advertisers speaking together (folded), the phrase every
 * consent platform's notice opens with (`Nous et nos partenaires utilisons des
 * cookies…`, `We and our partners store…`): with a tracker, a notice.
 */
const PARTNERS = /* @__PURE__ */ phrases(
  'nous et nos partenaires|we and our partners|wir und unsere partner|nosotros y nuestros socios|' +
    'noi e i nostri partner|nos e os nossos parceiros|' +
    // Folded: the hamza seat `ؤ` reads as `و`.
    'نحن وشركاونا',
);

/** A consent dialog's acts (folded stems) besides refusing ({@link CHOICE_GATE}): accepting, choosing in the settings. */
const ACCEPTS = /* @__PURE__ */ phrases('accept|acept|accett|aceit|akzeptier|agree|قبول');
const SETTINGS = /* @__PURE__ */ phrases(
  'parametr|preferenc|settings|einstellung|personnalis|manage|gerer|اختيارات|اعدادات',
);

/**
 * The site telling the reader it uses them, as notices open (folded): `Tento web používá … soubory cookie`,
 * `Questo sito utilizza cookie`, `Deze website gebruikt cookies`. With a tracker named, a notice even with no
 * consent word and no reader addressed.
 */
const SITE_USES = /* @__PURE__ */ phrases(
  'this website uses|this site uses|ce site utilise|diese website verwendet|diese webseite verwendet|' +
    'diese website nutzt|questo sito utilizza|questo sito usa|este sitio web utiliza|este sitio utiliza|' +
    'este site utiliza|deze website gebruikt|deze site gebruikt|tento web pouziva|tento web vyuziva|' +
    'tato stranka pouziva|tyto stranky pouzivaji|ta strona uzywa|ta strona wykorzystuje|tama sivusto kayttaa|' +
    'denna webbplats anvander|denne nettsiden bruker|dette website bruger|ez a weboldal',
);

const hasTracker = containsTest(TRACKERS);
const siteUses = containsTest(SITE_USES);
const partnersSpeak = containsTest(PARTNERS);
const accepts = containsTest(ACCEPTS);
const setsUp = containsTest(SETTINGS);
const hasConsent = containsTest(CONSENT);
const hasPrivacy = containsTest(PRIVACY);
const siteSpeaks = containsTest(SITE);
const addressesReader = containsTest(READER);

/** Shortest line read as a consent notice (`Accept cookies` and such are interface lines). */
const MIN_LENGTH = 24;
/** Longest: a dialog's paragraph, not an article's. */
const MAX_LENGTH = 800;

/**
 * True when a line is a cookie-consent notice: it names cookies or trackers,
 * consent or its settings, and addresses the reader. `folded` is the line's
 * fold, or a function giving it, called only when the line names a tracker.
 */
export function isConsentNotice(text: string, folded?: string | (() => string)): boolean {
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) return false;
  // One raw look for the tracker words and the refusals together: most lines name neither, and are not folded for it.
  if (!EITHER_GATE.test(text)) return false;
  if (!TRACKER_GATE.test(text))
    return CHOICE_GATE.test(text) && offersChoices(spaced(text, folded));
  const f = spaced(text, folded);
  if (partnersSpeak(f) || (siteUses(f) && hasTracker(f))) return true;
  return hasTracker(f) && (hasConsent(f) || (hasPrivacy(f) && siteSpeaks(f))) && addressesReader(f);
}

/** The line's fold (given, computed by the caller's function, or folded here) with a space at each end, for whole-word phrases. */
function spaced(text: string, folded?: string | (() => string)): string {
  const given = typeof folded === 'function' ? folded() : folded;
  return ` ${given ?? fold(text)} `;
}

/** The reader told of the dialog's three choices (`Vous pouvez accepter, refuser ou paramétrer vos choix…`), no tracker named; `f` spaced. */
function offersChoices(f: string): boolean {
  return accepts(f) && setsUp(f) && addressesReader(f);
}

/** A refusal's stem as written, any case: the first of the three choices, looked for unfolded (most lines hold none). */
const CHOICE_GATE = /refus|reject|declin|rechaz|rifiut|recus|ablehn|رفض/i;

/** The tracker words as written, any case of their tails (`Cookies`, `COOKIES`, `traceurs`). */
const TRACKER_GATE = /ookie|OOKIE|raceur|RACEUR|racker|RACKER|تعريف الارتباط|كوكيز/;

/**
 * What a line needs to pass {@link TRACKER_GATE} or {@link CHOICE_GATE}, in one native search: the
 * alternatives of both, any case, so every line either passes passes this one.
 */
const EITHER_GATE =
  /ookie|raceur|racker|تعريف الارتباط|كوكيز|refus|reject|declin|rechaz|rifiut|recus|ablehn|رفض/i;

/**
 * Openings of a sign-up form's consent (folded): the act that gives it, as
 * the sentence opens with it (`By signing up, you agree…`, `Mit Absenden
 * meiner E-Mail-Adresse willige ich … ein`, `En vous inscrivant, vous
 * acceptez…`, `Al suscribirte aceptas…`), or the loading of an embedded
 * post that gives it (`By loading the video, you agree to…`, `Mit dem Laden
 * des Inhalts akzeptieren Sie…`).
 */
const CONSENT_OPENINGS = /* @__PURE__ */ phrases(
  'by signing up|by subscribing|by submitting|by clicking|by registering|by entering your|' +
    'by providing your|by loading|by playing|mit absenden|mit dem absenden|mit dem klick|mit klick auf|' +
    'mit der anmeldung|mit ihrer anmeldung|mit der registrierung|mit dem laden|mit dem abspielen|beim laden|' +
    'en vous inscrivant|en vous abonnant|en cliquant|en soumettant|en validant|en saisissant votre|' +
    'en renseignant votre|en chargeant|en affichant|al suscribirte|al suscribirse|al registrarte|' +
    'al registrarse|al hacer clic|al pulsar|al enviar|iscrivendoti|cliccando|ao se inscrever|ao clicar|' +
    'ao assinar|بالنقر|بالاشتراك|بالتسجيل',
);
const opensWithConsentAct = prefixTest(CONSENT_OPENINGS);

/** Consent given in the first person (folded line starts): `Ich willige ein`, `I agree to receive`, `J'accepte de recevoir`. */
const FIRST_PERSON_CONSENT = /* @__PURE__ */ phrases(
  'ich willige |hiermit willige ich|ich bin damit einverstanden|ich stimme |i agree to|i consent to|' +
    "i accept the|j'accepte |je consens|j'autorise |acepto |autorizo |accetto |acconsento|concordo |" +
    'aceito |أوافق على',
);
const opensWithFirstPersonConsent = prefixTest(FIRST_PERSON_CONSENT);

/** What a sign-up consent is about (folded): mail, newsletters, personal data, terms. */
const CONSENT_OBJECTS = /* @__PURE__ */ phrases(
  'mail|newsletter|datenschutz|daten|privacy|terms|donnees|confidentialite|conditions|datos|terminos|' +
    'privacidad|dati|condizioni|dados|termos|الخصوصية|الشروط|البريد',
);
const namesConsentObject = containsTest(CONSENT_OBJECTS);

/** Consent verbs of the sign-up and embed notices besides {@link CONSENT}'s (folded): `willige … ein`, `stimme … zu`. */
const GIVES_CONSENT = containsTest([...CONSENT, ...words('willige stimme توافق اوافق')]);

/** Longest sign-up or embed notice read: a form's paragraph or two of legal text. */
const MAX_FORM_NOTICE = 1000;

/**
 * True when a paragraph is the consent of a sign-up form or of an embedded
 * post: it opens with the act that gives it (`By signing up`, `Mit Absenden
 * meiner E-Mail-Adresse`, `En vous inscrivant`, `Mit dem Laden des Inhalts`)
 * and gives it (`you agree`, `willige ich … ein`, `vous acceptez`), or it
 * gives it in the first person about mail, data or terms (`Ich bin damit
 * einverstanden, dass … per E-Mail`, `I agree to the Terms`). An article's
 * sentence about consent is in the third person (`By clicking, users
 * agreed…`) and is told from both by its subject: the act must address the
 * reader or the writer.
 */
export function isFormConsent(text: string, folded?: string): boolean {
  if (text.length > MAX_FORM_NOTICE) return false;
  // The opening first, on the line's head alone when no fold is given: most paragraphs open otherwise.
  const head = folded ?? fold(text.slice(0, OPENING_READ));
  const firstPerson = opensWithFirstPersonConsent(head);
  if (!firstPerson && !opensWithConsentAct(head)) return false;
  const f = folded ?? fold(text);
  if (firstPerson) return namesConsentObject(f);
  const g = ` ${f.replace(PUNCTUATION, ' ')} `;
  return GIVES_CONSENT(g) && PERSON.test(g);
}

/** Characters of a paragraph's head folded for the openings above: the longest is shorter, marks and spacing aside. */
const OPENING_READ = 40;

/** Punctuation read as a word's end when the pronouns are looked for. */
const PUNCTUATION = /[,;:.!?()]/g;

/**
 * The reader or the writer, as the subject or owner of the act (folded,
 * spaced): `you`, `vous`, `Sie`, `du`, `tú` and `usted`, `I`, `ich`, `je`,
 * `my`, `meiner`; and the Arabic `you agree` (`فإنك`, `انك`). Not `click`,
 * which {@link READER} counts: a sentence about users who clicked is no notice.
 */
const PERSON =
  / (?:you|your|vous|votre|vos|sie|ihre|ihrer|du|dein|deine|deiner|tu|usted|aceptas|accetti|voce|i|ich|je|j'|yo|io|eu|my|mein|meine|meiner|meinen|mes|mon|ma|mis|mi|فانك|انك) /;

/** Verbs of clicking addressed to the reader (folded). */
const CLICK = containsTest(
  /* @__PURE__ */ phrases(
    'klicken sie|klicke |click |cliquez|haz clic|haga clic|pulsa |clicca|clique ',
  ),
);
/** Loading or showing something (folded): the embed's purpose. */
const LOAD = containsTest(
  /* @__PURE__ */ phrases(
    ' laden| anzeigen| aktivieren|to load|to show|to display|to view|pour charger|pour afficher|pour voir|' +
      'pour activer|para cargar|para ver|para mostrar|per caricare|per visualizzare|para carregar|para exibir',
  ),
);
/** What an embed loads (folded): content, a video, a map, a post from another site. */
const EMBEDDED = containsTest(
  /* @__PURE__ */ phrases(
    'inhalt|content|contenu|contenido|contenuto|conteudo|video|karte|map|carte|mapa|tweet|post|podcast',
  ),
);

/** Longest embed prompt read. */
const MAX_EMBED_PROMPT = 250;

/**
 * True when a line asks the reader to click to load an embedded post
 * (`Klicken Sie auf den unteren Button, um den Inhalt von www.x.de zu laden.`,
 * `Click here to load the video.`, `Cliquez pour afficher le contenu.`): a
 * click addressed to the reader, loading or showing, and what is loaded.
 */
export function isEmbedPrompt(text: string, folded?: string): boolean {
  if (text.length > MAX_EMBED_PROMPT) return false;
  const f = folded ?? fold(text);
  // Every click word holds `cli`, `lick`, `klick` or `puls`: one native search each rules most lines out.
  if (!(f.includes('cli') || f.includes('klick') || f.includes('pulsa '))) return false;
  return CLICK(f) && LOAD(f) && EMBEDDED(f);
}
