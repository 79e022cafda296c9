import type { DataSource } from 'typeorm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutboxService } from './outbox.service.js';

/** A database stand-in whose transactions succeed: what is tested here is who is woken after a commit. */
const database = {
  transaction: async (work: (manager: unknown) => Promise<unknown>) => work({ query: async () => [] }),
} as unknown as DataSource;

function followed() {
  const outbox = new OutboxService(database);
  const woken = { deferred: 0, immediate: 0 };
  const followers = [
    outbox.follow({ wake: () => (woken.deferred += 1) }),
    outbox.follow({ wake: () => (woken.immediate += 1), immediate: true }),
  ];
  const commit = () => outbox.write(async () => undefined);
  return { outbox, woken, commit, stop: () => followers.forEach((f) => f.stop()) };
}

afterEach(() => vi.useRealTimers());

describe('OutboxService.bulk', () => {
  it('wakes followers once when a bulk write ends instead of at each of its commits; immediate followers at every commit', async () => {
    const { outbox, woken, commit, stop } = followed();
    await commit();
    expect(woken).toEqual({ deferred: 1, immediate: 1 });
    await outbox.bulk(async () => {
      for (let n = 0; n < 3; n += 1) await commit();
      expect(woken).toEqual({ deferred: 1, immediate: 4 });
    });
    expect(woken).toEqual({ deferred: 2, immediate: 4 });
    await commit();
    expect(woken).toEqual({ deferred: 3, immediate: 5 });
    stop();
  });

  it('lets held followers catch up every 30 s while a long bulk write runs', async () => {
    vi.useFakeTimers();
    const { outbox, woken, commit, stop } = followed();
    let finish!: () => void;
    const running = outbox.bulk(() => new Promise<void>((resolve) => (finish = resolve)));
    await commit();
    vi.advanceTimersByTime(29_000);
    expect(woken.deferred).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(woken.deferred).toBe(1);
    await commit();
    finish();
    await running;
    expect(woken.deferred).toBe(2);
    stop();
  });
});
