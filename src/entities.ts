/**
 * The entity extractor alone: `import { extractEntities } from 'depeche/entities'`.
 *
 * @packageDocumentation
 */

export { extractEntities } from './entities/extract.js';
export type {
  DateValue,
  Entity,
  EntityType,
  ExtractEntitiesOptions,
  LocationValue,
  MiscValue,
  MoneyValue,
  PercentValue,
  QuantityValue,
  Span,
} from './types.js';
