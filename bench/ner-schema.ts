/**
 * The NER gold schema of `../shared/corpus/ner/GUIDELINES.md`, shared by the
 * evaluation script, the gold builder and the gold regression test. No Node
 * imports: the test also runs in Chromium.
 */
import type { Entity, EntityType } from '../src/index.js';

/** A gold entity: span, guideline type (PER, ORG, …), text and normalised value. */
export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
  norm?: Record<string, string | number>;
}

/** One gold paragraph. */
export interface GoldRecord {
  id: string;
  lang?: string;
  text: string;
  entities: GoldEntity[];
  acronyms?: Array<{ short: string; long: string }>;
  source?: string;
  note?: string;
}

/** Guideline types → depeche's entity types. */
export const TYPE_OF: Readonly<Record<string, EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'misc',
  MONEY: 'money',
  PERCENT: 'percent',
  DATE: 'date',
  QUANTITY: 'quantity',
};

/**
 * Whether a predicted value matches a gold norm, field by field on the gold's
 * keys (numbers within a relative 1e-6). A gold entity without a norm expects
 * no value, except places and demonyms, whose country code is a bonus.
 */
export function valueMatches(pred: Entity, gold: GoldEntity): boolean {
  // No norm: a date's value is then empty (`{}`, a deictic date), any other value type has none.
  if (!gold.norm)
    return (
      pred.value === undefined ||
      Object.keys(pred.value).length === 0 ||
      gold.type === 'LOC' ||
      gold.type === 'MISC'
    );
  const value = (pred.value ?? {}) as Record<string, unknown>;
  return Object.entries(gold.norm).every(([k, v]) =>
    typeof v === 'number'
      ? Math.abs(Number(value[k]) - v) < 1e-6 * Math.max(1, Math.abs(v))
      : value[k] === v,
  );
}
