/**
 * The entity extractor alone: `import { extractEntities } from 'depeche/entities'`.
 * It leaves the HTML parser (parse5) and the article code out of a bundle.
 *
 * @packageDocumentation
 * @module depeche/entities
 */

export { extractEntities } from './entities/extract.js';
export type {
  DateEntity,
  DateValue,
  Entity,
  EntityBase,
  EntityType,
  EntityValue,
  ExtractEntitiesOptions,
  LocationEntity,
  LocationValue,
  MiscEntity,
  MiscValue,
  MoneyEntity,
  MoneyValue,
  OrganizationEntity,
  PercentEntity,
  PercentValue,
  PersonEntity,
  QuantityEntity,
  QuantityValue,
  Span,
} from './types.js';
