import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiKeysService } from '../../src/modules/auth/api-keys.service.js';
import { SEARCH_ENGINE, type SearchEngine } from '../../src/modules/search/search-engine.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { WebhookDispatcher } from '../../src/modules/webhooks/webhook-dispatcher.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

const METRICS_TOKEN = 'metrics-token-0123456789';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every line the application logged, parsed. */
const lines: Record<string, unknown>[] = [];
const rawLog: string[] = [];
let t: TestApp;
let off: TestApp;
let receiver: Server;
let webKey: string;
let botKey: string;

const keyId = async (secret: string) => (await t.app.get(ApiKeysService).authenticate(secret))!.keyId;
const accessLines = () => lines.filter((line) => line.msg === 'request');

async function scrape(): Promise<string> {
  const res = await t
    .http()
    .get('/metrics')
    .set({ authorization: `Bearer ${METRICS_TOKEN}` });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text;
}

/** The value of one sample, `undefined` when the exposition has no such line. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of exposition.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = match[2] ? match[2].split(',') : [];
    if (wanted.every((label) => present.includes(label)) && present.length === wanted.length) return Number(match[3]);
  }
  return undefined;
}

beforeAll(async () => {
  receiver = createServer((_req, res) => res.writeHead(204).end());
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  t = await startTestApp(
    { METRICS_TOKEN, LOG_LEVEL: 'log', WEBHOOK_ALLOW_PRIVATE_TARGETS: true, WEBHOOK_POLL_INTERVAL_MS: 100 },
    {
      write: (line: string) => {
        rawLog.push(line);
        lines.push(JSON.parse(line));
      },
    },
  );
  off = await startTestApp();
  webKey = await t.keyFor('public', 'web');
  botKey = await t.keyFor('bot', 'bot');
  const hook = await t
    .http()
    .post('/v1/webhooks')
    .set(t.auth(ADMIN_KEY))
    .send({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, events: ['article.published'] });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);
  const article = await t
    .http()
    .post('/v1/articles')
    .set(t.auth(ADMIN_KEY))
    .send({
      audience: 'public',
      locale: 'en',
      publish: true,
      title: 'How do I reset my voicemail PIN?',
      body: 'Open Settings, then Security, and choose Reset PIN.',
      alternativeQuestions: ['forgot my voicemail pin'],
    });
  expect(article.status, JSON.stringify(article.body)).toBe(201);
  await t.app.get(SearchIndexer).drain();
  await t.app.get(QuestionIndex).current();
  await t.app.get(WebhookDispatcher).drain();
});

afterAll(async () => {
  await Promise.all([t?.close(), off?.close()]);
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('/metrics', () => {
  it('is not found while METRICS_TOKEN is unset', async () => {
    const res = await off.http().get('/metrics').set(off.auth(ADMIN_KEY));
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/METRICS_TOKEN/);
  });

  it('refuses a request without the token, with a wrong one, or with an API key', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer not-the-metrics-token' },
      t.auth(ADMIN_KEY),
      { authorization: METRICS_TOKEN },
    ]) {
      const res = await t.http().get('/metrics').set(headers);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.text).not.toContain('savoir_');
    }
  });

  it('counts requests by route pattern, status and channel, and reports the services and the process', async () => {
    const search = await t.http().get('/v1/search?q=voicemail%20pin').set(t.auth(webKey));
    expect(search.status).toBe(200);
    const answer = await t
      .http()
      .post('/v1/answers')
      .set(t.auth(botKey))
      .send({ question: 'I forgot my voicemail pin', locale: 'en' });
    expect(answer.body.answered).toBe(true);
    const feedback = await t
      .http()
      .post('/v1/feedback')
      .set(t.auth(botKey))
      .send({ servedId: answer.body.servedId, helpful: true });
    expect(feedback.status).toBe(201);
    const render = await t.http().get(`/v1/articles/${answer.body.answer.articleId}/render`).set(t.auth(webKey));
    expect(render.status).toBe(200);
    expect((await t.http().get('/v1/no-such-thing/secret-path').set(t.auth(webKey))).status).toBe(404);
    await t.app.get(ServedLogService).flush();

    const metrics = await scrape();
    const requests = 'savoir_http_request_duration_seconds_count';
    expect(sample(metrics, requests, { method: 'GET', route: '/v1/search', status: '200', channel: 'web' })).toBe(1);
    expect(sample(metrics, requests, { method: 'POST', route: '/v1/answers', status: '200', channel: 'bot' })).toBe(1);
    expect(sample(metrics, requests, { method: 'POST', route: '/v1/feedback', status: '201', channel: 'bot' })).toBe(1);
    expect(
      sample(metrics, requests, {
        method: 'GET',
        route: '/v1/articles/:idOrSlug/render',
        status: '200',
        channel: 'web',
      }),
    ).toBe(1);
    expect(sample(metrics, requests, { method: 'GET', route: '(unmatched)', status: '404', channel: 'none' })).toBe(1);
    // The refused scrapes of the test above: no key, so no channel.
    expect(
      sample(metrics, requests, { method: 'GET', route: '/metrics', status: '401', channel: 'none' }),
    ).toBeGreaterThanOrEqual(4);
    expect(
      sample(metrics, 'savoir_http_request_duration_seconds_bucket', {
        method: 'GET',
        route: '/v1/search',
        status: '200',
        channel: 'web',
        le: '+Inf',
      }),
    ).toBe(1);
    // Route patterns only: no raw path, no query text.
    expect(metrics).not.toContain('secret-path');
    expect(metrics).not.toContain('voicemail');
    expect(metrics).not.toContain(answer.body.answer.articleId);

    // A search, an answer (which logs its question as a search too), a render.
    expect(sample(metrics, 'savoir_served_log_rows_written_total')).toBeGreaterThanOrEqual(4);
    expect(sample(metrics, 'savoir_served_log_waiting_rows')).toBe(0);
    expect(sample(metrics, 'savoir_served_log_rows_dropped_total', { reason: 'refused' })).toBe(0);
    expect(sample(metrics, 'savoir_served_log_rows_dropped_total', { reason: 'overflow' })).toBe(0);
    expect(sample(metrics, 'savoir_outbox_lag_events', { consumer: 'webhooks' })).toBe(0);
    expect(metrics).toMatch(/^savoir_outbox_lag_events\{consumer="search-index[^"]*"\} 0$/m);
    expect(sample(metrics, 'savoir_matcher_model_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(metrics, 'savoir_matcher_training_seconds')).toBeGreaterThan(0);
    expect(sample(metrics, 'savoir_search_engine_up', { engine: t.app.get<SearchEngine>(SEARCH_ENGINE).name })).toBe(1);
    expect(sample(metrics, 'savoir_webhook_delivery_attempts_total', { outcome: 'failed' })).toBe(0);
    expect(sample(metrics, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(metrics, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('reports no figures of the question matchers before they are loaded or trained', async () => {
    const state = vi.spyOn(t.app.get(QuestionIndex), 'state').mockReturnValue(undefined);
    try {
      const metrics = await scrape();
      for (const name of [
        'savoir_matcher_model_age_seconds',
        'savoir_matcher_training_seconds',
        'savoir_matcher_fresh_articles',
      ])
        expect(metrics).not.toMatch(new RegExp(`^${name}`, 'm'));
      expect(metrics).not.toMatch(/^savoir_matcher_model_version\{/m);
    } finally {
      state.mockRestore();
    }
    expect(sample(await scrape(), 'savoir_matcher_model_age_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('counts webhook deliveries', async () => {
    for (let i = 0; i < 200 && t.app.get(WebhookDispatcher).attempts.succeeded === 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(sample(await scrape(), 'savoir_webhook_delivery_attempts_total', { outcome: 'succeeded' })).toBe(1);
  });
});

describe('access log', () => {
  it('logs one line per request with its route pattern, status, duration, key and channel, and echoes the given request id', async () => {
    const res = await t
      .http()
      .get('/v1/search?q=voicemail%20pin&locale=en')
      .set({ ...t.auth(webKey), 'x-request-id': 'trace-42.a:b_c' });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('trace-42.a:b_c');
    const line = accessLines().find((l) => l.requestId === 'trace-42.a:b_c');
    expect(line).toMatchObject({
      level: 'info',
      method: 'GET',
      route: '/v1/search',
      status: 200,
      keyId: await keyId(webKey),
      channel: 'web',
    });
    expect(line!.durationMs).toEqual(expect.any(Number));
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(typeof line!.time).toBe('string');
  });

  it('makes a request id when none or an unsafe one is given, and logs requests without a key', async () => {
    const plain = await t.http().get('/health');
    expect(plain.headers['x-request-id']).toMatch(UUID);
    expect(accessLines().find((l) => l.requestId === plain.headers['x-request-id'])).toMatchObject({
      method: 'GET',
      route: '/health',
      status: 200,
      keyId: null,
      channel: null,
    });

    for (const unsafe of ['has spaces', 'x'.repeat(200), '<script>']) {
      const res = await t
        .http()
        .post('/v1/answers')
        .set({ ...t.auth(botKey), 'x-request-id': unsafe })
        .send({ question: 'voicemail pin', locale: 'en' });
      expect(res.headers['x-request-id']).toMatch(UUID);
      expect(accessLines().find((l) => l.requestId === res.headers['x-request-id'])).toMatchObject({
        route: '/v1/answers',
        status: 200,
        channel: 'bot',
      });
      expect(rawLog.join('')).not.toContain(unsafe);
    }
    // Errors carry it too.
    const refused = await t
      .http()
      .get('/v1/search?q=pin')
      .set({ authorization: 'Bearer wrong-key-0123456789', 'x-request-id': 'refused-1' });
    expect(refused.status).toBe(401);
    expect(refused.headers['x-request-id']).toBe('refused-1');
    expect(accessLines().find((l) => l.requestId === 'refused-1')).toMatchObject({
      route: '/v1/search',
      status: 401,
      keyId: null,
    });
  });

  it('never logs the query text, the query string or a key', async () => {
    await t.http().get('/v1/search?q=zanzibar%20tariffs&locale=en').set(t.auth(webKey));
    await t
      .http()
      .post('/v1/answers')
      .set(t.auth(botKey))
      .send({ question: 'what are the zanzibar roaming tariffs', locale: 'en' });
    await t.http().post('/graphql').set(t.auth(webKey)).send({ query: '{ search(q: "zanzibar tariffs") { total } }' });
    const text = rawLog.join('');
    expect(accessLines().some((l) => l.route === '/graphql')).toBe(true);
    expect(text).not.toMatch(/zanzibar/i);
    expect(text).not.toContain('q=');
    for (const secret of [webKey, botKey, ADMIN_KEY, METRICS_TOKEN]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/authorization|bearer/i);
  });

  it("routes Nest's own messages through the same JSON logger", () => {
    expect(lines.some((l) => l.context === 'NestApplication' && l.level === 'info' && typeof l.msg === 'string')).toBe(
      true,
    );
  });
});
