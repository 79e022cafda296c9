import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type MetadataStorage } from 'class-validator';
import { DomainError, FieldError } from './errors.js';
import { findOversizedIntegers, findUnstorableText } from './input-guard.js';

/** Flattens class-validator's tree into one entry per offending field, with a dotted path (`variants.bot`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message:
        message.startsWith('property ') && message.endsWith('should not exist') ? `unknown field "${field}"` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function invalidFields(fieldErrors: FieldError[]): DomainError {
  const summary = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new DomainError('BAD_USER_INPUT', `Validation failed: ${summary}`, {}, fieldErrors);
}

export function validationFailed(errors: ValidationError[]): DomainError {
  return invalidFields(flattenValidationErrors(errors));
}

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

const memoised = new WeakSet<MetadataStorage>();

/**
 * class-validator finds a class's rules by scanning every class it knows, on every validation: with the ~90 request
 * classes here that was about half of the validation of a search query, and validation a sixth of the whole request.
 * A class's rules are fixed once its module has loaded, so the lookup (and its grouping by property) is memoised per
 * class and options, and forgotten whenever a rule is added. Callers only read what is returned.
 */
export function memoiseValidationRules(storage: MetadataStorage = getMetadataStorage()): void {
  if (memoised.has(storage)) return;
  memoised.add(storage);
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let rules = new Map<Function, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], ReturnType<MetadataStorage['groupByPropertyName']>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let byOptions = rules.get(target);
    if (!byOptions) rules.set(target, (byOptions = new Map()));
    let found = byOptions.get(options);
    if (!found) byOptions.set(options, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
  // Schemas are added through addValidationMetadata too.
  storage.addValidationMetadata = (metadata) => {
    rules = new Map();
    grouped = new WeakMap();
    add(metadata);
  };
}

function refuse(fieldErrors: FieldError[]): void {
  if (fieldErrors.length > 0) throw invalidFields(fieldErrors);
}

/**
 * The one pipe every client-controlled value passes (REST path, query and body; GraphQL arguments): before the DTO
 * rules, text PostgreSQL cannot store is refused; after them (query strings are numbers by then), integers an
 * `integer` column cannot hold. Values of custom decorators (the caller's principal) are the server's own.
 */
export class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    refuse(findUnstorableText(value, metadata.data ?? ''));
    const transformed = await super.transform(value, metadata);
    refuse(findOversizedIntegers(transformed, metadata.data ?? ''));
    return transformed;
  }
}

/** Unknown fields are rejected, types are converted from query strings, and every failure lists its fields. */
export function createValidationPipe(): ValidationPipe {
  memoiseValidationRules();
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: validationFailed,
  });
}
