import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
} from 'class-validator';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Fastify's `trustProxy` for a TRUSTED_PROXIES value: `false` (empty: the socket's peer is the client) or the
 * addresses/CIDR ranges whose `X-Forwarded-*` headers are believed; `undefined` if the value is malformed. (No hop
 * count: Fastify 5 trusts no one for a number, since the immediate peer could not be checked.)
 */
export function trustProxyOption(value: string): false | string[] | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  const entries = trimmed.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    if (PROXY_RANGE_NAMES.includes(entry)) return true;
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    if (version === 0 || rest.length > 0) return false;
    return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  });
  return valid ? entries : undefined;
}

const IsTrustedProxies = () =>
  ValidateBy({
    name: 'isTrustedProxies',
    validator: {
      validate: (value) => typeof value === 'string' && trustProxyOption(value) !== undefined,
      defaultMessage: () =>
        `TRUSTED_PROXIES must be a comma-separated list of IP addresses, CIDR ranges or ${PROXY_RANGE_NAMES.join(', ')}`,
    },
  });

/**
 * Every setting the service reads from the environment. Validated once at boot: a bad value stops the start with
 * a message naming the variable.
 */
export class AppConfig {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsString()
  HOST = '0.0.0.0';

  /** Embedded PostgreSQL (PGlite) data directory, used when DATABASE_URL is not set. `memory://` keeps it in memory. */
  @Transform(emptyToUndefined)
  @IsString()
  DATA_DIR = './data';

  /** A PostgreSQL server as one URL (the password percent-encoded); or give the parts below instead. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  /** A PostgreSQL server as parts, no encoding needed: any password works. Setting DATABASE_HOST selects the server. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[^\s/@#?]+$/, { message: 'DATABASE_HOST must be a host name or an IP address' })
  DATABASE_HOST?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  DATABASE_PORT = 5432;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_USER?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_PASSWORD?: string;

  /** A file holding the password (a Docker or Kubernetes secret); one trailing line break is ignored. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_PASSWORD_FILE?: string;

  /** Database name; default: the user's name, as for psql. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  DATABASE_NAME?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false })
  MEILI_URL?: string;

  /** The key the service uses: one limited to its own indexes (see scripts/meili-app-key.ts). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEILI_API_KEY?: string;

  /** A file holding MEILI_API_KEY (written by the compose file's meili-key service, or a secret). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEILI_API_KEY_FILE?: string;

  /**
   * Used by the service only without MEILI_API_KEY (it then has every right on the engine); else by
   * scripts/meili-app-key.ts.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  MEILI_MASTER_KEY?: string;

  /** Prefix of the Meilisearch index names, so that several deployments (or test runs) can share one engine. */
  @Transform(emptyToUndefined)
  @IsString()
  MEILI_INDEX_PREFIX = 'savoir';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'BOOTSTRAP_ADMIN_KEY must be at least 16 characters' })
  BOOTSTRAP_ADMIN_KEY?: string;

  @Transform(emptyToUndefined)
  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';

  @Transform(emptyToUndefined)
  @IsIn(['json', 'text'])
  LOG_FORMAT = 'json';

  /**
   * Bearer token a Prometheus scraper sends to read `/metrics`. Unset (the default), metrics are off: `/metrics` is 404
   * and no request is measured.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** Largest accepted request body, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT = 1_048_576;

  /**
   * Longest time a client may take to send a whole request, in milliseconds; past it the connection is closed (408).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  REQUEST_TIMEOUT_MS = 30_000;

  /**
   * On shutdown, how long the requests in flight may take to finish, in milliseconds; then their connections are
   * closed and the last log rows are written.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_DRAIN_MS = 10_000;

  /**
   * How far the server's JavaScript heap may grow past what its last full collection kept, in percent, before the next
   * one (V8's `--heap-growing-percent`); 0 leaves V8's own growth, which on a machine with much memory lets a busy
   * server's garbage pile up to about twice its live heap.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(400)
  HEAP_GROWTH_PERCENT = 30;

  /**
   * Feedback and event requests that may wait at once (PostgreSQL only) for an answer or search id just issued by
   * another instance and not written yet; past it they get 503 with Retry-After.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INGEST_MAX_WAITING_REQUESTS = 64;

  /** Largest upload accepted by `POST /v1/imports`, in bytes (the import itself streams it from disk). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  IMPORT_MAX_BYTES = 1_073_741_824;

  /** Requests per minute allowed to one `public` or `bot` key from one client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PUBLIC_RATE_LIMIT_PER_MINUTE = 6000;

  /**
   * Failed authentications (missing, unknown or revoked key) allowed from one client address per minute; past it,
   * every request from that address that needs a key gets 429 until the minute is over.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_FAILURE_LIMIT_PER_MINUTE = 30;

  /**
   * Proxies whose `X-Forwarded-For` is believed when telling the client's address (rate limits, logs): a
   * comma-separated list of addresses / CIDR ranges (or loopback, linklocal, uniquelocal). Empty (default): none,
   * the address is the connection's peer.
   */
  @Transform(({ value }) => (value === undefined ? undefined : String(value)))
  @IsTrustedProxies()
  TRUSTED_PROXIES = '';

  /** Redis shared by every instance for the rate limits; without it each instance counts alone, in memory. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL?: string;

  /** Prefix of the Redis keys, so that several deployments (or test runs) can share one Redis. */
  @Transform(emptyToUndefined)
  @IsString()
  REDIS_KEY_PREFIX = 'savoir';

  /** Default locale of the knowledge base, the last step of every locale fallback chain. */
  @Transform(emptyToUndefined)
  @IsString()
  DEFAULT_LOCALE = 'en';

  /** How often scheduled publications and expiries are applied, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  SCHEDULER_INTERVAL_MS = 1000;

  /** OpenAI-compatible chat model used to draft email replies; without it replies are drafted extractively. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false })
  LLM_BASE_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  LLM_API_KEY?: string;

  @Transform(emptyToUndefined)
  @IsString()
  LLM_MODEL = 'gpt-4o-mini';

  /** Webhooks: how long a receiver has to answer one delivery, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Webhooks: attempts per delivery before it is marked failed (it can still be redelivered by hand). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  WEBHOOK_MAX_ATTEMPTS = 10;

  /** Webhooks: delay before the first retry, in milliseconds; each further retry doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 10_000;

  /** Webhooks: the longest delay between two retries, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_MAX_MS = 3_600_000;

  /** Webhooks: how often due deliveries (retries) are looked for, in milliseconds; new events are sent at once. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  WEBHOOK_POLL_INTERVAL_MS = 1_000;

  /**
   * Webhooks: allow targets on private, loopback, link-local and other non-public addresses (on-premises receivers).
   * Off by default, so that an admin key cannot make the service call its own network or a cloud metadata service.
   */
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /**
   * How often new served answers, searches, feedback and events are added to the analytics rollups, in milliseconds.
   */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  ANALYTICS_ROLLUP_INTERVAL_MS = 5000;

  /**
   * About how many raw rows (served answers, searches, feedback, events) a step of a rollup pass reads, in statements
   * of its own (a writer's transaction is never cut); a pass reads more in several steps, in the same transaction. On
   * the embedded database each statement holds the serving thread while it runs (about 10 µs a row).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ANALYTICS_ROLLUP_STEP_ROWS = 2000;

  /**
   * Days raw analytics rows (served answers, searches, feedback, events) are kept; then only rollups remain. 0 keeps
   * them forever.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  ANALYTICS_RETENTION_DAYS = 90;

  /** How often rows past the retention period are deleted, in milliseconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  ANALYTICS_RETENTION_INTERVAL_MS = 3_600_000;

  /**
   * A self-service answer counts as followed by a contact if an agent or email contact comes this many minutes after
   * it, at most.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 30)
  ANALYTICS_JOURNEY_WINDOW_MINUTES = 1440;

  /**
   * Origins (`scheme://host[:port]`, space-separated) of the agent desktops allowed to show the agent panel
   * (`/admin/agent`) in an iframe; the panel's own origin always may. Every other page of the back-office stays
   * unframed.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/'";,]+( +https?:\/\/[^\s/'";,]+)*$/, {
    message: 'AGENT_PANEL_FRAME_ANCESTORS must be origins like https://desk.example.com, separated by spaces',
  })
  AGENT_PANEL_FRAME_ANCESTORS?: string;

  // --- search engine ---

  /**
   * Search results and answers kept in memory for repeated queries (0 disables these caches: every query is
   * computed); dropped whenever the index or the content changes.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SEARCH_CACHE_SIZE = 10_000;

  /**
   * The question matcher retrains (in the background) once the content has not changed for this long, in
   * milliseconds: a bulk import or a batch of publishes costs one retraining. Changes are answered at once meanwhile,
   * from the matcher's fresh tier.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MATCHER_RETRAIN_DEBOUNCE_MS = 60_000;

  /**
   * Live revisions and FAQ lists read from the database, kept in memory for serving (0 disables these caches: every
   * answer and render reads the database); dropped whenever the content changes.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  CONTENT_CACHE_SIZE = 10_000;

  /**
   * Longest time a cached result is reused when other instances may change what it depends on unseen: a shared
   * engine (Meilisearch) for search results, a PostgreSQL server for live revisions. The in-process engine's cache
   * and the embedded database's are exact and ignore it.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SEARCH_CACHE_TTL_MS = 500;

  /**
   * When answers also ask the search engine and fuse its ranking with the question matcher's (reciprocal rank
   * fusion): `short`, when the matcher is unsure and knows fewer articles than asked for; `unsure`, whenever it is
   * unsure (below the threshold). `unsure` ranked CLINC150 0.2-0.3 points better (top-1) but asks the engine for
   * every unsure question: two thirds of an answer's time on a large knowledge base.
   */
  @Transform(emptyToUndefined)
  @IsIn(['short', 'unsure'])
  ANSWER_FUSION: 'short' | 'unsure' = 'short';

  /** Retry-After sent with 503 when the search engine cannot answer. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SEARCH_RETRY_AFTER_SECONDS = 5;

  /** Timeout of each Meilisearch request, in milliseconds: an unreachable engine fails fast instead of hanging. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  MEILI_TIMEOUT_MS = 2_000;

  // GraphQL
  /** Deepest field nesting a GraphQL document may ask for; deeper documents are rejected before running. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100)
  GRAPHQL_MAX_DEPTH = 12;

  /** Highest estimated cost of a GraphQL document (about one per field, times the page size for lists). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COMPLEXITY = 10_000;
}

export class ConfigError extends Error {}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<AppConfig> = {},
): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of [
    ...known,
    ...DATABASE_PARTS,
    'DATABASE_URL',
    'MEILI_URL',
    'MEILI_API_KEY',
    'MEILI_API_KEY_FILE',
    'MEILI_MASTER_KEY',
    'BOOTSTRAP_ADMIN_KEY',
    'METRICS_TOKEN',
    'LLM_BASE_URL',
    'LLM_API_KEY',
    'REDIS_URL',
  ]) {
    if (env[key] !== undefined) raw[key] = env[key];
  }
  const config = plainToInstance(AppConfig, raw);
  Object.assign(config, overrides);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  try {
    resolveDatabaseServer(config, env);
    resolveMeilisearchKey(config);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${error instanceof Error ? error.message : String(error)}`);
  }
  return config;
}

const DATABASE_PARTS = [
  'DATABASE_HOST',
  'DATABASE_USER',
  'DATABASE_PASSWORD',
  'DATABASE_PASSWORD_FILE',
  'DATABASE_NAME',
] as const;

/**
 * True when the service runs on a PostgreSQL server (DATABASE_URL or DATABASE_HOST), false on the embedded database.
 */
export function usesDatabaseServer(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_HOST'>): boolean {
  return config.DATABASE_URL !== undefined || config.DATABASE_HOST !== undefined;
}

/**
 * The directory of the embedded database when it is in one (a single process holds it: see data-dir-lock), else
 * undefined (a database server, or `memory://`).
 */
export function embeddedDataDir(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_HOST' | 'DATA_DIR'>,
): string | undefined {
  return usesDatabaseServer(config) || config.DATA_DIR.startsWith('memory://') ? undefined : config.DATA_DIR;
}

/**
 * Refuses combinations that would silently ignore a setting, and reads DATABASE_PASSWORD_FILE into
 * DATABASE_PASSWORD (with DATABASE_URL: into the URL, percent-encoded so that it reaches PostgreSQL as typed).
 */
function resolveDatabaseServer(config: AppConfig, env: Record<string, string | undefined>): void {
  const given = DATABASE_PARTS.filter((part) => config[part] !== undefined);
  if (config.DATABASE_PASSWORD !== undefined && config.DATABASE_PASSWORD_FILE !== undefined) {
    throw new Error('DATABASE_PASSWORD and DATABASE_PASSWORD_FILE: set one of them, not both');
  }
  if (config.DATABASE_URL !== undefined) {
    const ignored = [
      ...given.filter((part) => part !== 'DATABASE_PASSWORD_FILE'),
      ...(env.DATABASE_PORT ? ['DATABASE_PORT'] : []),
    ];
    if (ignored.length > 0)
      throw new Error(
        `DATABASE_URL: set either DATABASE_URL or the DATABASE_HOST… parts, not both (also set: ${ignored.join(', ')})`,
      );
  } else if (config.DATABASE_HOST === undefined && given.length > 0) {
    throw new Error(`DATABASE_HOST is required with ${given.join(', ')} (without it the embedded database is used)`);
  }
  if (config.DATABASE_PASSWORD_FILE === undefined) return;
  config.DATABASE_PASSWORD = readSecretFile('DATABASE_PASSWORD_FILE', config.DATABASE_PASSWORD_FILE);
  if (config.DATABASE_URL === undefined) return;
  const url = new URL(config.DATABASE_URL);
  if (url.password !== '') throw new Error('DATABASE_PASSWORD_FILE: DATABASE_URL already carries a password');
  url.password = encodeURIComponent(config.DATABASE_PASSWORD);
  config.DATABASE_URL = url.toString();
}

function resolveMeilisearchKey(config: AppConfig): void {
  if (config.MEILI_API_KEY_FILE === undefined) return;
  if (config.MEILI_API_KEY !== undefined)
    throw new Error('MEILI_API_KEY and MEILI_API_KEY_FILE: set one of them, not both');
  config.MEILI_API_KEY = readSecretFile('MEILI_API_KEY_FILE', config.MEILI_API_KEY_FILE);
}

/** A secret file's content, without the one trailing line break editors and `echo` add. */
function readSecretFile(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new Error(`${variable}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
