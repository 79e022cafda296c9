import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import type { Channel, Principal, Role } from '../../common/domain.js';
import { notFound } from '../../common/errors.js';
import { decodeCursor, Page, toPage } from '../../common/paging.js';
import { RefreshingCache } from '../../common/refreshing-cache.js';
import { ApiKey, type ApiKeyView, toApiKeyView } from './api-key.entity.js';

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Default channel of a key of each role, when the creator names none. */
const DEFAULT_CHANNEL: Record<Role, Channel> = {
  public: 'web',
  bot: 'bot',
  agent: 'agent',
  editor: 'agent',
  admin: 'agent',
};

/**
 * A lookup is remembered briefly; a revocation or change on this instance clears it at once, another instance's (or
 * the CLI's, on a database server) takes effect here within CACHE_TTL_MS + STALE_MS.
 */
const CACHE_TTL_MS = 5_000;
/**
 * How long after CACHE_TTL_MS a lookup still answers while it is read again (see RefreshingCache): long enough for a
 * re-read queued behind a background transaction on the embedded database (0.3-0.6 s under load); a key idle for
 * longer is read again before its next request is answered.
 */
const STALE_MS = 2_000;

/** How long the set of origins allowed by some key is reused before it is read again (other instances' changes). */
const ORIGINS_TTL_MS = 5_000;

export interface NewApiKey {
  name: string;
  role: Role;
  channel?: Channel;
  allowedOrigins?: string[];
}

export interface ApiKeyChanges {
  name?: string;
  allowedOrigins?: string[];
}

@Injectable()
export class ApiKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ApiKeys');
  private readonly lookups = new RefreshingCache<Principal | null>({
    max: 10_000,
    ttlMs: CACHE_TTL_MS,
    staleMs: STALE_MS,
  });
  private readonly browserOrigins = new RefreshingCache<Set<string>>({
    max: 1,
    ttlMs: ORIGINS_TTL_MS,
    staleMs: STALE_MS,
  });

  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.BOOTSTRAP_ADMIN_KEY)
      await this.ensureKey('bootstrap admin', 'admin', this.config.BOOTSTRAP_ADMIN_KEY);
  }

  /** Creates a key and returns its secret, which is never shown again. */
  async create(input: NewApiKey): Promise<{ key: ApiKeyView; secret: string }> {
    const secret = `sv_${input.role}_${randomBytes(24).toString('base64url')}`;
    const key = await this.insert(
      input.name,
      input.role,
      input.channel ?? DEFAULT_CHANNEL[input.role],
      secret,
      input.allowedOrigins,
    );
    this.browserOrigins.clear();
    return { key, secret };
  }

  /** Makes sure a key with this exact secret exists (idempotent). */
  async ensureKey(name: string, role: Role, secret: string): Promise<ApiKeyView> {
    const existing = await this.keys.findOne({ where: { secretHash: hashSecret(secret) } });
    if (existing) {
      if (existing.revokedAt || existing.role !== role) {
        await this.keys.update(existing.id, { revokedAt: null, role });
        this.logger.log({ message: 'bootstrap key restored', keyId: existing.id });
      }
      return toApiKeyView({ ...existing, role, revokedAt: null });
    }
    const key = await this.insert(name, role, DEFAULT_CHANNEL[role], secret);
    this.logger.log({ message: 'bootstrap key created', keyId: key.id, role });
    return key;
  }

  async list(limit = 50, cursor?: string, includeRevoked = false): Promise<Page<ApiKeyView>> {
    const after = decodeCursor<{ createdAt: string; id: string }>(cursor, ['createdAt', 'id']);
    const query = this.keys
      .createQueryBuilder('k')
      .orderBy('k.created_at', 'ASC')
      .addOrderBy('k.id', 'ASC')
      .limit(limit + 1);
    if (!includeRevoked) query.andWhere('k.revoked_at IS NULL');
    if (after) query.andWhere('(k.created_at, k.id) > (:createdAt, :id)', after);
    const rows = (await query.getMany()).map(toApiKeyView);
    return toPage(rows, limit, (k) => ({ createdAt: k.createdAt.toISOString(), id: k.id }));
  }

  /** Whether any admin key can be used (none on a new database until one is created). */
  async hasActiveAdminKey(): Promise<boolean> {
    return (await this.keys.count({ where: { role: 'admin', revokedAt: IsNull() } })) > 0;
  }

  async get(id: string): Promise<ApiKeyView> {
    const key = await this.keys.findOne({ where: { id } });
    if (!key) throw notFound('API key', id);
    return toApiKeyView(key);
  }

  /** The names of these keys that exist, by id (reports name the key that asked). */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const keys = await this.keys.find({ where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } });
    return new Map(keys.map((k) => [k.id, k.name]));
  }

  /** Whether a key exists and is not revoked; `manager` reads inside the caller's transaction. */
  isActive(id: string, manager: EntityManager = this.keys.manager): Promise<boolean> {
    return manager.exists(ApiKey, { where: { id, revokedAt: IsNull() } });
  }

  async revoke(id: string): Promise<ApiKeyView> {
    const result = await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.forgetLookups();
    const key = await this.get(id);
    if (result.affected === 0 && !key.revokedAt) throw notFound('API key', id);
    return key;
  }

  /** Renames a key or replaces its allowed origins; takes effect at once on this instance. */
  async update(id: string, changes: ApiKeyChanges): Promise<ApiKeyView> {
    const result = await this.keys.update(id, changes);
    if (result.affected === 0) throw notFound('API key', id);
    this.forgetLookups();
    return this.get(id);
  }

  /**
   * Whether some active key allows pages on this origin: a CORS preflight carries no key, so it is answered for any
   * such origin, and the request itself is then refused unless its own key lists the origin (see origins.ts).
   */
  async isBrowserOriginAllowed(origin: string): Promise<boolean> {
    return (await this.browserOrigins.get('', () => this.readBrowserOrigins())).has(origin);
  }

  private async readBrowserOrigins(): Promise<Set<string>> {
    const rows = await this.keys
      .createQueryBuilder('k')
      .select('DISTINCT unnest(k.allowed_origins)', 'origin')
      .where('k.revoked_at IS NULL')
      .getRawMany<{ origin: string }>();
    return new Set(rows.map((row) => row.origin));
  }

  private forgetLookups(): void {
    this.lookups.clear();
    this.browserOrigins.clear();
  }

  /**
   * The principal behind a secret, or null for an unknown or revoked key. The requests made with a key while it is
   * looked up share the lookup (one statement rather than one per request, which on the embedded database would queue
   * one after another on its only connection).
   */
  authenticate(secret: string): Promise<Principal | null> {
    const hash = hashSecret(secret);
    return this.lookups.get(hash, () => this.lookUp(hash, Date.now()));
  }

  private async lookUp(hash: string, now: number): Promise<Principal | null> {
    const key = await this.keys.findOne({ where: { secretHash: hash, revokedAt: IsNull() } });
    const principal = key
      ? { keyId: key.id, name: key.name, role: key.role, channel: key.channel, allowedOrigins: key.allowedOrigins }
      : null;
    // Recorded at most once a minute per key; awaited so no write is left running at shutdown.
    if (key && (!key.lastUsedAt || now - key.lastUsedAt.getTime() > 60_000))
      await this.keys.update(key.id, { lastUsedAt: new Date(now) });
    return principal;
  }

  private async insert(
    name: string,
    role: Role,
    channel: Channel,
    secret: string,
    allowedOrigins: string[] = [],
  ): Promise<ApiKeyView> {
    const key = this.keys.create({
      name,
      role,
      channel,
      secretHash: hashSecret(secret),
      revokedAt: null,
      lastUsedAt: null,
      allowedOrigins,
    });
    const saved = await this.keys.save(key);
    const { secretHash: _omitted, ...visible } = saved;
    return toApiKeyView(visible as ApiKey);
  }
}
