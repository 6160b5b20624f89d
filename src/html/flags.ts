/**
 * Context flags of HTML elements and blocks: one bit per kind of region an
 * element sits in (its own kind or an ancestor's). Flags are inherited down
 * the tree, so a block knows in constant time whether it is in a comment
 * section, a figure caption or a navigation bar.
 */

/** Not rendered: `hidden`, `display:none`, `aria-hidden`, screen-reader-only text. */
export const HIDDEN = 1;
/** Inside `<a href>`. */
export const LINK = 1 << 1;
/** `<nav>`, `role=navigation`, menus. */
export const NAV = 1 << 2;
/** `<header>` or `role=banner`. */
export const HEADER = 1 << 3;
/** `<footer>` or `role=contentinfo`. */
export const FOOTER = 1 << 4;
/** `<aside>` or `role=complementary`. */
export const ASIDE = 1 << 5;
/** `<form>`. */
export const FORM = 1 << 6;
/** `<figure>`. */
export const FIGURE = 1 << 7;
/** `<figcaption>`, `<caption>` or a caption/credit class. */
export const CAPTION = 1 << 8;
/** `<blockquote>` or `<q>`. */
export const QUOTE = 1 << 9;
/** Inside a list (`ul`, `ol`, `dl`). */
export const LIST = 1 << 10;
/** Inside a table. */
export const TABLE = 1 << 11;
/** Inside a heading. */
export const HEADING = 1 << 12;
/** Inside `<pre>`. */
export const PRE = 1 << 13;
/** `<article>`, `role=article` or an article-like class (`post`, `entry`, `story`…). */
export const ARTICLE = 1 << 14;
/** Marked as the article's body: `itemprop=articleBody` or an `article-body`-like class. */
export const ARTICLE_BODY = 1 << 15;
/** A comment section. */
export const COMMENTS = 1 << 16;
/** Related or recommended articles. */
export const RELATED = 1 << 17;
/** Share and follow buttons. */
export const SHARE = 1 << 18;
/** Other page furniture: ads, newsletters, breadcrumbs, tags, pagination, sidebars, widgets. */
export const FURNITURE = 1 << 19;
/** A byline (`rel=author`, `itemprop=author`, author/byline classes). */
export const BYLINE = 1 << 20;
/** A date or post-meta region. */
export const DATE = 1 << 21;
/** `<main>` or `role=main`. */
export const MAIN = 1 << 22;
/** Inside the page's `<h1>`. */
export const H1 = 1 << 23;
/** A dialog, modal, popup or cookie banner. */
export const DIALOG = 1 << 24;
/** A dialog by the page's own semantics (`<dialog>`, `role=dialog`): it stays one whatever its size, unless it holds the title. */
export const MODAL = 1 << 25;
/** A post embedded from a social network (`twitter-tweet`, `instagram-media`): quoted in the article, links and all. */
export const EMBED = 1 << 26;
/** Hidden by class words (`hidden`, `hide`, `d-none`, `is-hidden`): not shown, unless it holds the page's title or most of its text (a script shows it). */
export const UNSHOWN = 1 << 27;

/** Regions whose text is never article body. */
export const NEVER_BODY = HIDDEN | NAV | FORM | COMMENTS | DIALOG | UNSHOWN;
