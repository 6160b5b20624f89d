/** The shape of site knowledge: what a site or network prints around its articles. */

/** A `<prefix><source><connector><date>` line that credits the original newspaper. */
export interface SourceLineForm {
  /** Text the line starts with, e.g. `Publié dans `. */
  prefix: string;
  /** Text between the source's name and the date, e.g. ` le `. */
  connector: string;
  /** Language of the wording. */
  lang: string;
}

/** Site or network knowledge, kept as data. */
export interface SiteProfile {
  /** A name for humans. */
  name: string;
  /** Host names (without `www.`) that use this template. */
  hosts: readonly string[];
  /** Whole lines that are interface text, never article text. */
  boilerplate: readonly string[];
  /** Starts of lines that are interface text (mastheads, cookie banners, copyright lines). */
  boilerplatePrefixes?: readonly string[];
  /** Whole lines that end the article: nothing after them is body. */
  footers: readonly string[];
  /** Source-credit lines. */
  sourceLines: readonly SourceLineForm[];
}
