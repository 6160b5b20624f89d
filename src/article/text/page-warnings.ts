/**
 * Refiner: the warnings a text page's reading ends with (nothing found, a
 * ticker alone, no body, the input cut short), each read from the parts
 * chosen and the roles the blocks were given.
 */

import { phrases } from '../../util/tables.js';
import type { ArticleParts } from '../result.js';
import type { TextDoc } from './doc.js';
import { cutShort } from './role-marks.js';

/**
 * Roles of page furniture: a page whose text stops inside them (a footer's last link) lost nothing a reader keeps.
 * A credit line or a related link last is whole too: a browser's copy ends with no line break (`Source : MAP`).
 */
const FURNITURE_ROLES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('boilerplate|footer|after-footer|widget|read-more|source|related'),
);

/** Whether the input's last block is furniture (`Impressum`, `© 2020 Site`), so that a missing final stop says no cut. */
function endsInFurniture(doc: TextDoc): boolean {
  const last = doc.blocks[doc.blocks.length - 1];
  return last !== undefined && FURNITURE_ROLES.has(doc.roles.get(last.index) ?? '');
}

/**
 * Whether the input's last block is a headline list (a most-read run) below the article's last paragraph:
 * headlines carry no final stop, so a copy ending on one with no line break lost nothing.
 */
function endsInListAfterBody(doc: TextDoc, parts: ArticleParts): boolean {
  const last = doc.blocks[doc.blocks.length - 1];
  const paragraph = parts.paragraphs[parts.paragraphs.length - 1];
  return (
    last !== undefined &&
    paragraph !== undefined &&
    doc.roles.get(last.index) === 'ticker' &&
    last.start >= paragraph.end
  );
}

/** What the page's reading settled that its warnings depend on. */
interface PageOutcome {
  /** Read as a listing. */
  listing: boolean;
  /** A title was found. */
  titled: boolean;
  /** A ticker or a latest-news run was read. */
  ticker: boolean;
  /** Cut short where the reading knows it: a ticker's last headline, or a page stopping on its headline. */
  cut: boolean;
}

/** Adds the page's warnings: empty input, a ticker and no article, no body, an input stopping mid-sentence. */
export function addPageWarnings(doc: TextDoc, parts: ArticleParts, page: PageOutcome): void {
  const empty = parts.paragraphs.length === 0;
  if (doc.blocks.length === 0) doc.warnings.push('empty input: no text found');
  else if (!page.listing && page.ticker && empty && !page.titled)
    doc.warnings.push('ticker only: the input holds headlines but no article');
  else if (!page.listing && empty) doc.warnings.push('no article body found');
  if (
    (page.cut ||
      (cutShort(doc.input) && !endsInFurniture(doc) && !endsInListAfterBody(doc, parts))) &&
    doc.blocks.length > 0
  )
    doc.warnings.push('truncated: the input stops mid-sentence');
}
