import type { FieldError } from './errors.js';

/**
 * Checks every request passes before its fields are validated: text PostgreSQL cannot store, integers its `integer`
 * columns cannot hold, JSON nested deeper than the validators' recursion can take. Each is refused as bad input
 * naming the field, instead of failing in the database or overflowing the stack.
 */

/** The largest value of PostgreSQL's `integer`: every integer field of the API is stored in one. */
export const MAX_INTEGER = 2_147_483_647;

/** Deeper than any body of the API (a few levels): refused before parsing, so no recursive code ever sees it. */
export const MAX_JSON_DEPTH = 32;

/** U+0000, or a UTF-16 surrogate without its pair: neither can be stored in PostgreSQL text. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

export function hasUnstorableText(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** Removes what `hasUnstorableText` finds: for text that is logged rather than refused. */
export function withoutUnstorableText(text: string): string {
  return UNSTORABLE.test(text) ? text.replace(UNSTORABLE_ALL, '') : text;
}

const fieldPath = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/**
 * The errors `check` finds in each leaf of request data (arrays and objects walked through, by field path);
 * `checkKey` may refuse an object key, whose value is then not looked into.
 */
function fieldErrors(
  value: unknown,
  field: string,
  check: (leaf: unknown) => string | undefined,
  checkKey: (key: string) => string | undefined = () => undefined,
  found: FieldError[] = [],
): FieldError[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => fieldErrors(item, fieldPath(field, String(index)), check, checkKey, found));
  } else if (isPlainData(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyError = checkKey(key);
      if (keyError) found.push({ field: fieldPath(field, JSON.stringify(key)), message: keyError });
      else fieldErrors(item, fieldPath(field, key), check, checkKey, found);
    }
  } else {
    const message = check(value);
    if (message) found.push({ field, message });
  }
  return found;
}

/** Every string (and object key) in a parsed request value holding unstorable text, by field path. */
export function findUnstorableText(value: unknown, field: string): FieldError[] {
  return fieldErrors(
    value,
    field,
    (leaf) =>
      typeof leaf === 'string' && hasUnstorableText(leaf)
        ? 'must not contain U+0000 or unpaired UTF-16 surrogates'
        : undefined,
    (key) =>
      hasUnstorableText(key) ? 'a field name must not contain U+0000 or unpaired UTF-16 surrogates' : undefined,
  );
}

/** Every integer in a validated request value that PostgreSQL's `integer` cannot hold, by field path. */
export function findOversizedIntegers(value: unknown, field: string): FieldError[] {
  return fieldErrors(value, field, (leaf) =>
    typeof leaf === 'number' && Number.isInteger(leaf) && Math.abs(leaf) > MAX_INTEGER
      ? `must be between -${MAX_INTEGER} and ${MAX_INTEGER}`
      : undefined,
  );
}

/** Objects made from request data (parsed JSON, query strings, DTO instances); not dates, buffers or the like. */
function isPlainData(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !(value instanceof Date || ArrayBuffer.isView(value));
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Whether JSON text nests arrays/objects deeper than `maximum`, in one pass over its bytes (UTF-8 multi-byte sequences
 * never contain these ASCII bytes). Invalid JSON is left to the parser.
 */
export function jsonNestsDeeperThan(json: Uint8Array, maximum: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const byte = json[i];
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      depth += 1;
      if (depth > maximum) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      depth -= 1;
    }
  }
  return false;
}

/**
 * Whether a GraphQL document nests braces, brackets and parentheses deeper than `maximum`, in one pass: GraphQL's
 * recursive-descent parser overflows the stack on a few thousand levels. Strings, block strings and comments are
 * skipped; invalid documents are left to the parser.
 */
export function graphqlNestsDeeperThan(source: string, maximum: number): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '#') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (source.startsWith('"""', i)) {
      // A block string ends at the next """ not escaped as \""".
      let end = source.indexOf('"""', i + 3);
      while (end > 0 && source[end - 1] === '\\') end = source.indexOf('"""', end + 3);
      i = end < 0 ? source.length : end + 2;
    } else if (char === '"') {
      for (i += 1; i < source.length && source[i] !== '"' && source[i] !== '\n'; i += 1) if (source[i] === '\\') i += 1;
    } else if (char === '{' || char === '[' || char === '(') {
      depth += 1;
      if (depth > maximum) return true;
    } else if (char === '}' || char === ']' || char === ')') {
      depth -= 1;
    }
  }
  return false;
}
