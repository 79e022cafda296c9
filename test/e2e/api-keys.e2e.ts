import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataSource } from 'typeorm';
import { ApiKeysService, hashSecret } from '../../src/modules/auth/api-keys.service.js';
import { startTestApp, TestApp } from '../support/test-app.js';

/** Upper case only: no window of it can turn up by chance in a lower-case hex hash, a uuid or a timestamp. */
const BOOTSTRAP_SECRET = 'QXJMKWRPBVHNYGDLSC';

let t: TestApp;
const admin = () => t.auth(BOOTSTRAP_SECRET);

beforeAll(async () => {
  t = await startTestApp({ BOOTSTRAP_ADMIN_KEY: BOOTSTRAP_SECRET });
});
afterAll(async () => t?.close());

/** Every substring of `secret` of length 4 or more that could not be mistaken for hex digits or a uuid. */
const secretParts = (secret: string): string[] => {
  const parts: string[] = [];
  for (let length = 4; length <= secret.length; length += 1) {
    for (let start = 0; start + length <= secret.length; start += 1) parts.push(secret.slice(start, start + length));
  }
  return parts.filter((part) => /[^0-9a-f-]/.test(part));
};

const rowOf = async (id: string): Promise<string> =>
  JSON.stringify((await t.app.get(DataSource).query(`SELECT * FROM api_keys WHERE id = $1`, [id]))[0]);

describe('API keys at rest and in listings', () => {
  it('keep no part of the bootstrap secret in the database row, the listing or the key itself', async () => {
    const listing = await t.http().get('/v1/keys').set(admin());
    expect(listing.status).toBe(200);
    const bootstrap = listing.body.items.find((k: { name: string }) => k.name === 'bootstrap admin');
    expect(bootstrap).toMatchObject({ role: 'admin', displayId: `key_${bootstrap.id.slice(0, 8)}` });
    expect(bootstrap).not.toHaveProperty('secretPrefix');
    const row = await rowOf(bootstrap.id);
    const one = JSON.stringify((await t.http().get(`/v1/keys/${bootstrap.id}`).set(admin())).body);
    for (const part of secretParts(BOOTSTRAP_SECRET)) {
      expect(row, part).not.toContain(part);
      expect(JSON.stringify(listing.body), part).not.toContain(part);
      expect(one, part).not.toContain(part);
    }
  });

  it('show a created key its secret once, then no part of it anywhere', async () => {
    const created = await t.http().post('/v1/keys').set(admin()).send({ name: 'FAQ widget', role: 'public' });
    expect(created.status).toBe(201);
    const { secret, id } = created.body as { secret: string; id: string };
    expect(created.body.displayId).toBe(`key_${id.slice(0, 8)}`);
    expect((await t.http().get('/v1/categories').set(t.auth(secret))).status).toBe(200);

    // `sv_public_` names the role, which is no secret: the random rest is.
    const random = secret.slice('sv_public_'.length);
    const listing = JSON.stringify((await t.http().get('/v1/keys').set(admin())).body);
    const revoked = JSON.stringify((await t.http().delete(`/v1/keys/${id}`).set(admin())).body);
    const row = await rowOf(id);
    for (const part of secretParts(random)) {
      for (const [where, text] of [
        ['row', row],
        ['listing', listing],
        ['revocation', revoked],
      ])
        expect(text, `${where}: ${part}`).not.toContain(part);
    }
    expect(row).not.toContain('secret_prefix');
  });
});

describe('API key lookups', () => {
  it('are shared by the requests made with a key while it is looked up: one statement, not one per request', async () => {
    const secret = await t.keyFor('bot', 'bot');
    const statements: string[] = [];
    const logQuery = vi
      .spyOn(t.app.get(DataSource).logger, 'logQuery')
      .mockImplementation((sql) => void statements.push(sql));
    const responses = await Promise.all(Array.from({ length: 8 }, () => t.http().get('/v1/me').set(t.auth(secret))));
    logQuery.mockRestore();
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(statements.filter((sql) => /FROM "api_keys"/.test(sql))).toHaveLength(1);
  });

  it('see a revocation made elsewhere (another instance, the CLI) within 7 s: at once for a key idle that long', async () => {
    const keys = t.app.get(ApiKeysService);
    const revokeElsewhere = (secret: string) =>
      t.app
        .get(DataSource)
        .query(`UPDATE api_keys SET revoked_at = now() WHERE secret_hash = $1`, [hashSecret(secret)]);
    const clock = vi.spyOn(Date, 'now');
    const start = Date.now();
    try {
      // Busy key: 5 s after its lookup it still answers, once, while it is read again; then the revocation holds.
      const busy = await t.keyFor('bot', 'bot');
      expect(await keys.authenticate(busy)).toMatchObject({ role: 'bot' });
      await revokeElsewhere(busy);
      clock.mockReturnValue(start + 1000);
      expect(await keys.authenticate(busy)).toMatchObject({ role: 'bot' });
      clock.mockReturnValue(start + 5500);
      expect(await keys.authenticate(busy)).toMatchObject({ role: 'bot' });
      await vi.waitFor(async () => expect(await keys.authenticate(busy)).toBeNull());
      // Idle key: past 7 s its next request waits for the lookup, and is refused.
      clock.mockReturnValue(start);
      const idle = await t.keyFor('bot', 'bot');
      expect(await keys.authenticate(idle)).toMatchObject({ role: 'bot' });
      await revokeElsewhere(idle);
      clock.mockReturnValue(start + 7001);
      expect(await keys.authenticate(idle)).toBeNull();
    } finally {
      clock.mockRestore();
    }
  });
});
