/** The HTML pipeline: walk, metadata, title, body, date, authors, related links. */
import type { ArticleParts } from '../article/result.js';
import { siteFromUrl } from '../article/site.js';
import { articleUrl, listingUrl } from '../article/text/url-kind.js';
import { readReferenceDay, relativeLeftOutWarning } from '../dates/reference.js';
import { isArchiveHeading } from '../furniture/archive-headings.js';
import type { Article } from '../types.js';
import { phrases } from '../util/tables.js';
import { dropAuthorBio } from './bio.js';
import { chooseBody, composed, keepBlock, toParagraphs } from './body.js';
import { findAuthors } from './byline.js';
import { creditedSource } from './credit.js';
import { findDeck } from './deck.js';
import * as F from './flags.js';
import { findPublished, relativeLeftOut } from './html-dates.js';
import { trimHead, withLead } from './lead.js';
import { htmlListingItems } from './listing.js';
import { readMetadata } from './metadata.js';
import { siteOf } from './outbound.js';
import { withoutOwnAddressHead } from './own-address-head.js';
import { proseBlocks } from './prose-blocks.js';
import { findRelated } from './related.js';
import { findTitle } from './title.js';
import { type HtmlBlock, walkHtml } from './walk.js';
import { withoutClosingAppeals } from './walls.js';

/** Options of {@link parseHtmlArticle}. */
export interface HtmlArticleOptions {
  /** The page's address, for dates written in URLs. */
  url?: string;
  /** The day relative dates under the title (`il y a 3 heures`) resolve against. */
  referenceDate?: string;
}

/** Extra fields an HTML page gives beyond the shared article parts. */
export interface HtmlExtras {
  description?: string;
  image?: string;
  section?: string;
  tags: string[];
  canonicalUrl?: string;
}

/** The {@link Article} fields that only HTML pages give, ready to spread into the result. */
export function htmlArticleFields(
  extras: HtmlExtras,
): Pick<Article, 'description' | 'image' | 'section' | 'tags' | 'canonicalUrl'> {
  return {
    ...(extras.description ? { description: extras.description } : {}),
    ...(extras.image ? { image: extras.image } : {}),
    ...(extras.section ? { section: extras.section } : {}),
    ...(extras.tags.length > 0 ? { tags: extras.tags } : {}),
    ...(extras.canonicalUrl ? { canonicalUrl: extras.canonicalUrl } : {}),
  };
}

/** Below this many characters, the body is compared with the block-by-block candidate. */
const SHORT_BODY = 500;

/**
 * trafilatura's rescue of a short extraction: when the container vote kept
 * under {@link SHORT_BODY} characters, the blocks judged prose one by one
 * ({@link proseBlocks}) are taken instead if they hold more text.
 */
function rescueShortBody(
  blocks: readonly HtmlBlock[],
  body: readonly HtmlBlock[],
  exclude: ReadonlySet<number>,
): readonly HtmlBlock[] {
  let n = 0;
  for (const b of body) n += b.text.length;
  if (n >= SHORT_BODY) return body;
  const prose = proseBlocks(blocks).filter((b) => !exclude.has(b.index) && keepBlock(b));
  let m = 0;
  for (const b of prose) m += b.text.length;
  return m > n ? prose : body;
}

/** Regions (and their country domains) where English writes numeric dates day first (`04/03/2020` is 4 March). */
const DAY_FIRST_REGIONS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'gb|uk|ie|au|nz|in|za|sg|my|pk|ng|ke|gh|jm|tt|mt|hk|scot|wales|' +
      // North Africa and the Middle East write dates day first, in English too.
      'dz|ma|tn|ly|mr|eg|sd|sa|ae|qa|kw|bh|om|jo|lb|ps|iq|sy|ye',
  ),
);

/** Whether an English page writes numeric dates day first: its language tag's region, else its address's country domain. */
function dayFirstEnglish(region: string | undefined, urls: readonly string[]): boolean {
  if (region) return DAY_FIRST_REGIONS.has(region);
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(urls[0] ?? '')?.[1]?.toLowerCase();
  const tld = host?.slice(host.lastIndexOf('.') + 1);
  return tld !== undefined && DAY_FIRST_REGIONS.has(tld);
}

/** Teaser units an HTML page whose address names a listing must show to be read as one. */
const MIN_UNITS = 2;

/** Reads an HTML page into article parts. */
export function parseHtmlArticle(
  input: string,
  options?: HtmlArticleOptions,
): ArticleParts & { html: HtmlExtras } {
  const warnings: string[] = [];
  const page = walkHtml(input);
  const meta = readMetadata(input, page.meta);
  const html: HtmlExtras = { tags: meta.tags };
  if (meta.description) html.description = meta.description;
  if (meta.image) html.image = meta.image;
  if (meta.section) html.section = meta.section;
  if (meta.canonical) html.canonicalUrl = meta.canonical;
  const parts: ArticleParts & { html: HtmlExtras } = {
    authors: [],
    paragraphs: [],
    related: [],
    warnings,
    html,
  };

  if (meta.siteName) {
    const origin = siteFromUrl(meta.canonical ?? options?.url)?.url;
    parts.site = origin
      ? { name: meta.siteName.value, url: origin }
      : { name: meta.siteName.value };
  }
  if (meta.lang) parts.lang = meta.lang;
  // A tag, section, archive, search or author page by its address or its `<h1>` (`Étiquette : X`), with two
  // teaser units or more (a heading that is one link each): its teasers, no invented title, date or body.
  if (listingUrl(options?.url) || (!articleUrl(options?.url) && archiveH1(page.blocks))) {
    const items = htmlListingItems(page.blocks);
    if (items.length >= MIN_UNITS) {
      parts.kind = 'listing';
      parts.items = items;
      return parts;
    }
  }

  const title = findTitle(page.blocks, meta);
  const exclude = new Set<number>();
  if (title) {
    parts.title = title.span ? { text: title.text, span: title.span } : { text: title.text };
    if (title.span && title.block >= 0) exclude.add(title.block);
  }

  const site = siteOf(options?.url ?? meta.canonical);
  const chosen = chooseBody(page, exclude, title?.block ?? -1, site);
  const titleBlock = title?.block ?? -1;
  const body = {
    blocks: withoutClosingAppeals(
      rescueShortBody(
        page.blocks,
        withoutOwnAddressHead(
          trimHead(withLead(page.blocks, chosen.blocks, titleBlock), titleBlock),
          site,
        ),
        exclude,
      ),
    ),
  };
  parts.paragraphs = toParagraphs(body.blocks);
  const deck = findDeck(page.blocks, page.elements, body.blocks, titleBlock);
  if (deck)
    parts.standfirst = { text: composed(deck.text), span: { start: deck.start, end: deck.end } };
  const firstBody = body.blocks[0]?.index ?? -1;
  const lastBody = body.blocks[body.blocks.length - 1]?.index ?? -1;

  const lang = meta.lang;
  const urls = [options?.url, meta.canonical].filter((u): u is string => typeof u === 'string');
  const reference = options?.referenceDate ? readReferenceDay(options.referenceDate) : undefined;
  const dateContext = {
    input,
    meta,
    records: page.meta,
    blocks: page.blocks,
    titleBlock: title?.block ?? -1,
    bodyStart: firstBody,
    bodyEnd: lastBody,
    urls,
    monthFirst: lang === 'en' && !dayFirstEnglish(meta.region, urls),
    ...(reference ? { reference } : {}),
  };
  const published = findPublished(dateContext);
  // A relative date in the header (`3 hours ago`) dates nothing without a reference day: say so.
  const leftOut = published || reference ? undefined : relativeLeftOut(dateContext);
  if (leftOut) warnings.push(relativeLeftOutWarning(leftOut));
  if (published)
    parts.publishedAt = published.span
      ? { iso: published.iso, span: published.span }
      : { iso: published.iso };
  if (published?.guess)
    warnings.push(
      `publication date guessed from ${published.from}: the page prints none of its own`,
    );

  parts.authors = findAuthors(input, meta, page.meta, page.blocks, title?.block ?? -1);
  parts.paragraphs = dropAuthorBio(
    parts.paragraphs,
    parts.authors.map((a) => a.name),
  );
  const firstPara = parts.paragraphs[0];
  const lastPara = parts.paragraphs[parts.paragraphs.length - 1];
  parts.related = findRelated(
    page.blocks,
    lastBody,
    page.capsules,
    firstPara && lastPara ? { start: firstPara.start, end: lastPara.end } : undefined,
  );

  const source = creditedSource(input, page.blocks, lastBody, body.blocks[0]);
  if (source) parts.source = source;

  if (page.blocks.length === 0) warnings.push('empty page: no text found');
  else if (parts.paragraphs.length === 0) warnings.push('no article body found');
  return parts;
}

/** Whether the page's `<h1>` is an archive page's heading (`Étiquette : X`, `Search results for: X`). */
function archiveH1(blocks: readonly HtmlBlock[]): boolean {
  for (const b of blocks) if ((b.flags & F.H1) !== 0) return isArchiveHeading(b.text);
  return false;
}
