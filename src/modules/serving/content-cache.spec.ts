import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../config/app-config.js';
import { type FollowOptions, OutboxFollower } from '../outbox/outbox-follower.js';
import type { OutboxService } from '../outbox/outbox.service.js';
import { ContentCache } from './content-cache.js';

/** What the cache needs of the outbox: to follow it, told of commits. */
function commits() {
  const listeners: (() => void)[] = [];
  const outbox = {
    onCommit: (listener: () => void) => (listeners.push(listener), () => undefined),
    follow: (options: FollowOptions) => new OutboxFollower(outbox, options),
  } as unknown as OutboxService;
  return { outbox, commit: () => listeners.forEach((listener) => listener()) };
}

const config = (shared: boolean) =>
  ({
    DATABASE_URL: shared ? 'postgres://db' : undefined,
    CONTENT_CACHE_SIZE: 100,
    SEARCH_CACHE_TTL_MS: 200,
  }) as AppConfig;

/** A database stand-in: each read returns the current version, once `release` is called. */
function source() {
  let version = 0;
  let reads = 0;
  let waiting: (() => void)[] = [];
  return {
    bump: () => (version += 1),
    reads: () => reads,
    release: () => (waiting.forEach((go) => go()), (waiting = [])),
    read: () => {
      reads += 1;
      const seen = version;
      return new Promise<{ version: number }>((resolve) => waiting.push(() => resolve({ version: seen })));
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A cache on a shared database (TTL 200 ms) holding version 0 of 'k', `ms` after the source moved to version 1. */
async function cachedThenChanged(ms: number) {
  const { outbox } = commits();
  const cache = new ContentCache(outbox, config(true));
  const db = source();
  const first = cache.get('k', db.read);
  db.release();
  await first;
  db.bump();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return { cache, db };
}

describe('ContentCache', () => {
  it('shares one read among concurrent misses and keeps its result', async () => {
    const { outbox } = commits();
    const cache = new ContentCache(outbox, config(false));
    const db = source();
    const both = Promise.all([cache.get('k', db.read), cache.get('k', db.read)]);
    db.release();
    expect(await both).toEqual([{ version: 0 }, { version: 0 }]);
    expect(await cache.get('k', db.read)).toEqual({ version: 0 });
    expect(db.reads()).toBe(1);
  });

  it('neither keeps nor shares a read that a commit overtook', async () => {
    const { outbox, commit } = commits();
    const cache = new ContentCache(outbox, config(false));
    const db = source();
    const before = cache.get('k', db.read);
    db.bump();
    commit();
    const after = cache.get('k', db.read);
    db.release();
    expect(await before).toEqual({ version: 0 });
    expect(await after).toEqual({ version: 1 });
    expect(db.reads()).toBe(2);
    const again = cache.get('k', db.read);
    db.release();
    expect(await again).toEqual({ version: 1 });
    expect(db.reads()).toBe(2);
  });

  it('serves the old value while one read refreshes an entry past its TTL (shared database)', async () => {
    const { cache, db } = await cachedThenChanged(250);
    expect(await cache.get('k', db.read)).toEqual({ version: 0 });
    expect(await cache.get('k', db.read)).toEqual({ version: 0 });
    expect(db.reads()).toBe(2);
    db.release();
    await tick();
    expect(await cache.get('k', db.read)).toEqual({ version: 1 });
    expect(db.reads()).toBe(2);
  });

  it('does not serve an entry nobody asked for during a whole TTL past its refresh time (shared database)', async () => {
    const { cache, db } = await cachedThenChanged(450);
    const later = cache.get('k', db.read);
    db.release();
    expect(await later).toEqual({ version: 1 });
  });

  it('reads again before answering when an entry went stale by itself', async () => {
    const { outbox } = commits();
    let expired = false;
    const cache = new ContentCache<{ version: number }>(outbox, config(false), { fresh: () => !expired });
    const db = source();
    const first = cache.get('k', db.read);
    db.release();
    await first;
    db.bump();
    expired = true;
    const second = cache.get('k', db.read);
    db.release();
    expect(await second).toEqual({ version: 1 });
  });

  it('closes once the reads under way have finished', async () => {
    const { outbox } = commits();
    const cache = new ContentCache(outbox, config(false));
    const db = source();
    const reading = cache.get('k', db.read);
    let closed = false;
    const closing = cache.close().then(() => (closed = true));
    await tick();
    expect(closed).toBe(false);
    db.release();
    await closing;
    expect(await reading).toEqual({ version: 0 });
  });
  it('tells a read whether it refreshes a value still served (the embedded FAQ ranks those in short statements)', async () => {
    const { outbox } = commits();
    const cache = new ContentCache(outbox, config(true));
    const told: boolean[] = [];
    const read = async (refreshing: boolean) => (told.push(refreshing), { told: told.length });
    expect(await cache.get('k', read)).toEqual({ told: 1 });
    await new Promise((resolve) => setTimeout(resolve, 250));
    // Past the TTL: the old value is answered, and a refresh runs behind it.
    expect(await cache.get('k', read)).toEqual({ told: 1 });
    await tick();
    expect(await cache.get('k', read)).toEqual({ told: 2 });
    expect(told).toEqual([false, true]);
  });
});
