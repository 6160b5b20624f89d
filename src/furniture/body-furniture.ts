/**
 * Furniture that stands inside an article's body as whole paragraphs, among
 * the article's own: captions carrying their credit, captions printed after
 * their image's placeholder, a sign-up form's or an embed's consent, a prompt
 * to load an embedded post, an appeal for money (a gift, support, the shop, a
 * subscription). Read by the text pipeline on the paragraphs of
 * the chosen body only (the body's choice weighs lines without it), so each
 * form here is one an article's sentence does not take.
 */
import { isMoneyAppeal, isPetitionCall } from './appeals.js';
import { isEmbedPrompt, isFormConsent } from './consent.js';
import { isCaptionAfterImage, isCreditedCaption } from './credits.js';
import { isProvenanceNote } from './provenance.js';
import { isLicenceNotice } from './rights.js';

/** True when a paragraph inside a chosen body is furniture to leave out. */
export function isBodyFurniture(text: string): boolean {
  return (
    isCreditedCaption(text) ||
    isCaptionAfterImage(text) ||
    isFormConsent(text) ||
    isEmbedPrompt(text) ||
    isMoneyAppeal(text) ||
    isPetitionCall(text) ||
    isLicenceNotice(text) ||
    isProvenanceNote(text)
  );
}
