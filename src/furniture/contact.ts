/**
 * Recogniser: a footer's contact line, the site's address or phone number
 * (`Contact : 15, avenue X, Sousse — Tél. : 73 000 000`, `العنوان: 12 شارع …`,
 * `الهاتف: 021 00 00 00`, `X, 20 Boulevard Y | Phone: +212 …`): the page's
 * furniture, never a headline of a box above it.
 */
import { fold } from '../text/fold.js';

/** Longest line read as a contact line. */
const MAX = 160;
/** An address or contact label opening the line, before its colon (folded). */
const ADDRESS_LEAD = /^(?:adresse|address|contact|contactez-nous|contact us|العنوان) ?: /u;
/** A phone or fax label anywhere, before its colon and a number (folded: `tel. : 023`, `phone: +212`, `الهاتف: 021`). */
const PHONE = /(?:^|[ ,|—–-])(?:tel|telephone|phone|fax|الهاتف|هاتف|الفاكس)\.? ?: ?[+(\d]/u;

/** Whether `text` is a contact line (`folded`: its fold, when the caller has it). */
export function isContactLine(text: string, folded?: string): boolean {
  if (text.length > MAX) return false;
  const f = folded ?? fold(text);
  return ADDRESS_LEAD.test(f) || PHONE.test(f);
}
