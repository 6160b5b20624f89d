/**
 * The NER gold schema of `../shared/corpus/ner/GUIDELINES.md`, shared by the
 * evaluation script, the gold builder and the gold regression test. No Node
 * imports: the test also runs in Chromium.
 */
import type { EntityType } from '../src/index.js';

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
