/** parseArticle: the one front door for text dumps and HTML pages. */
import {
  assertOptions,
  assertString,
  checkChoiceOption,
  checkPositiveOption,
  checkReferenceDate,
  checkStringOption,
} from '../guards.js';
import {
  type HtmlArticleOptions,
  htmlArticleFields,
  parseHtmlArticle,
} from '../html/html-article.js';
import { composedView } from '../input/composed.js';
import type { CutView } from '../input/cut-map.js';
import { dropCapView } from '../input/drop-caps.js';
import { gluedPagesWarning } from '../input/glued.js';
import { linkAddress, markdownView } from '../input/markdown-view.js';
import { looksLikeMojibake, MOJIBAKE_WARNING } from '../input/mojibake.js';
import { readerSourceAddress } from '../input/reader-header.js';
import { sniffFormat } from '../input/sniff.js';
import { needsViews } from '../input/view-characters.js';
import { visibleView } from '../input/visible-view.js';
import { applyLimit } from '../limits.js';
import { hasInvisibles } from '../text/invisibles.js';
import type { Article, ParseArticleOptions } from '../types.js';
import { type ArticleParts, buildArticle } from './result.js';
import { mapSpans, throughView } from './shift-spans.js';
import { siteFromUrl } from './site.js';
import { parseTextArticle, type TextOptions } from './text-article.js';

/** The HTML pipeline's parts, with the page-level fields (description, image, tags…) it found. */
function htmlParts(text: string, options: ParseArticleOptions | undefined): ArticleParts {
  const htmlOptions: HtmlArticleOptions = {};
  if (options?.url !== undefined) htmlOptions.url = options.url;
  if (options?.referenceDate !== undefined) htmlOptions.referenceDate = options.referenceDate;
  const parts = parseHtmlArticle(text, htmlOptions);
  return { ...parts, extras: htmlArticleFields(parts.html) };
}

/** The text pipeline's parts, given the options it reads (set one by one: no spread of conditional literals on each call). */
function textParts(text: string, options: ParseArticleOptions | undefined): ArticleParts {
  const textOptions: TextOptions = {};
  if (options?.url !== undefined) textOptions.url = options.url;
  if (options?.referenceDate !== undefined) textOptions.referenceDate = options.referenceDate;
  // A drop cap printed on a line of its own (`T` ⏎ `he morning…`, Chromium) is read joined to its word; fields so too.
  // (One view at a time: the text is read again through the next.) A text holding invisible characters is read for
  // its drop caps once they are out (the view below), as `foldLineBreaks` reads a field: a soft hyphen counts for
  // neither the letter's line nor the line under it.
  const dropCap = dropCapView(text);
  if (dropCap && !hasInvisibles(text)) return throughCutView(dropCap, options);
  // One search for the characters the views below and the plain view read: most dumps hold none.
  if (!needsViews(text)) return parseTextArticle(text, textOptions, false);
  // Invisible characters inside words (`Pub&shy;lié`) are read as if absent; fields keep the text without them.
  // So is a byte-order mark opening the dump (a file saved as "UTF-8 with BOM"): a text browser's indentation and
  // the first line's shape are read without it.
  const visible = visibleView(text);
  if (visible) return throughCutView(visible, options);
  // Decomposed letters (`e` + U+0301) are read composed, as every table spells them; fields as the input prints them.
  const composed = composedView(text);
  if (composed) {
    const parts = parseTextArticle(composed.text, textOptions);
    throughView(parts, composed.text, text, composed.toInput);
    return parts;
  }
  return parseTextArticle(text, textOptions);
}

/**
 * The text pipeline's parts of a Markdown text, read through its view without markup (`input/markdown-view.ts`):
 * fields keep the view's text, their spans cover the markup.
 */
function markdownParts(text: string, options: ParseArticleOptions | undefined): ArticleParts {
  const view = markdownView(text);
  if (!view) return textParts(text, options);
  const parts = throughCutView(view, options);
  // A related link and a listing's item take their link's address, which Markdown prints (`[title](address)`).
  for (const link of parts.related) link.url ??= linkAddress(text, link.end, link.end + 1);
  for (const item of parts.items ?? []) item.url ??= linkAddress(text, item.start, item.end);
  return parts;
}

/** The parts of a view's text (a text with some characters taken out), their spans taken back to the input's. */
function throughCutView(view: CutView, options: ParseArticleOptions | undefined): ArticleParts {
  const parts = textParts(view.text, options);
  mapSpans(parts, view.toInput, view.toInputAfter);
  return parts;
}

/** Throws a TypeError naming the first option of `options` with a wrong value (see guards.ts). */
function checkArticleOptions(options: ParseArticleOptions | undefined): void {
  assertOptions(options, 'parseArticle');
  if (!options) return;
  checkStringOption('parseArticle', 'url', options.url);
  checkChoiceOption('parseArticle', 'format', options.format, ['text', 'html', 'markdown']);
  checkReferenceDate('parseArticle', options.referenceDate);
  checkPositiveOption('parseArticle', 'maxInputLength', options.maxInputLength);
}

/**
 * Parses a news page (a crawler's text dump or the page's HTML) into an
 * {@link Article}: title, credited source, date, authors, body paragraphs and
 * related links, each with its span in `input`.
 *
 * @param input The dump or the HTML, as a string. Any string: never throws on one.
 * @param options See {@link ParseArticleOptions}; give `url` to name the site.
 * @throws TypeError when `input` is not a string, `options` not an object, or an option has a
 *   wrong value (the message names the option and what it expects).
 *
 * @group Articles
 * @example
 * ```ts
 * const article = parseArticle(dump, { url: 'https://www.maghress.com/fr/marocdiplomatique/397038' });
 * article.source?.name; // 'Maroc Diplomatique'
 * dump.slice(article.paragraphs[0].start, article.paragraphs[0].end) === article.paragraphs[0].text; // true
 * ```
 */
export function parseArticle(input: string, options?: ParseArticleOptions): Article {
  assertString(input, 'parseArticle');
  checkArticleOptions(options);
  const { input: text, warning } = applyLimit(input, options?.maxInputLength);
  const format = options?.format ?? sniffFormat(text);
  // A reader service's Markdown names the page's address in its header: the site when the caller gave none.
  const headerUrl = format === 'markdown' && !options?.url ? readerSourceAddress(text) : undefined;
  const read = headerUrl === undefined ? options : { ...options, url: headerUrl };
  const parts =
    format === 'html'
      ? htmlParts(text, read)
      : format === 'markdown'
        ? markdownParts(text, read)
        : textParts(text, read);
  if (warning) parts.warnings.unshift(warning);
  if (looksLikeMojibake(text)) parts.warnings.push(MOJIBAKE_WARNING);
  const glued = gluedPagesWarning(text);
  if (glued) parts.warnings.push(glued);
  const site = siteFromUrl(read?.url);
  if (site && !parts.site) parts.site = site;
  else if (options?.url && !site)
    parts.warnings.push(`options.url has no host name: ${options.url.slice(0, 80)}`);
  return buildArticle(parts);
}
