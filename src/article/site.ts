/** The site a page was taken from, read off its URL without the URL API (the core has no DOM). */
import type { Publication } from '../types.js';

const ORIGIN = /^([a-z][a-z0-9+.-]{0,20}):\/\/(?:[^/?#@]{0,256}@)?([^/?#:]{1,256})/i;

/** Lower-cased host name of `url` without a leading `www.`; undefined when `url` has no host. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = ORIGIN.exec(url.trim());
  const host = m?.[2]?.toLowerCase();
  if (!host) return undefined;
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** The site named by `url`: its host as the name, its origin as the address. */
export function siteFromUrl(url: string | undefined): Publication | undefined {
  if (!url) return undefined;
  const m = ORIGIN.exec(url.trim());
  const host = hostOf(url);
  if (!m || !host) return undefined;
  return { name: host, url: `${m[1]?.toLowerCase()}://${m[2]?.toLowerCase()}/` };
}
