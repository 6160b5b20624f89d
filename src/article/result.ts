/** Assembling an {@link Article} from the parts the pipelines found. */
import { DETECT_READS } from '../lang/detect.js';
import { guessLang } from '../lang/guess.js';
import type {
  Article,
  ArticleKind,
  ArticleSpans,
  ListingItem,
  Paragraph,
  Publication,
  RelatedLink,
  Span,
} from '../types.js';

/** What a front door found, before the result is shaped. */
export interface ArticleParts {
  title?: { text: string; span?: Span };
  standfirst?: { text: string; span?: Span };
  source?: Publication & { span?: Span };
  site?: Publication;
  publishedAt?: { iso: string; span?: Span };
  authors: Array<{ name: string; span?: Span }>;
  lang?: string;
  paragraphs: Paragraph[];
  related: RelatedLink[];
  kind?: ArticleKind;
  items?: ListingItem[];
  /** Page-level fields only HTML has (description, image, section, tags, canonical address). */
  extras?: Pick<Article, 'description' | 'image' | 'section' | 'tags' | 'canonicalUrl'>;
  warnings: string[];
}

/** Fewer body characters than this, and an "article" gets a warning. */
const MIN_ARTICLE_TEXT = 80;

/**
 * The title and text as one string, cut to what `detectLang` reads: a long
 * text is not copied whole into the joined string only for its start to be read.
 */
function langSample(title: string, text: string): string {
  const room = DETECT_READS - title.length - 1;
  // Joined, not concatenated: the language guess reads it character by character, which a
  // joined (flat) string answers faster than a concatenation or a slice of one.
  return [title, text.length > room ? text.slice(0, Math.max(0, room)) : text].join('\n');
}

/** Shapes the parts into the public result, deriving `text`, `lang` and `kind`. */
export function buildArticle(parts: ArticleParts): Article {
  const text = parts.paragraphs.map((p) => p.text).join('\n\n');
  const lang = parts.lang ?? guessLang(langSample(parts.title?.text ?? '', text));
  const spans: ArticleSpans = { authors: parts.authors.map((a) => a.span ?? null) };
  if (parts.title?.span) spans.title = parts.title.span;
  if (parts.standfirst?.span) spans.standfirst = parts.standfirst.span;
  if (parts.source?.span) spans.source = parts.source.span;
  if (parts.publishedAt?.span) spans.publishedAt = parts.publishedAt.span;
  const kind = parts.kind ?? (parts.paragraphs.length > 0 ? 'article' : 'unknown');
  if (kind === 'article' && text.length < MIN_ARTICLE_TEXT) {
    parts.warnings.push(`very little text (${text.length} characters): probably not an article`);
  }
  // Built key by key, so every result lists its keys in the same order (spreading conditional
  // literals, as one literal, cost microseconds a call: a small dump's parse is a few hundred).
  const article: Partial<Article> = {};
  if (parts.title) article.title = parts.title.text;
  if (parts.standfirst) article.standfirst = parts.standfirst.text;
  if (parts.source) article.source = publication(parts.source);
  if (parts.site) article.site = publication(parts.site);
  if (parts.publishedAt) article.publishedAt = parts.publishedAt.iso;
  article.authors = parts.authors.map((a) => a.name);
  if (parts.extras) Object.assign(article, parts.extras);
  if (lang && (parts.lang || parts.title || text)) article.lang = lang;
  article.kind = kind;
  article.paragraphs = parts.paragraphs;
  article.text = text;
  article.related = parts.related;
  if (parts.items) article.items = parts.items;
  article.spans = spans;
  article.warnings = parts.warnings;
  // Every key an Article must have is set above.
  return article as Article;
}

function publication(p: Publication): Publication {
  return p.url ? { name: p.name, url: p.url } : { name: p.name };
}
