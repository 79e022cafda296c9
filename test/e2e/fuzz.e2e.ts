import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiFuzzer, CHANNEL_BY_ROLE, FuzzTally, ROLES } from '../../bench/api-fuzz.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { startTestApp, TestApp } from '../support/test-app.js';

// A deterministic slice of bench/fuzz-api.ts: every REST operation and GraphQL field, with keys of every role.
describe('fuzzing every operation with hostile values', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: 100_000_000 });
  });
  afterAll(async () => t?.close());

  it('answers every request below 500, every 4xx as problem+json with a code, and keeps serving and logging', async () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    const openapi = (await fastify.inject({ method: 'GET', url: '/openapi.json' })).json();
    const fuzzer = new ApiFuzzer(openapi, readFileSync('schema.graphql', 'utf8'), 14);
    const keys = Object.fromEntries(
      await Promise.all(ROLES.map(async (role) => [role, await t.keyFor(role, CHANNEL_BY_ROLE[role])] as const)),
    );
    const tally = new FuzzTally();
    // Every operation once per role.
    for (let index = 0; index < fuzzer.operationCount * ROLES.length; index += 1) {
      const request = fuzzer.request(index);
      const response = await fastify.inject({
        method: request.method as 'GET',
        url: request.path,
        headers: { ...request.headers, authorization: `Bearer ${keys[request.role]}` },
        payload: request.body,
      });
      tally.record(request, {
        status: response.statusCode,
        contentType: String(response.headers['content-type'] ?? ''),
        body: response.body,
      });
    }
    expect(tally.breaches).toEqual([]);
    expect(tally.total).toBeGreaterThan(500);

    const publicKey = t.auth(keys.public);
    await t.http().get('/health').expect(200);
    const { searchId } = (await t.http().get('/v1/search?q=roaming').set(publicKey).expect(200)).body;
    await t.app.get(ServedLogService).flush();
    const event = { id: randomUUID(), type: 'click', searchId, at: new Date().toISOString() };
    await t.http().post('/v1/events').set(publicKey).send([event]).expect(200);
  });
});
