import { randomUUID } from 'node:crypto';
import { AddressInfo, createServer, connect, Socket } from 'node:net';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/config/app-config.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

const LIMITS: Partial<AppConfig> = { PUBLIC_RATE_LIMIT_PER_MINUTE: 3, AUTH_FAILURE_LIMIT_PER_MINUTE: 4 };
/** The machine's Redis; a prefix of its own per run, so that parallel runs do not count each other's requests. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const redisPrefix = () => `savoir-test-${randomUUID()}`;

/** Sends the requests one after the other and returns their statuses. */
async function statuses(requests: Array<() => Promise<Response>>): Promise<number[]> {
  const result: number[] = [];
  for (const send of requests) result.push((await send()).status);
  return result;
}

function expectLimited(res: Response): void {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe('RATE_LIMITED');
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

const apps: TestApp[] = [];
async function start(overrides: Partial<AppConfig>): Promise<TestApp> {
  const t = await startTestApp({ ...LIMITS, ...overrides });
  apps.push(t);
  return t;
}
afterEach(async () => {
  await Promise.all(apps.splice(0).map((t) => t.close()));
});

describe('rate limits without a trusted proxy (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(LIMITS);
  });
  afterAll(async () => t?.close());

  it('counts a public key per connection address whatever X-Forwarded-For says', async () => {
    const key = await t.keyFor('public', 'web');
    const spoofed = (i: number) => () =>
      t.http().get('/v1/categories').set(t.auth(key)).set('x-forwarded-for', `203.0.113.${i}`);
    expect(await statuses([1, 2, 3].map(spoofed))).toEqual([200, 200, 200]);
    expectLimited(await spoofed(4)());
  });

  it('limits failed authentications per address, then refuses even a right key until the window ends', async () => {
    const spoofed = (i: number, authorization?: string) => () => {
      const req = t.http().get('/v1/articles').set('x-forwarded-for', `198.51.100.${i}`);
      return authorization ? req.set('authorization', authorization) : req;
    };
    expect(
      await statuses([
        spoofed(1, 'Bearer unknown-key-1'),
        spoofed(2),
        spoofed(3, 'Bearer unknown-key-3'),
        spoofed(4, 'Bearer unknown-key-4'),
      ]),
    ).toEqual([401, 401, 401, 401]);
    expectLimited(await spoofed(5, 'Bearer unknown-key-5')());
    expectLimited(await spoofed(6, `Bearer ${ADMIN_KEY}`)());
    // Routes that need no key are not limited.
    expect((await t.http().get('/health')).status).toBe(200);
  });
});

describe('rate limits behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...LIMITS, TRUSTED_PROXIES: '127.0.0.1' });
  });
  afterAll(async () => t?.close());

  it('counts each forwarded client address apart', async () => {
    const key = await t.keyFor('bot', 'bot');
    const from = (address: string) => () =>
      t.http().get('/v1/categories').set(t.auth(key)).set('x-forwarded-for', address);
    expect(await statuses([from('192.0.2.1'), from('192.0.2.1'), from('192.0.2.1')])).toEqual([200, 200, 200]);
    expectLimited(await from('192.0.2.1')());
    expect((await from('192.0.2.2')()).status).toBe(200);
    // The client address is the last one the trusted proxy appended, not one the client wrote before it.
    expectLimited(
      await t.http().get('/v1/categories').set(t.auth(key)).set('x-forwarded-for', '192.0.2.99, 192.0.2.1'),
    );
  });

  it('limits unknown keys of one client, and only that client', async () => {
    const from = (address: string, key: string) => () =>
      t.http().get('/v1/articles').set('x-forwarded-for', address).set('authorization', `Bearer ${key}`);
    expect(await statuses([1, 2, 3, 4].map((i) => from('192.0.2.50', `guess-${i}`)))).toEqual([401, 401, 401, 401]);
    expectLimited(await from('192.0.2.50', 'guess-5')());
    expectLimited(await from('192.0.2.50', ADMIN_KEY)());
    expect((await from('192.0.2.51', ADMIN_KEY)()).status).toBe(200);
  });
});

describe('rate limits for IPv6 clients behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...LIMITS, TRUSTED_PROXIES: '127.0.0.1' });
  });
  afterAll(async () => t?.close());

  it('counts an IPv6 client by its /64, whichever of its addresses it uses, for key requests and failed authentications', async () => {
    const key = await t.keyFor('bot', 'bot');
    const from = (address: string) => () =>
      t.http().get('/v1/categories').set(t.auth(key)).set('x-forwarded-for', address);
    expect(
      await statuses([from('2001:db8:1:2::1'), from('2001:db8:1:2::2'), from('2001:db8:1:2:ffff:ffff:ffff:fffe')]),
    ).toEqual([200, 200, 200]);
    expectLimited(await from('2001:db8:1:2:abcd::9')());
    expect((await from('2001:db8:1:3::1')()).status).toBe(200);

    const guess = (address: string, secret: string) => () =>
      t.http().get('/v1/articles').set('x-forwarded-for', address).set('authorization', `Bearer ${secret}`);
    expect(await statuses([1, 2, 3, 4].map((i) => guess(`2001:db8:5:6::${i}`, `guess-${i}`)))).toEqual([
      401, 401, 401, 401,
    ]);
    expectLimited(await guess('2001:db8:5:6:ffff::1', ADMIN_KEY)());
    expect((await guess('2001:db8:5:7::1', ADMIN_KEY)()).status).toBe(200);
  });
});

describe('rate limits shared through Redis', () => {
  it('limits requests spread over two instances at the configured total', async () => {
    const shared = { REDIS_URL, REDIS_KEY_PREFIX: redisPrefix() };
    const [a, b] = await Promise.all([start(shared), start(shared)]);
    // The same public key in both databases (each test app has its own).
    const secret = await a.keyFor('public', 'web');
    const [row] = await a.app.get(DataSource).query(`SELECT * FROM api_keys WHERE role = 'public'`);
    const columns = Object.keys(row);
    await b.app.get(DataSource).query(
      `INSERT INTO api_keys (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((column) => row[column]),
    );
    const on = (t: TestApp) => () => t.http().get('/v1/categories').set(t.auth(secret));
    expect(await statuses([on(a), on(b), on(a)])).toEqual([200, 200, 200]);
    expectLimited(await on(b)());
    expectLimited(await on(a)());

    // Failures past the limit are refused on every instance, and then so is a right key.
    const guess = (t: TestApp, key: string) => () => t.http().get('/v1/articles').set('authorization', `Bearer ${key}`);
    expect(
      await statuses([guess(a, 'guess-1'), guess(b, 'guess-2'), guess(a, 'guess-3'), guess(b, 'guess-4')]),
    ).toEqual([401, 401, 401, 401]);
    expectLimited(await guess(a, 'guess-5')());
    expectLimited(await guess(b, 'guess-6')());
    expectLimited(await guess(a, ADMIN_KEY)());
    expectLimited(await guess(b, ADMIN_KEY)());
  });

  it('keeps serving, with per-instance limits, when Redis cannot be reached', async () => {
    const t = await start({ REDIS_URL: 'redis://127.0.0.1:9', REDIS_KEY_PREFIX: redisPrefix() });
    const key = await t.keyFor('public', 'web');
    const get = () => t.http().get('/v1/categories').set(t.auth(key));
    expect(await statuses([get, get, get])).toEqual([200, 200, 200]);
    expectLimited(await get());
  });

  it('keeps serving when Redis goes away while the service runs', async () => {
    // A relay to the machine's Redis stands for the network path; closing it is Redis going away.
    const connections = new Set<Socket>();
    const relay = createServer((client) => {
      const upstream = connect(6379, '127.0.0.1');
      connections.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const port = (relay.address() as AddressInfo).port;
    try {
      const t = await start({ REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_KEY_PREFIX: redisPrefix() });
      const key = await t.keyFor('public', 'web');
      const get = () => t.http().get('/v1/categories').set(t.auth(key));
      expect((await get()).status).toBe(200);
      relay.close();
      for (const socket of connections) socket.destroy();
      expect(await statuses([get, get, get])).toEqual([200, 200, 200]);
      expectLimited(await get());
    } finally {
      relay.close();
    }
  });
});
