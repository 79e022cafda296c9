import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting the service reads from the environment. Validated once at boot: a bad value stops the start with
 * a message naming the variable.
 */
export class AppConfig {
  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined) @IsString()
  HOST = '0.0.0.0';

  /** Embedded PostgreSQL (PGlite) data directory, used when DATABASE_URL is not set. `memory://` keeps it in memory. */
  @Transform(emptyToUndefined) @IsString()
  DATA_DIR = './data';

  @Transform(emptyToUndefined) @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(emptyToUndefined) @IsOptional() @IsUrl({ require_tld: false })
  MEILI_URL?: string;

  @Transform(emptyToUndefined) @IsOptional() @IsString()
  MEILI_MASTER_KEY?: string;

  /** Prefix of the Meilisearch index names, so that several deployments (or test runs) can share one engine. */
  @Transform(emptyToUndefined) @IsString()
  MEILI_INDEX_PREFIX = 'savoir';

  @Transform(emptyToUndefined) @IsOptional() @IsString() @MinLength(16, { message: 'BOOTSTRAP_ADMIN_KEY must be at least 16 characters' })
  BOOTSTRAP_ADMIN_KEY?: string;

  @Transform(emptyToUndefined) @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';

  @Transform(emptyToUndefined) @IsIn(['json', 'text'])
  LOG_FORMAT = 'json';

  /** Largest accepted request body, in bytes. */
  @Transform(toInt) @IsInt() @Min(1024)
  BODY_LIMIT = 1_048_576;

  /** Largest upload accepted by `POST /v1/imports`, in bytes (the import itself streams it from disk). */
  @Transform(toInt) @IsInt() @Min(1024)
  IMPORT_MAX_BYTES = 1_073_741_824;

  /** Requests per minute allowed to one `public` or `bot` key from one client address. */
  @Transform(toInt) @IsInt() @Min(1)
  PUBLIC_RATE_LIMIT_PER_MINUTE = 6000;

  /** Default locale of the knowledge base, the last step of every locale fallback chain. */
  @Transform(emptyToUndefined) @IsString()
  DEFAULT_LOCALE = 'en';

  /** How often scheduled publications and expiries are applied, in milliseconds. */
  @Transform(toInt) @IsInt() @Min(50)
  SCHEDULER_INTERVAL_MS = 1000;

  /** OpenAI-compatible chat model used to draft email replies; without it replies are drafted extractively. */
  @Transform(emptyToUndefined) @IsOptional() @IsUrl({ require_tld: false })
  LLM_BASE_URL?: string;

  @Transform(emptyToUndefined) @IsOptional() @IsString()
  LLM_API_KEY?: string;

  @Transform(emptyToUndefined) @IsString()
  LLM_MODEL = 'gpt-4o-mini';

  /** Webhooks: how long a receiver has to answer one delivery, in milliseconds. */
  @Transform(toInt) @IsInt() @Min(100)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Webhooks: attempts per delivery before it is marked failed (it can still be redelivered by hand). */
  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  WEBHOOK_MAX_ATTEMPTS = 10;

  /** Webhooks: delay before the first retry, in milliseconds; each further retry doubles it. */
  @Transform(toInt) @IsInt() @Min(10)
  WEBHOOK_RETRY_BASE_MS = 10_000;

  /** Webhooks: the longest delay between two retries, in milliseconds. */
  @Transform(toInt) @IsInt() @Min(10)
  WEBHOOK_RETRY_MAX_MS = 3_600_000;

  /** Webhooks: how often due deliveries (retries) are looked for, in milliseconds; new events are sent at once. */
  @Transform(toInt) @IsInt() @Min(50)
  WEBHOOK_POLL_INTERVAL_MS = 1_000;

  /**
   * Webhooks: allow targets on private, loopback, link-local and other non-public addresses (on-premises receivers).
   * Off by default, so that an admin key cannot make the service call its own network or a cloud metadata service.
   */
  @Transform(({ value }) => value === true || value === 'true') @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /** How often new served answers, searches, feedback and events are added to the analytics rollups, in milliseconds. */
  @Transform(toInt) @IsInt() @Min(50)
  ANALYTICS_ROLLUP_INTERVAL_MS = 5000;

  /** Days raw analytics rows (served answers, searches, feedback, events) are kept; then only rollups remain. 0 keeps them forever. */
  @Transform(toInt) @IsInt() @Min(0)
  ANALYTICS_RETENTION_DAYS = 90;

  /** How often rows past the retention period are deleted, in milliseconds. */
  @Transform(toInt) @IsInt() @Min(1000)
  ANALYTICS_RETENTION_INTERVAL_MS = 3_600_000;

  /** A self-service answer counts as followed by a contact if an agent or email contact comes this many minutes after it, at most. */
  @Transform(toInt) @IsInt() @Min(1) @Max(60 * 24 * 30)
  ANALYTICS_JOURNEY_WINDOW_MINUTES = 1440;

  // --- search engine ---

  /**
   * Search results and answers kept in memory for repeated queries (0 disables these caches: every query is
   * computed); dropped whenever the index or the content changes.
   */
  @Transform(toInt) @IsInt() @Min(0)
  SEARCH_CACHE_SIZE = 10_000;

  /**
   * Live revisions and FAQ lists read from the database, kept in memory for serving (0 disables these caches: every
   * answer and render reads the database); dropped whenever the content changes.
   */
  @Transform(toInt) @IsInt() @Min(0)
  CONTENT_CACHE_SIZE = 10_000;

  /**
   * Longest time a cached result is reused when other instances may change what it depends on unseen: a shared
   * engine (Meilisearch) for search results, a PostgreSQL server for live revisions. The in-process engine's cache
   * and the embedded database's are exact and ignore it.
   */
  @Transform(toInt) @IsInt() @Min(0)
  SEARCH_CACHE_TTL_MS = 500;

  /** Retry-After sent with 503 when the search engine cannot answer. */
  @Transform(toInt) @IsInt() @Min(1)
  SEARCH_RETRY_AFTER_SECONDS = 5;

  /** Timeout of each Meilisearch request, in milliseconds: an unreachable engine fails fast instead of hanging. */
  @Transform(toInt) @IsInt() @Min(50)
  MEILI_TIMEOUT_MS = 2_000;

  // GraphQL
  /** Deepest field nesting a GraphQL document may ask for; deeper documents are rejected before running. */
  @Transform(toInt) @IsInt() @Min(2) @Max(100)
  GRAPHQL_MAX_DEPTH = 12;

  /** Highest estimated cost of a GraphQL document (about one per field, times the page size for lists). */
  @Transform(toInt) @IsInt() @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 10_000;

  /** Serve the GraphiQL IDE at /graphiql. */
  @Transform(({ value }) => value === true || value === 'true') @IsBoolean()
  GRAPHQL_IDE = false;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'BOOTSTRAP_ADMIN_KEY', 'LLM_BASE_URL', 'LLM_API_KEY']) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw);
  Object.assign(config, overrides);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
