/** Every entity type, in the order the docs and the guidelines list them. Data only. */
import type { EntityType } from '../types.js';

/** The eight entity types `extractEntities` finds (see {@link EntityType}). */
export const ENTITY_TYPES: readonly EntityType[] = [
  'person',
  'organization',
  'location',
  'misc',
  'money',
  'percent',
  'date',
  'quantity',
];
