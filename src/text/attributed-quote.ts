/**
 * A quoted sentence closed by its stop, then a dash before who said it
 * (`"We will not wait for the rain." - A farmer in the Saïs plain`): a
 * quotation and its attribution, as a page of quotes prints one a line. A
 * headline quotes a phrase, not a sentence with its stop; a teaser cut short
 * does not end on an attribution.
 */
const ATTRIBUTED_QUOTE = /[.!?…] ?["”»] [-–—] /u;

/** Whether a line holds a quoted sentence and its attribution after a dash. */
export function isAttributedQuote(text: string): boolean {
  return ATTRIBUTED_QUOTE.test(text);
}
