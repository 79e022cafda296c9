import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import ipaddr from 'ipaddr.js';
import { once } from 'node:events';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../../config/app-config.js';
import { DomainError } from '../../common/errors.js';

const WINDOW_SECONDS = 60;
/** A Redis that stops answering must not hold requests: past this the in-memory limiter answers instead. */
const REDIS_COMMAND_TIMEOUT_MS = 500;
/** How long the start waits for Redis before serving with per-instance limits. */
const REDIS_CONNECT_WAIT_MS = 2_000;

/**
 * The fixed one-minute windows of the auth guard: failed authentications per client address, and requests per
 * `public`/`bot` key and address. Counted in Redis when REDIS_URL is set, so that every instance shares them; while
 * Redis is unreachable each instance counts in memory (logged once per outage) rather than failing requests.
 * An address that used up its failures is remembered as blocked by the instance that saw it, so that checking the
 * requests with a right key costs no round trip to Redis: spread over several instances, an address gets at most
 * one more failure per other instance before all of them refuse it.
 */
@Injectable()
export class RateLimitsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private redis?: Redis;
  private redisDown = false;
  private failures: RateLimiterAbstract;
  private keyRequests: RateLimiterAbstract;
  /** Addresses past their failed authentications, until their window ends. */
  private readonly blocked = new LRUCache<string, true>({ max: 100_000 });

  constructor(private readonly config: AppConfig) {
    this.failures = this.limiter('auth-failures', config.AUTH_FAILURE_LIMIT_PER_MINUTE);
    this.keyRequests = this.limiter('key-requests', config.PUBLIC_RATE_LIMIT_PER_MINUTE);
  }

  async onModuleInit(): Promise<void> {
    if (!this.config.REDIS_URL) return;
    // Loaded only when configured: ioredis is some 40 modules that a start without Redis need not read.
    const { Redis } = await import('ioredis');
    const redis = new Redis(this.config.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    });
    redis.on('error', (error: Error) => {
      if (this.redisDown) return;
      this.redisDown = true;
      this.logger.error(
        `Redis unreachable (${error.message}): rate limits are counted by each instance alone until it is back`,
      );
    });
    redis.on('ready', () => {
      if (!this.redisDown) return;
      this.redisDown = false;
      this.logger.log('Redis reachable again: rate limits are shared');
    });
    this.redis = redis;
    this.failures = this.limiter('auth-failures', this.config.AUTH_FAILURE_LIMIT_PER_MINUTE);
    this.keyRequests = this.limiter('key-requests', this.config.PUBLIC_RATE_LIMIT_PER_MINUTE);
    if (redis.status === 'ready') return;
    // A failure is logged by the 'error' listener; serving starts either way.
    await once(redis, 'ready', { signal: AbortSignal.timeout(REDIS_CONNECT_WAIT_MS) }).catch(() => undefined);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  /** Throws RATE_LIMITED while the address has used up its failed authentications of the current window. */
  assertMayAuthenticate(address: string): void {
    const remainingMs = this.blocked.getRemainingTTL(address);
    if (remainingMs > 0) throw this.failuresExceeded(remainingMs);
  }

  /** Counts a failed authentication of the address; throws RATE_LIMITED if it went over the limit. */
  async recordFailure(address: string): Promise<void> {
    try {
      const used = await this.guarded(this.failures.consume(address));
      if (used && used.consumedPoints >= this.config.AUTH_FAILURE_LIMIT_PER_MINUTE)
        this.blocked.set(address, true, { ttl: Math.max(1, used.msBeforeNext) });
    } catch (rejection) {
      const remainingMs = Math.max(1, (rejection as RateLimiterRes).msBeforeNext);
      this.blocked.set(address, true, { ttl: remainingMs });
      throw this.failuresExceeded(remainingMs);
    }
  }

  /** Counts a request of a `public` or `bot` key from the address; throws RATE_LIMITED over the limit. */
  async consumeKeyRequest(keyId: string, address: string): Promise<void> {
    await this.consume(
      this.keyRequests,
      `${keyId}|${address}`,
      `Rate limit of ${this.config.PUBLIC_RATE_LIMIT_PER_MINUTE} requests per minute exceeded`,
    );
  }

  private async consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
    try {
      await this.guarded(limiter.consume(key));
    } catch (rejection) {
      throw this.limited((rejection as RateLimiterRes).msBeforeNext, message);
    }
  }

  /**
   * The limiter's promise; a store error it could not absorb (the in-memory insurance covers Redis) lets the request
   * through rather than failing it. A rejection carrying a RateLimiterRes (over the limit) is passed on.
   */
  private async guarded<T>(operation: Promise<T>): Promise<T | null> {
    try {
      return await operation;
    } catch (error) {
      if (error instanceof RateLimiterRes) throw error;
      this.logger.error(`Rate limit not checked: ${(error as Error).message}`);
      return null;
    }
  }

  private failuresExceeded(remainingMs: number): DomainError {
    return this.limited(
      remainingMs,
      `More than ${this.config.AUTH_FAILURE_LIMIT_PER_MINUTE} failed authentications per minute from this address`,
    );
  }

  private limited(remainingMs: number, message: string): DomainError {
    return new DomainError('RATE_LIMITED', message, {}, [], Math.max(1, Math.ceil(remainingMs / 1000)));
  }

  private limiter(name: string, points: number): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: WINDOW_SECONDS });
    if (!this.redis) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${this.config.REDIS_KEY_PREFIX}:rate-limit:${name}`,
      points,
      duration: WINDOW_SECONDS,
      rejectIfRedisNotReady: true,
      // A key or address over its limit is refused from memory until its window ends: a flood costs Redis nothing.
      inMemoryBlockOnConsumed: points,
      insuranceLimiter: memory,
    });
  }
}

/**
 * The client a rate limit counts for an address: an IPv6 address by its /64 (one subscriber's network: whoever has a
 * /64 can pick any of its 2^64 addresses), an IPv4-mapped IPv6 address as the IPv4 address, any other as it is.
 */
export function rateLimitedClient(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const ipv6 = parsed as ipaddr.IPv6;
  if (ipv6.isIPv4MappedAddress()) return ipv6.toIPv4Address().toString();
  return `${new ipaddr.IPv6([...ipv6.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}
