/**
 * Recognisers for what an element's attributes say it is: `class`/`id`
 * words, `role`, `itemprop`, `rel`, `hidden` and inline styles. The word
 * lists are the conventions shared by many sites' templates (the kind
 * Readability relies on), never one site's class names.
 */
import * as F from './flags.js';
import type { Attr } from './tokens.js';

/** A comment thread's class words, in the languages sites name them in (`comment`, `kommentar`, `comentario`, `commentaire`). */
const COMMENTS = /[ck]omm?ent|disqus|respond|replies|discussion|talkback|reactions|reacties/;
const RELATED =
  /related|more-?(?:stories|news|articles|from)|recommend|also-?read|read-?(?:more|next|also)|see-?also|similar|outbrain|taboola|trending|popular|most-?(?:read|viewed|shared)|recirc|teaser|latest-?(?:news|posts|articles)|other-?(?:news|articles)/;
const SHARE =
  /share|sharing|social|sociable|follow-?us|addthis|email-?this|print-?(?:this|article|button)/;
const FURNITURE =
  /(?:^|[\s_-])(?:ads?|ad-\w{0,12}|tags|menu|sidebar|widgets?)(?:$|[\s_-])|tag-?(?:list|cloud|links)|advert|sponsor|promo|banner|newsletter|subscri|signup|sign-up|breadcrumb|pagination|pager|skyscraper|masthead|navbar|toolbar|keywords|shoutbox|paywall|login|jump-?link/;
/** Class words of a post embedded from a social network. */
const EMBED = /embed|twitter-tweet|instagram-media|tiktok-embed/;
/** Class words of a social network's own post markup (not a site's link card to another article, `wp-embedded-content`). */
const SOCIAL_POST =
  /twitter-tweet|instagram-media|tiktok-embed|(?:^|\s)fb-post(?:$|\s)|bluesky-embed|mastodon-embed|reddit-embed/;
const DIALOG = /cookie|consent|gdpr|popup|modal|overlay|lightbox/;
const SCREEN_READER = /sr-only|visually-?hidden|screen-?reader|screenreader/;
/** Class words of a box shown only on paper (a print header repeating the page's address, a print logo): hidden on screen. */
const PRINT_ONLY =
  /(?:^|[\s_-])(?:print-?only|only-?print|print-?header|visible-print(?:-block|-inline)?|show-for-print|d-print-(?:block|inline|flex|table))(?:$|[\s_])/;
/** Utility class words that hide an element on every screen (`hidden`, `hide`, `nodisplay`, Bootstrap's `d-none` and `invisible`, `is-hidden`), as trafilatura discards them. */
const HIDING =
  /(?:^|\s)(?:hidden|hide|d-none|invisible|is-hidden|u-hidden|nodisplay|no-display|display-none)(?:$|\s)/;
/** Responsive variants that show such an element on some screens (`hidden md:block`, `d-none d-lg-block`). */
const SHOWN_SOMEWHERE =
  /(?:^|\s)(?:[a-z0-9]{1,4}:(?:block|flex|inline|grid|table|contents)|d-[a-z0-9]{1,4}-(?:block|flex|inline|grid|table))/;
/** Class words of a box shown only on hover (a person's card under a linked name, a tooltip): hidden text inside a sentence. */
const HOVER_BOX =
  /(?:^|\s)(?:tooltip-?(?:content|text|box|inner)|popover-?(?:content|body)?|hover-?card|rollover-(?:[a-z]{1,12}-)?(?:block|card|box|content))(?:$|\s)/;
const BODY =
  /article[-_]?(?:body|content|text|main|entry)|articlebody|(?:post|entry|story|news|blog|page)[-_]?(?:body|content|text|entry)|(?:body|main)[-_]?(?:text|content|copy)|content[-_]?(?:body|article)|field-?(?:name-)?body|rich-?text|prose/;
const ARTICLE =
  /article|story|entry|post(?:$|[\s_-])|hentry|h-entry|blog|(?:^|[\s_-])(?:content|text|main|body)(?:$|[\s_-])/;
/** A byline's class words; a sort or filter control's `by` (`sort-by`) and a theme's credit (`theme-author`) are none. */
const BYLINE =
  /byline|(?<!theme[_-])author|writer|contributor|autor|auteur|reporter|(?:^|\s|(?<!sort|order|filter|group)[_-])by(?:$|[\s_-])|posted-?by|signature(?!list)/;
/**
 * A date box's class words. Beside the English ones, those htmldate's date expressions name: German and Dutch `datum`,
 * Spanish `fecha` (`fechaPublicacion`), French `parution`, Drupal's `submitted`, and a date glued to what it dates (`displayDate`, `newsDate`).
 */
const DATE =
  /(?:^|[\s_-])(?:date|time|dateline|timestamp|published|pubdate|postdate|entrydate|meta|postmeta|entrymeta|info|posted-?on|updated|submitted|parution|datum|fecha(?:publicacion|articulo|noticia|nota|hora)?|(?:display|article|news|post|entry|publish|story|blog|item|created?|release|teaser)(?:date|datum))(?:$|[\s_-])/;
/** A footer named by class words (`site-footer`, `footer__disclaimer`), as Readability's unlikely candidates read it. */
const FOOTER_NAME = /(?:^|[\s_-])footer(?:$|[\s_-])/;
/** Words that keep such a box: it belongs to the article (`article-footer`, `entry-footer`, Readability's exceptions). */
const FOOTER_OF_ARTICLE = /article|body|column|content|main|entry|post|story/;
const CAPTION = /caption|(?:^|[\s_-])credits?(?:$|[\s_-])|photo-?credit|image-?credit|legend/;
const NEGATIVE =
  /hidden|banner|combx|contact|footer|masthead|media|outbrain|promo|scroll|shoutbox|sidebar|skyscraper|sponsor|shopping|widget/;

/** Flags and score weight an element's attributes give it. */
export interface Hints {
  /** Flags of {@link F} that this element sets for itself and its content. */
  flags: number;
  /** Readability-style class weight: positive for article-like names, negative for furniture. */
  weight: number;
}

const NONE: Hints = { flags: 0, weight: 0 };

/** Hints by `class`/`id` values as written (`class` alone, or both joined by a space): pages repeat the same names many times. */
export type HintCache = Map<string, Hints>;

/** Reads the hints of an element from its attributes; `cache` keeps the word-list results per page. */
export function readHints(tag: string, attrs: readonly Attr[], cache?: HintCache): Hints {
  if (attrs.length === 0) return NONE;
  // The `class` and `id` values as written, in attribute order: the cache key, lowered only on a miss.
  let written: string | undefined;
  let flags = 0;
  let weight = 0;
  for (const a of attrs) {
    switch (a.name) {
      case 'class':
      case 'id':
        written = written === undefined ? a.value : `${written} ${a.value}`;
        break;
      case 'hidden':
        flags |= F.HIDDEN;
        break;
      case 'aria-hidden':
        if (a.value === 'true' && tag !== 'a') flags |= F.HIDDEN;
        break;
      case 'style':
        if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.value)) flags |= F.HIDDEN;
        break;
      case 'role':
        flags |= roleFlags(a.value.toLowerCase());
        break;
      case 'itemprop': {
        const v = a.value.toLowerCase();
        if (v.includes('articlebody') || v === 'text') flags |= F.ARTICLE_BODY;
        if (v.includes('author') || v === 'creator') flags |= F.BYLINE;
        if (v.includes('datepublished')) flags |= F.DATE;
        break;
      }
      case 'itemtype':
        // Comments, and the answers of a question page (schema.org `Answer`): the question is the page's text.
        if (/Comment|schema\.org\/Answer$/.test(a.value)) flags |= F.COMMENTS;
        break;
      case 'rel':
        if (/\bauthor\b/i.test(a.value)) flags |= F.BYLINE;
        break;
    }
  }
  if (written !== undefined) {
    let byNames = cache?.get(written);
    if (!byNames) {
      byNames = writtenHints(written);
      cache?.set(written, byNames);
    }
    flags |= byNames.flags;
    weight += byNames.weight;
  }
  return flags === 0 && weight === 0 ? NONE : { flags, weight };
}

/**
 * What the `class` and `id` values `written` (joined by a space) say. Lowering
 * the joined text lowers each value alike: no case rule reaches across a space.
 */
function writtenHints(written: string): Hints {
  const names = ` ${written.toLowerCase()}`;
  return names.length > 1 && names.length < 400 ? namesHints(names) : NONE;
}

/** What `class` and `id` words say. */
function namesHints(names: string): Hints {
  let flags = 0;
  let weight = 0;
  if (SCREEN_READER.test(names) || HOVER_BOX.test(names) || PRINT_ONLY.test(names))
    flags |= F.HIDDEN;
  if (HIDING.test(names) && !SHOWN_SOMEWHERE.test(names)) flags |= F.UNSHOWN;
  if (BODY.test(names)) {
    flags |= F.ARTICLE_BODY;
    weight += 25;
  } else if (ARTICLE.test(names)) {
    flags |= F.ARTICLE;
    weight += 25;
  }
  if (COMMENTS.test(names)) flags |= F.COMMENTS;
  if (RELATED.test(names)) flags |= F.RELATED;
  // An embedded post (`social-media-embed`, `twitter-tweet`, `instagram-media`) is quoted in the article, not a share bar.
  if (SOCIAL_POST.test(names)) flags |= F.EMBED;
  if (SHARE.test(names) && !EMBED.test(names)) flags |= F.SHARE;
  if (DIALOG.test(names)) flags |= F.DIALOG;
  if (FURNITURE.test(names)) flags |= F.FURNITURE;
  if (BYLINE.test(names)) flags |= F.BYLINE;
  if (DATE.test(names)) flags |= F.DATE;
  if (CAPTION.test(names)) flags |= F.CAPTION;
  if (FOOTER_NAME.test(names) && !FOOTER_OF_ARTICLE.test(names)) flags |= F.FOOTER;
  if (NEGATIVE.test(names) || (flags & (F.COMMENTS | F.RELATED | F.SHARE | F.FURNITURE)) !== 0)
    weight -= 25;
  return { flags, weight };
}

function roleFlags(role: string): number {
  switch (role) {
    case 'navigation':
    case 'menu':
    case 'menubar':
      return F.NAV;
    case 'banner':
      return F.HEADER;
    case 'contentinfo':
      return F.FOOTER;
    case 'complementary':
      return F.ASIDE;
    case 'main':
      return F.MAIN;
    case 'article':
      return F.ARTICLE;
    case 'dialog':
    case 'alertdialog':
      return F.DIALOG | F.MODAL;
    default:
      return 0;
  }
}

/** Flags an element gets from its tag alone. */
export function tagFlags(tag: string): number {
  switch (tag) {
    case 'a':
      return F.LINK;
    case 'nav':
      return F.NAV;
    case 'header':
      return F.HEADER;
    case 'footer':
      return F.FOOTER;
    case 'aside':
      return F.ASIDE;
    case 'form':
      return F.FORM;
    case 'figure':
      return F.FIGURE;
    case 'figcaption':
    case 'caption':
      return F.CAPTION;
    case 'blockquote':
    case 'q':
      return F.QUOTE;
    case 'ul':
    case 'ol':
    case 'dl':
    case 'menu':
      return F.LIST;
    case 'table':
      return F.TABLE;
    case 'h1':
      return F.HEADING | F.H1;
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return F.HEADING;
    case 'pre':
      return F.PRE;
    case 'article':
      return F.ARTICLE;
    case 'main':
      return F.MAIN;
    case 'dialog':
      return F.DIALOG | F.MODAL;
    default:
      return 0;
  }
}
