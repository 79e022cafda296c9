import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import type { Channel, Role } from '../src/common/domain.js';
import { random } from './search-engine-corpus.js';

/**
 * An OpenAPI-driven fuzz of the whole API (and of GraphQL, from its schema): for every operation, requests that are
 * valid but for one value, which is replaced by something hostile: wrong types, huge or odd text (NUL, unpaired
 * surrogates, RTL, emoji, combining marks), SQL, forged cursors, numbers past 2^31 and 2^53, arrays for scalars,
 * deeply nested JSON. Used by bench/fuzz-api.ts (by hand, 10,000+ requests) and test/e2e/fuzz.e2e.ts (a small slice).
 * Seeded: the same seed gives the same requests.
 */

export const ROLES: Role[] = ['public', 'bot', 'agent', 'editor', 'admin'];
/** The channel each role's key is bound to, as clients of that role have. */
export const CHANNEL_BY_ROLE: Record<Role, Channel | undefined> = {
  public: 'web',
  bot: 'bot',
  agent: 'agent',
  editor: undefined,
  admin: undefined,
};

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  role: Role;
  /** What was fuzzed, for the report: `POST /v1/articles body.title: "a\u0000b"`. */
  label: string;
}

export interface FuzzResponse {
  status: number;
  contentType: string;
  body: string;
}

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Stands for deeply nested JSON inside a value; replaced in the serialised body. */
const DEEP = '\u0001deep\u0001';
const deepJson = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

const forgedCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  'roaming\ud800',
  '\udc00x',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0302\u0303\u0304\u0305',
  "' OR 1=1 --",
  "'; DROP TABLE articles; --",
  '" OR ""="',
  '%',
  '%00',
  '%%32%65',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  forgedCursor({ after: "' OR 1=1 --", id: 99999999999 }),
  forgedCursor([1e308, '\u0000']),
  'eyJpZCI6Ii0xIn0',
  '99999999999',
  '9007199254740993',
  '-1',
  'NaN',
  'null',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  '01900000-0000-7000-8000-000000000000',
  'x'.repeat(300),
  'é'.repeat(20_000),
];
const HOSTILE_NUMBERS = [
  0,
  -1,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1.5,
  1e308,
  -0.0001,
];
const HOSTILE_SHAPES: unknown[] = [null, true, [], ['a', 'b'], {}, { a: { b: 1 } }, [[[]]], DEEP];
const HOSTILE_VALUES: unknown[] = [...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, ...HOSTILE_SHAPES];
const HOSTILE_IF_MATCH = ['"99999999999"', 'W/"-1"', '"é1"', '"1", "2"', '*', '"9007199254740993"', '"1e3"'];

export class ApiFuzzer {
  private readonly rnd: () => number;
  private readonly operations: { method: string; path: string; operation: Operation }[];
  private readonly graphqlFields: { field: GraphQLField<unknown, unknown>; operation: 'query' | 'mutation' }[] = [];
  private readonly schemas: Record<string, Schema>;

  constructor(document: OpenApiDocument, graphqlSdl: string | undefined, seed: number) {
    this.rnd = random(seed);
    this.schemas = document.components?.schemas ?? {};
    this.operations = Object.entries(document.paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
      )
      .filter(({ method }) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method));
    if (graphqlSdl) {
      const schema: GraphQLSchema = buildSchema(graphqlSdl);
      for (const [operation, type] of [
        ['query', schema.getQueryType()],
        ['mutation', schema.getMutationType()],
      ] as const) {
        for (const field of Object.values(type?.getFields() ?? {})) this.graphqlFields.push({ field, operation });
      }
    }
  }

  get operationCount(): number {
    return this.operations.length + this.graphqlFields.length;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)];
  }

  /** The `index`-th request: operations in turn, each with a role in turn and one hostile value. */
  request(index: number): FuzzRequest {
    const role = ROLES[Math.floor(index / this.operationCount) % ROLES.length];
    const slot = index % this.operationCount;
    return slot < this.operations.length
      ? this.restRequest(this.operations[slot], role)
      : this.graphqlRequest(this.graphqlFields[slot - this.operations.length], role);
  }

  private resolve(schema: Schema | undefined): Schema {
    if (!schema) return {};
    if (schema.$ref) return this.resolve(this.schemas[schema.$ref.split('/').pop()!]);
    const first = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
    return first ? this.resolve(first) : schema;
  }

  /** A plausible value for a schema: what a client would send, so that only the fuzzed value is wrong. */
  private plausible(schema: Schema | undefined, depth = 0): unknown {
    const s = this.resolve(schema);
    if (s.enum?.length) return this.pick(s.enum);
    if (s.type === 'integer' || s.type === 'number') return 1;
    if (s.type === 'boolean') return true;
    if (s.type === 'array') return depth > 4 ? [] : [this.plausible(s.items, depth + 1)];
    if (s.type === 'object' || s.properties) {
      if (depth > 4) return {};
      return Object.fromEntries(
        Object.entries(s.properties ?? {})
          .filter(([name]) => s.required?.includes(name) || this.rnd() < 0.5)
          .map(([name, property]) => [name, this.plausible(property, depth + 1)]),
      );
    }
    if (s.format === 'uuid') return '01900000-0000-7000-8000-000000000000';
    if (s.format === 'date-time') return '2026-01-01T00:00:00Z';
    if (s.format === 'date') return '2026-01-01';
    return this.pick(['en', 'roaming', 'web', 'pay-my-bill', 'fr-CA']);
  }

  private restRequest(
    { method, path, operation }: { method: string; path: string; operation: Operation },
    role: Role,
  ): FuzzRequest {
    const parameters = operation.parameters ?? [];
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
    const pathValues = Object.fromEntries(
      parameters.filter((p) => p.in === 'path').map((p) => [p.name, this.plausible(p.schema)]),
    );
    const query: Record<string, unknown> = Object.fromEntries(
      parameters
        .filter((p) => p.in === 'query' && (p.required || this.rnd() < 0.5))
        .map((p) => [p.name, this.plausible(p.schema)]),
    );
    let body = bodySchema ? this.plausible(bodySchema) : undefined;
    const headers: Record<string, string> = {};

    // One target: a path parameter, a query parameter, a body field, the body itself, or If-Match.
    const targets: string[] = [
      ...Object.keys(pathValues).map((name) => `path.${name}`),
      ...parameters.filter((p) => p.in === 'query').map((p) => `query.${p.name}`),
      ...(body && typeof body === 'object' && !Array.isArray(body)
        ? Object.keys(this.resolve(bodySchema).properties ?? {}).map((name) => `body.${name}`)
        : []),
      ...(bodySchema ? ['body'] : []),
      ...(['PATCH', 'PUT', 'POST'].includes(method) ? ['header.If-Match'] : []),
    ];
    const target = targets.length > 0 ? this.pick(targets) : 'none';
    let hostile: unknown = this.pick(HOSTILE_VALUES);
    const [where, name] = [target.split('.')[0], target.slice(target.indexOf('.') + 1)];
    if (where === 'path') pathValues[name] = hostile;
    else if (where === 'query') query[name] = hostile;
    else if (where === 'body' && target !== 'body') (body as Record<string, unknown>)[name] = hostile;
    else if (target === 'body') body = hostile;
    else if (where === 'header') headers['if-match'] = hostile = this.pick(HOSTILE_IF_MATCH);

    const url =
      path.replace(/\{([^}]+)\}/g, (_, key: string) => urlPart(pathValues[key], where === 'path' && key === name)) +
      queryString(query);
    const request: FuzzRequest = {
      method,
      path: url,
      headers,
      role,
      label: `${method} ${path} ${target}: ${describe(hostile)}`,
    };
    if (body !== undefined) {
      request.headers['content-type'] = 'application/json';
      request.body = serialise(body);
    }
    return request;
  }

  private graphqlRequest(
    { field, operation }: { field: GraphQLField<unknown, unknown>; operation: 'query' | 'mutation' },
    role: Role,
  ): FuzzRequest {
    const variables: Record<string, unknown> = Object.fromEntries(
      field.args.map((arg) => [arg.name, this.graphqlValue(arg.type, 0)]),
    );
    const target = field.args.length > 0 ? this.pick(field.args) : undefined;
    let hostile: unknown = 'none';
    if (target) variables[target.name] = hostile = this.pick(HOSTILE_VALUES);
    const declarations = field.args.map((arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    const query = `${operation} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
    return {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: serialise({ query, variables }),
      role,
      label: `GraphQL ${field.name} ${target?.name ?? ''}: ${describe(hostile)}`,
    };
  }

  private graphqlValue(type: GraphQLInputType, depth: number): unknown {
    if (isNonNullType(type)) return this.graphqlValue(type.ofType, depth);
    if (isListType(type)) return depth > 4 ? [] : [this.graphqlValue(type.ofType, depth + 1)];
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      if (depth > 4) return {};
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type) || this.rnd() < 0.5)
          .map((f) => [f.name, this.graphqlValue(f.type, depth + 1)]),
      );
    }
    if (isScalarType(type)) {
      if (type.name === 'Int' || type.name === 'Float') return 1;
      if (type.name === 'Boolean') return true;
      if (type.name === 'DateTime') return '2026-01-01T00:00:00Z';
      if (type.name === 'ID' || type.name === 'UUID') return '01900000-0000-7000-8000-000000000000';
    }
    return this.pick(['en', 'roaming', 'web', 'pay-my-bill']);
  }
}

function serialise(value: unknown): string {
  return JSON.stringify(value).replaceAll(JSON.stringify(DEEP), deepJson(3000));
}

function urlPart(value: unknown, fuzzed: boolean): string {
  const text = value === DEEP ? deepJson(50) : typeof value === 'string' ? value : JSON.stringify(value);
  // A fuzzed "%" goes in raw, to reach the router's percent-decoding.
  return fuzzed && text === '%' ? '%' : percentEncode(text);
}

/** encodeURIComponent, except that an unpaired surrogate becomes the three bytes a careless encoder would send. */
function percentEncode(text: string): string {
  return text
    .split(/((?:[\uD800-\uDBFF](?![\uDC00-\uDFFF]))|(?:(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]))/)
    .map((part, index) => {
      if (index % 2 === 0) return encodeURIComponent(part);
      const unit = part.charCodeAt(0);
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    })
    .join('');
}

function queryString(query: Record<string, unknown>): string {
  const parts = Object.entries(query).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((item) => `${percentEncode(name)}=${urlPart(item, false)}`),
  );
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function describe(value: unknown): string {
  const text = value === DEEP ? 'deep JSON (3000 levels)' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
}

/**
 * Why a response breaks the contract (5xx; a 4xx that is not problem+json with status/title/detail/code), or undefined.
 */
export function contractBreach(request: FuzzRequest, response: FuzzResponse): string | undefined {
  if (response.status >= 500) return `${response.status}`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(response.body);
  } catch {
    return response.status >= 400 ? `${response.status} with a body that is not JSON` : undefined;
  }
  if (request.path === '/graphql') {
    const errors = (body.errors ?? []) as { extensions?: { code?: unknown } }[];
    const uncoded = errors.find((e) => typeof e.extensions?.code !== 'string');
    if (uncoded) return `GraphQL error without a code: ${JSON.stringify(uncoded).slice(0, 200)}`;
    if (errors.some((e) => e.extensions?.code === 'INTERNAL'))
      return `GraphQL INTERNAL error: ${JSON.stringify(errors).slice(0, 200)}`;
    return undefined;
  }
  if (response.status < 400) return undefined;
  if (!response.contentType.startsWith('application/problem+json'))
    return `${response.status} as ${response.contentType}`;
  if (
    body.status !== response.status ||
    typeof body.title !== 'string' ||
    typeof body.detail !== 'string' ||
    typeof body.code !== 'string'
  ) {
    return `${response.status} problem without status/title/detail/code: ${response.body.slice(0, 200)}`;
  }
  return undefined;
}

/** Status counts and contract breaches of a fuzz run. */
export class FuzzTally {
  readonly byStatus = new Map<number, number>();
  readonly breaches: string[] = [];

  record(request: FuzzRequest, response: FuzzResponse): void {
    this.byStatus.set(response.status, (this.byStatus.get(response.status) ?? 0) + 1);
    const breach = contractBreach(request, response);
    if (breach) this.breaches.push(`${request.role} ${request.label} -> ${breach}`);
  }

  get total(): number {
    return [...this.byStatus.values()].reduce((sum, count) => sum + count, 0);
  }

  summary(): string {
    return [...this.byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
  }
}
