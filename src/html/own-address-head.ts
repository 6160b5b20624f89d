/**
 * Refiner for the body's first lines: an address on the page's own site,
 * printed alone above the text (a short link to share, `https://www.faz.net/-gxh-9pi7o`,
 * or the page's own address a template prints as text), is the page's
 * permalink, not a line of the article. An address on another site stays: it
 * is a reference the author writes out (`keep.ts` keeps such lines).
 */

import { siteOf } from './outbound.js';
import type { HtmlBlock } from './walk.js';

/** A line that is one web address and nothing else. */
const ADDRESS_LINE = /^(?:https?:\/\/|www\.)\S{3,}$/i;
/** Longest such line read (a page's address with its query). */
const ADDRESS_MAX = 400;

/** The site of an address line, undefined when the line is not one. */
function siteOfLine(text: string): string | undefined {
  const t = text.trim();
  if (t.length > ADDRESS_MAX || !ADDRESS_LINE.test(t)) return undefined;
  return siteOf(/^www\./i.test(t) ? `//${t}` : t);
}

/**
 * The kept blocks without the lines at their head that are addresses on `site`, the page's own site. When such
 * lines are all the body holds they stay: the page is kept as the article it says it is (a teaser page whose text
 * the site loads later), with its date and authors.
 */
export function withoutOwnAddressHead(
  kept: readonly HtmlBlock[],
  site: string | undefined,
): readonly HtmlBlock[] {
  if (site === undefined) return kept;
  let i = 0;
  while (i < kept.length && siteOfLine(kept[i]?.text ?? '') === site) i++;
  return i === 0 || i === kept.length ? kept : kept.slice(i);
}
