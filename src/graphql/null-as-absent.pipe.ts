import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

/** Fields where an explicit null has a meaning of its own: it removes the value (as in the REST DTOs). */
const MEANINGFUL_NULLS = new Set(['categoryId', 'parentId']);

/**
 * GraphQL clients send `null` for optional arguments they leave empty (e.g. an unset variable); the services read
 * absent values as `undefined`. Runs after the global ValidationPipe has turned args and inputs into their classes.
 */
@Injectable()
export class NullAsAbsentPipe implements PipeTransform {
  transform(value: unknown, { metatype, type }: ArgumentMetadata): unknown {
    if (type === 'custom' || !metatype || metatype === Object || !(value instanceof metatype)) return value;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (record[key] === null && !MEANINGFUL_NULLS.has(key)) delete record[key];
    return value;
  }
}
