/**
 * Tag tables for the HTML front door (data only): which elements are void,
 * raw text, block boundaries, and which start tags close which open elements.
 * A simplified form of the HTML standard's tree-construction rules.
 */
import { phrases } from '../util/tables.js';

/** Elements that never have content. */
export const VOID = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'area|base|basefont|bgsound|br|col|embed|frame|hr|img|image|input|keygen|link|meta|param|source|track|' +
      'wbr',
  ),
);

/** Heading elements. */
export const HEADINGS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('h1|h2|h3|h4|h5|h6'),
);

/** Start tags that close an open `<p>` (the standard's "close a p element"). */
export const CLOSES_P = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset|figcaption|figure|footer|' +
      'form|h1|h2|h3|h4|h5|h6|header|hgroup|hr|listing|main|menu|nav|ol|p|plaintext|pre|search|section|' +
      'summary|table|ul|xmp|li|dd|dt',
  ),
);

/** The standard's "special" elements: an end tag of an ordinary element never closes past one. */
export const SPECIAL = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'address|applet|article|aside|blockquote|body|button|caption|center|colgroup|dd|details|dialog|dir|div|' +
      'dl|dt|fieldset|figcaption|figure|footer|form|frameset|h1|h2|h3|h4|h5|h6|head|header|hgroup|html|iframe|' +
      'li|listing|main|marquee|menu|nav|noembed|noframes|noscript|object|ol|p|plaintext|pre|script|search|' +
      'section|select|style|summary|table|tbody|td|template|textarea|tfoot|th|thead|title|tr|ul|xmp',
  ),
);

/** Elements that bound a scope: an end tag or implied end never reaches past one. */
export const SCOPE = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('applet|caption|html|table|td|th|marquee|object|template|button|select'),
);

/** Table structure: their end tags and implied ends work inside the nearest table. */
export const TABLE_PARTS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('tbody|thead|tfoot|tr|td|th|caption'),
);

/** Elements whose content the tokenizer reads as raw text, and how. */
export const RAW_TEXT: ReadonlyMap<string, 'rcdata' | 'rawtext' | 'script' | 'plaintext'> = new Map(
  [
    ['title', 'rcdata'],
    ['textarea', 'rcdata'],
    ['script', 'script'],
    ['style', 'rawtext'],
    ['xmp', 'rawtext'],
    ['iframe', 'rawtext'],
    ['noembed', 'rawtext'],
    ['noframes', 'rawtext'],
    ['noscript', 'rawtext'],
    ['plaintext', 'plaintext'],
  ],
);

/** Elements whose content is never text of the page. */
export const NO_TEXT = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'head|script|style|noscript|template|svg|math|iframe|object|embed|canvas|select|button|textarea|title|' +
      'video|audio|map|noembed|noframes|datalist|input|option|rt|rp',
  ),
);

/** Elements that start a new block of text. */
export const BLOCK = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'html|body|p|div|section|article|main|header|footer|nav|aside|h1|h2|h3|h4|h5|h6|hgroup|li|ul|ol|dl|dt|' +
      'dd|blockquote|pre|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|form|fieldset|legend|address|hr|' +
      'br|center|details|summary|caption|dialog|menu|search',
  ),
);
