/** Every site profile depeche knows, looked up by host or applied to any dump. */
import { AGGREGATOR_NETWORK } from './aggregator-network.js';
import { GENERIC } from './generic.js';
import type { SiteProfile } from './profile.js';

/** All profiles; their boilerplate applies to every input, host or not. */
export const PROFILES: readonly SiteProfile[] = [AGGREGATOR_NETWORK, GENERIC];

/** The profile whose hosts include `host` (without `www.`), if any. */
export function profileForHost(host: string | undefined): SiteProfile | undefined {
  if (!host) return undefined;
  return PROFILES.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}
