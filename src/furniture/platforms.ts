/**
 * Publishing platforms a page's footer credits (`Powered by WordPress`,
 * `Proudly powered by Blogger`, `Site built with Jimdo`): a `by` before one of
 * them names software, never the article's author. Data, folded (lower case,
 * no accents), one word each.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Blog and site platforms whose names footers print after `by`. */
const PLATFORMS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'wordpress|blogger|blogspot|drupal|joomla|typo3|tumblr|typepad|squarespace|wix|weebly|jimdo|webflow|' +
      'hubspot|shopify|overblog|canalblog|hautetfort|over-blog',
  ),
);

/** A word's characters: letters, digits and the hyphen inside a name (`over-blog`). */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Whether a name read after `by` names a publishing platform (`WordPress and ThemeGrill`): a footer's credit. */
export function namesPlatform(name: string): boolean {
  for (const m of fold(name).matchAll(WORD)) if (PLATFORMS.has(m[0])) return true;
  return false;
}
