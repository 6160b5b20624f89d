/** Recogniser for machine dates in metadata: ISO 8601 and its common loose forms. */
import { isoDay } from './iso.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * Normalises a metadata date (`2025-05-14`, `2025-05-14T09:17:00+01:00`,
 * `2025-05-14 09:17`) to ISO 8601, keeping time and offset when given.
 */
export function normaliseIsoString(value: string): string | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const day = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day) return undefined;
  if (m[4] === undefined || m[5] === undefined) return day;
  let out = `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
  const zone = m[7];
  if (zone)
    out += zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return out;
}
