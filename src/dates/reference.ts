/** A reference day that relative dates (`il y a 3 heures`, `منذ 5 أشهر`, `hier`) resolve against. */
import { isoDay } from './iso.js';

/** A calendar day, for resolving relative dates. */
export interface ReferenceDay {
  year: number;
  month: number;
  day: number;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads `YYYY-MM-DD…`; undefined when it is not a calendar day. */
export function readReferenceDay(value: string): ReferenceDay | undefined {
  const m = YMD.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isoDay(year, month, day) ? { year, month, day } : undefined;
}

/** The ISO day `days` days (and `months` months) before or after `ref`. */
export function shiftDay(ref: ReferenceDay, days: number, months = 0): string | undefined {
  const when = new Date(Date.UTC(ref.year, ref.month - 1 + months, ref.day + days));
  return isoDay(when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate());
}

/** The warning both paths give for a relative date (`3 hours ago`) that dates nothing without `referenceDate`. */
export function relativeLeftOutWarning(words: string): string {
  return `relative date left out (no referenceDate): ${words}`;
}
