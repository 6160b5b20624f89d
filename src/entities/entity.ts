/** A settled candidate as the public, type-discriminated {@link Entity}. */
import type {
  DateValue,
  Entity,
  EntityType,
  EntityValue,
  MoneyValue,
  PercentValue,
  QuantityValue,
} from '../types.js';

/** What every entity has besides its type and value. */
interface Base {
  text: string;
  start: number;
  end: number;
  expansion?: string;
}

const isMoney = (v: EntityValue | undefined): v is MoneyValue => v !== undefined && 'amount' in v;
const isQuantity = (v: EntityValue | undefined): v is QuantityValue =>
  v !== undefined && 'unit' in v;
const isPercent = (v: EntityValue | undefined): v is PercentValue =>
  v !== undefined && 'value' in v && !('unit' in v);
const hasCountry = (v: EntityValue | undefined): v is { country: string } =>
  v !== undefined && 'country' in v;
const isDate = (v: EntityValue): v is DateValue =>
  !('amount' in v) && !('value' in v) && !('country' in v);

/** The entity with `expansion` appended last, so JSON keys keep the order type, text, start, end, value, expansion. */
function withExpansion<E extends Entity>(e: E, expansion: string | undefined): E {
  return expansion ? { ...e, expansion } : e;
}

/**
 * The entity of `type` with `value`, or undefined when a type that always has a
 * value (money, percent, quantity) comes without one of its kind, which the
 * recognisers never produce. A date with no value gets `{}`: the span alone does
 * not fix it (`hier`, `Monday`).
 */
export function makeEntity(
  base: Base,
  type: EntityType,
  value: EntityValue | undefined,
): Entity | undefined {
  const { text, start, end, expansion } = base;
  switch (type) {
    case 'person':
    case 'organization':
      return withExpansion({ type, text, start, end }, expansion);
    case 'location':
    case 'misc':
      return withExpansion(
        hasCountry(value) ? { type, text, start, end, value } : { type, text, start, end },
        expansion,
      );
    case 'money':
      return isMoney(value)
        ? withExpansion({ type, text, start, end, value }, expansion)
        : undefined;
    case 'percent':
      return isPercent(value)
        ? withExpansion({ type, text, start, end, value }, expansion)
        : undefined;
    case 'quantity':
      return isQuantity(value)
        ? withExpansion({ type, text, start, end, value }, expansion)
        : undefined;
    case 'date':
      return withExpansion(
        { type, text, start, end, value: value && isDate(value) ? value : {} },
        expansion,
      );
  }
}
