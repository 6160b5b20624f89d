/**
 * The entity extractor alone: `import { extractEntities } from 'depeche/entities'`.
 *
 * @packageDocumentation
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
