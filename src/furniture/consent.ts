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

/** Words for cookies and trackers (folded). */
const TRACKERS = ['cookie', 'traceur', 'tracker', 'tracking technolog'];

/** Stems of the privacy a notice is about (folded): with the site speaking as `we`, a notice too. */
const PRIVACY = [
  'donnees personnelles',
  'vie privee',
  'confidentialite',
  'personal data',
  'privacy',
  'datenschutz',
  'personenbezogen',
  'datos personales',
  'privacidad',
  'dati personali',
];

/** The site speaking (folded, with the spaces around a pronoun). */
const SITE = [
  ' we ',
  ' our ',
  ' nous ',
  ' nos ',
  ' notre ',
  ' wir ',
  ' unsere',
  ' nosotros',
  ' nuestro',
  ' noi ',
  ' nostr',
];

/** Stems of consent and its settings (folded). */
const CONSENT = [
  'accept',
  'agree',
  'consent',
  'refus',
  'reject',
  'decline',
  'parametr',
  'preferenc',
  'settings',
  'akzeptier',
  'zustimm',
  'einwillig',
  'einverstanden',
  'ablehnen',
  'einstellungen',
  'acept',
  'consentimiento',
  'rechaz',
  'accett',
  'consenso',
  'rifiut',
  'aceit',
  'recus',
];

/** The reader addressed, or told to click (folded, with the spaces around a pronoun). */
const READER = [
  ' you ',
  ' you,',
  'your ',
  ' vous ',
  ' vos ',
  ' votre ',
  ' sie ',
  ' ihre ',
  ' ihr ',
  ' usted',
  ' su ',
  ' sus ',
  ' voi ',
  ' vostr',
  ' você',
  ' voce ',
  'click',
  'clique',
  'klick',
  'hacer clic',
  'haciendo clic',
  'cliccando',
];

const hasTracker = containsTest(TRACKERS);
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
  // A raw look for the tracker words first: most lines name none, and are not folded for it.
  if (text.length < MIN_LENGTH || text.length > MAX_LENGTH || !TRACKER_GATE.test(text))
    return false;
  const given = typeof folded === 'function' ? folded() : folded;
  const f = ` ${given ?? fold(text)} `;
  return hasTracker(f) && (hasConsent(f) || (hasPrivacy(f) && siteSpeaks(f))) && addressesReader(f);
}

/** The tracker words as written, any case of their tails (`Cookies`, `COOKIES`, `traceurs`). */
const TRACKER_GATE = /ookie|OOKIE|raceur|RACEUR|racker|RACKER/;
