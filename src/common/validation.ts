import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from './errors.js';

/** Flattens class-validator's tree into one entry per offending field, with a dotted path (`variants.bot`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith('property ') && message.endsWith('should not exist') ? `unknown field "${field}"` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationFailed(errors: ValidationError[]): DomainError {
  const fieldErrors = flattenValidationErrors(errors);
  const summary = fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new DomainError('BAD_USER_INPUT', `Validation failed: ${summary}`, {}, fieldErrors);
}

/** Unknown fields are rejected, types are converted from query strings, and every failure lists its fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: validationFailed,
  });
}
