/**
 * Recogniser for a paywall's prompt: the line a news site prints where the
 * free part of an article stops (`Already a subscriber? Sign in`, `Bereits
 * Abonnent/in? Anmelden`, `Déjà abonné ? Connectez-vous`, `Ce contenu est
 * réservé aux abonnés`). What follows it is the offer (prices, plans, a login
 * form), not the article. Phrases are data, matched on folded text; shared by
 * both pipelines (the HTML one reads it today).
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Phrases of a paywall's prompt (folded). */
const PROMPTS = /* @__PURE__ */ phrases(
  'already a subscriber|already subscribed?|subscribe to continue reading|subscribe to read the full|' +
    'subscribe to keep reading|this article is for subscribers|this content is for subscribers|' +
    'this article is exclusive to subscribers|for subscribers only|' +
    'you have reached your limit of free articles|you have read all your free articles|bereits abonnent|' +
    'schon abonnent|sie sind bereits abonnent|gleich konnen sie weiterlesen|weiterlesen mit|lesen sie jetzt weiter mit|' +
    'nur fur abonnenten|exklusiv fur abonnenten|keine freien artikel mehr|deja abonne|vous etes abonne ?|' +
    'reserve aux abonnes|reservee aux abonnes|abonnez-vous pour lire la suite|ya eres suscriptor|' +
    'ya soy suscriptor|exclusivo para suscriptores|sei gia abbonato|riservato agli abbonati|ja e assinante|' +
    'exclusivo para assinantes|al abonnee?|هل انت مشترك|للمشتركين فقط|حصري للمشتركين|مخصص للمشتركين|' +
    'خاص بالمشتركين',
);

/** Longest line read as a prompt: a box's line, not a paragraph that mentions subscribers. */
const MAX_PROMPT = 160;
/** A piece of every phrase, read on the raw line: lines without one are not folded. */
const GATE = /abonn|subscri|suscri|assinan|weiterlesen|jetzt weiter|articles|artikel mehr|مشترك/i;

/** True for a paywall's prompt: the line where a site's free text stops and its offer begins. */
export function isPaywallPrompt(text: string): boolean {
  if (text.length > MAX_PROMPT || !GATE.test(text)) return false;
  const f = fold(text);
  for (const p of PROMPTS) if (f.includes(p)) return true;
  return false;
}

/** Longest line of an offer read for its price: the offer's pitch, not a paragraph. */
const MAX_OFFER = 200;

/**
 * Whether `text` is a line of a paywall's offer by its price (`die ersten 30 Tage für nur 1 €.`, `£1 a week`):
 * a short line holding an amount of money, read only inside the offer, under its prompt.
 */
export function holdsPrice(text: string): boolean {
  if (text.length > MAX_OFFER) return false;
  return /\d ?(?:€|£|\$)|(?:€|£|\$|EUR|USD) ?\d|\d EUR\b/u.test(text);
}

/** A paywall's prompt standing as a line of its own, not a sentence of the article: no closing stop. */
export function isPaywallLine(text: string): boolean {
  return !/[.!]$/u.test(text) && isPaywallPrompt(text);
}
