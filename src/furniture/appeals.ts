/**
 * Recogniser for the appeals a site prints under its articles: sign up for
 * the newsletter, subscribe, download the app, follow us, support or donate
 * to the newsroom, tell us in the comments (`Wenn du per E-Mail über
 * Aktuelles informiert werden möchtest, melde dich für unseren Newsletter
 * an.`, `Abonnez-vous à notre lettre d'information`, `Support independent
 * journalism`). A sentence, not a button: the interface lines cover those.
 * Stems are data, matched on folded text; shared by both pipelines.
 */
import { fold } from '../text/fold.js';

/** Stems of an appeal to the reader (folded). */
const APPEALS = [
  'newsletter',
  'sign up for our',
  'subscribe to our',
  'subscribe now',
  'support our journalism',
  'supporting our journalism',
  'support independent journalism',
  'support our work',
  'donate now',
  'make a donation',
  'download our app',
  'download the app',
  'follow us on',
  'follow me on',
  'keep up with me on',
  'get regular updates',
  'folge mir auf',
  'suivez-moi sur',
  'besuchen sie unseren shop',
  'let us know in the comments',
  'tell us in the comments',
  'abonnieren sie',
  'jetzt abonnieren',
  'unterstutzen sie',
  'unterstutze unsere',
  'folgen sie uns',
  'in den kommentaren',
  'ihre meinung zu diesem thema',
  'abonnez-vous',
  "lettre d'information",
  'inscrivez-vous',
  'soutenez notre',
  'soutenez-nous',
  'suivez-nous',
  'telechargez notre application',
  'dites-nous en commentaire',
  'suscribete',
  'suscribase',
  'siguenos en',
  'descarga nuestra app',
  'iscriviti',
  'seguici su',
  'اشترك في نشرتنا',
  'تابعونا',
];

/** Longest paragraph read as an appeal. */
const MAX_APPEAL = 400;

/** True for a short paragraph that appeals to the reader (newsletter, subscription, donation, app, comments). */
export function isReaderAppeal(text: string): boolean {
  if (text.length > MAX_APPEAL) return false;
  const f = fold(text);
  for (const stem of APPEALS) if (f.includes(stem)) return true;
  return followOnNetwork(f);
}

/** Verbs opening an invitation to follow someone (folded, with the space after them). */
const FOLLOW = ['follow ', 'suivez ', 'folgen sie ', 'folge ', 'sigue a ', 'siga a ', 'segui '];
/** Social networks an invitation to follow names (folded), anywhere after its verb. */
export const NETWORKS = [
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'linkedin',
  'tiktok',
  'threads',
  'telegram',
  'whatsapp',
  'mastodon',
  'bluesky',
];
/** Longest invitation to follow read: a line, not a paragraph. */
const MAX_FOLLOW = 160;

/** `Follow Newsbeat on Instagram, Facebook…`, `Suivez Le Monde sur Twitter`: a line opening with `follow` that names a social network. */
function followOnNetwork(f: string): boolean {
  if (f.length > MAX_FOLLOW || !FOLLOW.some((v) => f.startsWith(v))) return false;
  return NETWORKS.some((n) => f.includes(n));
}
