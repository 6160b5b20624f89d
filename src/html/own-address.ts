/**
 * Whether a link points at the page itself: a blog theme's permalink around
 * the post's date (`<a href="…/streit-ums-holz/">13. Februar 2017</a>`). The
 * link matches one of the page's addresses (the caller's, the canonical one)
 * by host (without `www.`) and path (without a trailing slash), query
 * included; a link written from the site's root (`/streit-ums-holz/`)
 * matches by path. A link to a place in the page (`#respond`, `#comment-3`)
 * points at a comment or a form, not at the page's own date.
 */

/** Host (lower case, no `www.`) and path with query (no trailing slash), or only the path for a root-relative link. */
interface Address {
  host?: string;
  path: string;
}

const ABSOLUTE = /^(?:https?:)?\/\/([^/?#]+)([/?][^#]*)?$/i;

function addressOf(href: string): Address | undefined {
  const s = href.trim();
  if (s === '' || s.includes('#')) return undefined;
  const abs = ABSOLUTE.exec(s);
  if (abs) {
    const host = (abs[1] ?? '').toLowerCase().replace(/^www\./, '');
    return { host, path: trimSlash(abs[2] ?? '') };
  }
  return s.startsWith('/') ? { path: trimSlash(s) } : undefined;
}

function trimSlash(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return end === path.length ? path : path.slice(0, end);
}

/** Whether `href` is one of `urls`, the page's own addresses. */
export function isOwnAddress(href: string, urls: readonly string[]): boolean {
  const link = addressOf(href);
  // The site's root is every page's home, not this page.
  if (!link || link.path === '') return false;
  for (const url of urls) {
    const own = addressOf(url);
    if (!own || own.host === undefined) continue;
    if (link.path === own.path && (link.host === undefined || link.host === own.host)) return true;
  }
  return false;
}
