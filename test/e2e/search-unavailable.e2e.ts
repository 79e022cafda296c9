import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/common/errors.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import { startTestApp, TestApp } from '../support/test-app.js';

/** Meilisearch configured but unreachable (a real client against a closed port). */
describe('search with the engine down', () => {
  let t: TestApp;
  let editor: string;

  beforeAll(async () => {
    t = await startTestApp({ MEILI_URL: 'http://127.0.0.1:9', MEILI_TIMEOUT_MS: 500 });
    editor = await t.keyFor('editor');
  });
  afterAll(async () => t?.close());

  it('still accepts edits, queues them for the index, and answers 503 with Retry-After to searches, fast', async () => {
    const created = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(editor))
      .send({ audience: 'public', locale: 'en', title: 'Reset your PIN', body: 'Go to settings.', publish: true });
    expect(created.status).toBe(201);
    const synonyms = await t
      .http()
      .post('/v1/synonyms')
      .set(t.auth(editor))
      .send({ locale: 'en', terms: ['pin', 'pin code'] });
    expect(synonyms.status).toBe(201);

    const indexer = t.app.get(SearchIndexer);
    await expect.poll(async () => (await indexer.status()).failures, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await indexer.status()).lastError).toMatch(/Meilisearch/);

    const search = t.app.get(SearchService);
    const started = Date.now();
    const error = await search
      .search({ q: 'pin', locales: ['en'], audiences: ['public'], limit: 5 })
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', retryAfter: 5 });
    expect(await search.health()).toMatchObject({ engine: 'meilisearch', ready: false });
  });

  it('stays ready (the database answers) and reports the engine as unavailable', async () => {
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      database: 'ok',
      search: { engine: 'meilisearch', status: 'unavailable' },
    });
  });
});
