/**
 * Furniture that stands inside an article's body as whole paragraphs, among
 * the article's own: captions carrying their credit, captions printed after
 * their image's placeholder, a sign-up form's consent, a prompt to load an
 * embedded post, an appeal for money (a gift, support, the shop, a
 * subscription), a call to sign a petition, a licence notice for the site's
 * content, a note on where the article first appeared, the links to the
 * previous and next articles, a video's labelled caption (`VIDÉO. …`), a
 * gallery's link with its size (`Guarda la fotogallery (12 foto)`). Read on the paragraphs
 * of a chosen body only, by both pipelines (`article/text/body-refiners.ts`,
 * `html/body.ts`): the body's choice weighs lines without it. Each form is
 * one an article's sentence does not take; the vocabularies are data in
 * their own modules.
 */
import { fold } from '../text/fold.js';
import { isMoneyAppeal, isPetitionCall } from './appeals.js';
import { isArticleNavLine } from './article-nav.js';
import { isCallToAction } from './calls-to-action.js';
import { isEmbedPrompt, isFormConsent } from './consent.js';
import { isCaptionAfterImage, isCreditedCaption } from './credits.js';
import { isGalleryLink } from './gallery-links.js';
import { isMediaCaption } from './media-captions.js';
import { isProvenanceNote } from './provenance.js';
import { isLicenceNotice } from './rights.js';

/** Longest paragraph the short forms below read (a form's consent is read at any length up to its own). */
const SHORT_MAX = 300;

/** True when a paragraph inside a chosen body is furniture to leave out; `folded` gives its folded text when the caller keeps it. */
export function isBodyFurniture(text: string, folded?: () => string): boolean {
  if (isCaptionAfterImage(text)) return true;
  // A long paragraph: only a form's consent, whose opening is read on the head first (not the whole fold).
  if (text.length > SHORT_MAX) return isFormConsent(text);
  // Folded once for the forms read on the whole paragraph (the caller's memo when it keeps one).
  const f = folded ? folded() : fold(text);
  return (
    isCreditedCaption(text) ||
    isArticleNavLine(text, f) ||
    isCallToAction(text, f) ||
    isMediaCaption(text, f) ||
    isGalleryLink(f) ||
    isProvenanceNote(text, f) ||
    isFormConsent(text, f) ||
    isEmbedPrompt(text, f) ||
    isMoneyAppeal(text, f) ||
    isPetitionCall(text, f) ||
    isLicenceNotice(text, f)
  );
}
