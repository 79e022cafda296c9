import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

/** Fields where an explicit null has a meaning of its own: it removes the value (as in the REST DTOs). */
const MEANINGFUL_NULLS: ReadonlySet<string> = new Set([
  'categoryId',
  'parentId',
  'ownerKeyId',
  'ownerName',
  'reviewIntervalDays',
  'reviewBy',
]);

/** Deletes the properties set to null (but those in `keep`), in place. */
export function dropNulls<T extends object>(record: T, keep: ReadonlySet<string> = new Set()): T {
  const values = record as Record<string, unknown>;
  for (const key of Object.keys(values)) if (values[key] === null && !keep.has(key)) delete values[key];
  return record;
}

/**
 * GraphQL clients send `null` for optional arguments they leave empty (e.g. an unset variable); the services read
 * absent values as `undefined`. Runs after the global ValidationPipe has turned args and inputs into their classes.
 */
@Injectable()
export class NullAsAbsentPipe implements PipeTransform {
  transform(value: unknown, { metatype, type }: ArgumentMetadata): unknown {
    if (type === 'custom' || !metatype || metatype === Object || !(value instanceof metatype)) return value;
    return dropNulls(value, MEANINGFUL_NULLS);
  }
}
