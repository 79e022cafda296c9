import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookTargets } from '../../src/modules/webhooks/webhook-targets.js';
import { PRIVATE_TARGETS } from '../support/private-targets.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';
import { RestartableTestApp, startRestartableApp } from '../support/restartable-app.js';
import { publishArticle } from '../support/factories.js';

let t: RestartableTestApp;
let editor: string;
let agent: string;
const admin = () => t.auth(ADMIN_KEY);
const as = (secret: string) => t.auth(secret);

/** A real HTTP receiver on 127.0.0.1 that records what it gets and answers `status`. */
class Receiver {
  received: { headers: IncomingHttpHeaders; body: string }[] = [];
  status = 200;
  port = 0;
  private server: Server | undefined;

  async start(port = this.port): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(this.status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/savoir`;
  }

  about(articleId: string) {
    return this.received.filter((r) => JSON.parse(r.body).articleId === articleId);
  }
}

const receivers: Receiver[] = [];
async function receiver(): Promise<Receiver> {
  const r = await new Receiver().start();
  receivers.push(r);
  return r;
}

beforeAll(async () => {
  // The receivers listen on 127.0.0.1: an on-premises setup, allowed by the setting.
  t = await startRestartableApp({
    WEBHOOK_ALLOW_PRIVATE_TARGETS: true,
    WEBHOOK_RETRY_BASE_MS: 100,
    WEBHOOK_RETRY_MAX_MS: 400,
    WEBHOOK_POLL_INTERVAL_MS: 100,
    WEBHOOK_TIMEOUT_MS: 2000,
    WEBHOOK_MAX_ATTEMPTS: 50,
  });
  editor = await t.keyFor('editor');
  agent = await t.keyFor('agent');
});
afterAll(async () => {
  await t?.close();
  await Promise.all(receivers.map((r) => r.stop()));
});

async function register(url: string, events: string[], secret?: string) {
  const res = await t
    .http()
    .post('/v1/webhooks')
    .set(admin())
    .send({ url, events, ...(secret ? { secret } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; secret: string };
}

async function deliveries(webhookId: string) {
  const res = await t.http().get(`/v1/webhooks/${webhookId}/deliveries`).set(admin());
  expect(res.status).toBe(200);
  return res.body.items as {
    id: string;
    status: string;
    attempts: number;
    lastStatusCode: number | null;
    lastError: string | null;
    attemptLog: { statusCode: number | null; error: string | null }[];
    payload: { articleId: string };
  }[];
}

function verify(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const timestamp = Number(headers['x-savoir-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`);
  const given = Buffer.from(String(headers['x-savoir-signature']));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('webhooks', () => {
  it('lets admins register, read, change and delete webhooks; the secret is shown once', async () => {
    const created = await register('https://hooks.example.com/savoir', ['article.*', 'draft.approved']);
    expect(created.secret).toMatch(/^whsec_/);
    const read = await t.http().get(`/v1/webhooks/${created.id}`).set(admin());
    expect(read.body).toMatchObject({
      url: 'https://hooks.example.com/savoir',
      events: ['article.*', 'draft.approved'],
      active: true,
    });
    expect(read.body).not.toHaveProperty('secret');
    const list = await t.http().get('/v1/webhooks').set(admin());
    expect(list.body.items.map((w: { id: string }) => w.id)).toContain(created.id);
    expect(list.body.items.every((w: object) => !('secret' in w))).toBe(true);
    const patched = await t
      .http()
      .patch(`/v1/webhooks/${created.id}`)
      .set(admin())
      .send({ active: false, secret: 'a-new-secret-of-enough-length' });
    expect(patched.body).toMatchObject({ active: false });
    expect(patched.body).not.toHaveProperty('secret');

    const bad = await t
      .http()
      .post('/v1/webhooks')
      .set(admin())
      .send({ url: 'ftp://x', events: ['article.teleported'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['events', 'url']);
    expect((await t.http().get('/v1/webhooks').set(as(editor))).status).toBe(403);
    expect(
      (
        await t
          .http()
          .post('/v1/webhooks')
          .set(as(agent))
          .send({ url: 'https://x.example', events: ['*'] })
      ).status,
    ).toBe(403);

    expect((await t.http().delete(`/v1/webhooks/${created.id}`).set(admin())).status).toBe(204);
    expect((await t.http().get(`/v1/webhooks/${created.id}`).set(admin())).status).toBe(404);
  });

  it('delivers the events its filter selects, signed with HMAC-SHA256 over the timestamp and the body', async () => {
    const r = await receiver();
    const secret = 'receiver-shared-secret-0001';
    const hook = await register(r.url, ['article.published'], secret);
    const article = await publishArticle(t, editor, { title: 'Signed delivery' }).then((a) => a.id);
    const draft = await t
      .http()
      .post('/v1/drafts')
      .set(as(agent))
      .send({ articleId: article, baseRevision: 1, title: 'x', body: 'y' });
    expect(draft.status).toBe(201);

    await expect.poll(() => r.about(article).length, { timeout: 15_000 }).toBe(1);
    const [got] = r.about(article);
    expect(verify(secret, got.headers, got.body)).toBe(true);
    expect(verify('another-secret-entirely-000', got.headers, got.body)).toBe(false);
    expect(got.headers['x-savoir-event']).toBe('article.published');
    expect(JSON.parse(got.body)).toMatchObject({
      type: 'article.published',
      articleId: article,
      revision: 1,
      locale: 'en',
      cursor: expect.any(String),
    });

    const log = await deliveries(hook.id);
    const mine = log.find((d) => d.payload.articleId === article)!;
    expect(mine).toMatchObject({ status: 'succeeded', attempts: 1, lastStatusCode: 200, lastError: null });
    expect(got.headers['x-savoir-delivery']).toBe(mine.id);
    // Filtered out: the draft event never reached it.
    expect(r.received.every((x) => JSON.parse(x.body).type === 'article.published')).toBe(true);

    const again = await t.http().post(`/v1/webhooks/${hook.id}/deliveries/${mine.id}/redeliver`).set(admin());
    expect(again.status).toBe(200);
    await expect.poll(() => r.about(article).length, { timeout: 15_000 }).toBe(2);
    expect(r.about(article)[1].headers['x-savoir-delivery']).toBe(mine.id);
  });

  it('retries with backoff while the receiver fails and delivers once it answers again', async () => {
    const r = await receiver();
    r.status = 503;
    const hook = await register(r.url, ['*']);
    const article = await publishArticle(t, editor, { title: 'Flaky receiver' }).then((a) => a.id);
    await expect
      .poll(async () => (await deliveries(hook.id)).find((d) => d.payload.articleId === article)?.attempts ?? 0, {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(2);
    const failing = (await deliveries(hook.id)).find((d) => d.payload.articleId === article)!;
    expect(failing).toMatchObject({ status: 'pending', lastStatusCode: 503, lastError: 'receiver answered 503' });

    r.status = 200;
    await expect
      .poll(async () => (await deliveries(hook.id)).find((d) => d.payload.articleId === article)?.status, {
        timeout: 15_000,
      })
      .toBe('succeeded');
    const done = (await deliveries(hook.id)).find((d) => d.payload.articleId === article)!;
    expect(done.attemptLog.map((a) => a.statusCode)).toEqual([...Array(done.attempts - 1).fill(503), 200]);
  });

  it('never blocks an edit on an unreachable receiver, and delivers after a restart once the receiver is back', async () => {
    const r = await receiver();
    await r.stop();
    const hook = await register(r.url, ['article.*']);
    const article = await publishArticle(t, editor, { title: 'Receiver down' }).then((a) => a.id);
    const unpublished = await t.http().post(`/v1/articles/${article}/unpublish`).set(as(editor)).send({});
    expect(unpublished.status).toBe(200);
    // In order: the second event waits behind the first, which keeps failing.
    await expect
      .poll(async () => (await deliveries(hook.id)).map((d) => [d.status, d.attempts > 1, d.lastError]), {
        timeout: 15_000,
      })
      .toEqual([
        ['pending', false, null],
        ['pending', true, 'ECONNREFUSED'],
      ]);

    await t.restart();
    await r.start();
    await expect
      .poll(() => r.about(article).map((x) => JSON.parse(x.body).type), { timeout: 20_000 })
      .toEqual(['article.published', 'article.unpublished']);
    await expect
      .poll(async () => (await deliveries(hook.id)).map((d) => d.status), { timeout: 10_000 })
      .toEqual(['succeeded', 'succeeded']);
    const first = await t.http().get(`/v1/webhooks/${hook.id}/deliveries`).query({ limit: 1 }).set(admin());
    const second = await t
      .http()
      .get(`/v1/webhooks/${hook.id}/deliveries`)
      .query({ limit: 1, cursor: first.body.nextCursor })
      .set(admin());
    expect([...first.body.items, ...second.body.items].map((d: { eventType: string }) => d.eventType)).toEqual([
      'article.unpublished',
      'article.published',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('webhook targets, by default', () => {
  let d: TestApp;
  const adminOf = () => d.auth(ADMIN_KEY);
  beforeAll(async () => {
    d = await startTestApp({
      WEBHOOK_RETRY_BASE_MS: 100,
      WEBHOOK_RETRY_MAX_MS: 400,
      WEBHOOK_POLL_INTERVAL_MS: 100,
      WEBHOOK_MAX_ATTEMPTS: 50,
      WEBHOOK_TIMEOUT_MS: 1000,
    });
  });
  afterAll(async () => d?.close());

  it('refuses every spelling of a private, loopback, link-local or otherwise non-public target, at registration and on change', async () => {
    for (const url of PRIVATE_TARGETS) {
      const res = await d
        .http()
        .post('/v1/webhooks')
        .set(adminOf())
        .send({ url, events: ['*'] });
      expect(res.status, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(
        res.body.errors.map((e: { field: string }) => e.field),
        url,
      ).toEqual(['url']);
    }
    const localhost = await d
      .http()
      .post('/v1/webhooks')
      .set(adminOf())
      .send({ url: 'http://localhost:9/hook', events: ['*'] });
    expect(localhost.body.detail).toContain('localhost resolves to 127.0.0.1');
    expect(localhost.body.detail).toContain('WEBHOOK_ALLOW_PRIVATE_TARGETS');

    const hook = await d
      .http()
      .post('/v1/webhooks')
      .set(adminOf())
      .send({ url: 'https://93.184.216.34/hook', events: ['*'] });
    expect(hook.status).toBe(201);
    const moved = await d
      .http()
      .patch(`/v1/webhooks/${hook.body.id}`)
      .set(adminOf())
      .send({ url: 'http://[::ffff:169.254.169.254]/latest' });
    expect(moved.status).toBe(400);
    expect((await d.http().get(`/v1/webhooks/${hook.body.id}`).set(adminOf())).body.url).toBe(
      'https://93.184.216.34/hook',
    );
    expect((await d.http().delete(`/v1/webhooks/${hook.body.id}`).set(adminOf())).status).toBe(204);
    expect((await d.http().get('/v1/webhooks').set(adminOf())).body.items).toEqual([]);
  });

  it('refuses a delivery whose host resolves to a private address by then: failed at once, with the reason, nothing sent', async () => {
    const r = await receiver();
    const targets = d.app.get(WebhookTargets);
    const name = 'hooks.rebinding.test';
    let address = '93.184.216.34';
    targets.resolve = async (hostname) => (hostname === name ? [{ address, family: 4 }] : []);
    const registered = await d
      .http()
      .post('/v1/webhooks')
      .set(adminOf())
      .send({ url: `http://${name}:${r.port}/hooks/savoir`, events: ['article.*'] });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);

    address = '127.0.0.1'; // the name now points at the receiver on this machine
    const editorKey = await d.keyFor('editor');
    const created = await d
      .http()
      .post('/v1/articles')
      .set(d.auth(editorKey))
      .send({ audience: 'public', locale: 'en', title: 'Rebound', body: 'b', publish: true });
    expect(created.status).toBe(201);

    const log = async () =>
      (await d.http().get(`/v1/webhooks/${registered.body.id}/deliveries`).set(adminOf())).body.items;
    await expect.poll(async () => (await log())[0]?.status, { timeout: 15_000 }).toBe('failed');
    const [delivery] = await log();
    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: null });
    expect(delivery.lastError).toBe(
      `refused: ${name} resolves to 127.0.0.1, which is not a public internet address (WEBHOOK_ALLOW_PRIVATE_TARGETS is off)`,
    );
    expect(r.received).toEqual([]);
  });

  it('bounds the name lookup by WEBHOOK_TIMEOUT_MS: registration accepts the URL (checked at delivery), a delivery fails and retries', async () => {
    const targets = d.app.get(WebhookTargets);
    const name = 'hooks.stalled.test';
    // A DNS server that never answers.
    targets.resolve = (hostname) => (hostname === name ? new Promise(() => undefined) : Promise.resolve([]));
    const registered = await d
      .http()
      .post('/v1/webhooks')
      .set(adminOf())
      .send({ url: `http://${name}/hooks/savoir`, events: ['article.*'] });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const created = await d
      .http()
      .post('/v1/articles')
      .set(d.auth(await d.keyFor('editor')))
      .send({ audience: 'public', locale: 'en', title: 'Stalled', body: 'b', publish: true });
    expect(created.status).toBe(201);
    const log = async () =>
      (await d.http().get(`/v1/webhooks/${registered.body.id}/deliveries`).set(adminOf())).body.items;
    await expect
      .poll(async () => (await log())[0]?.lastError, { timeout: 15_000 })
      .toBe(`no answer within ${d.config.WEBHOOK_TIMEOUT_MS} ms`);
    expect((await log())[0]).toMatchObject({ status: 'pending', lastStatusCode: null });
  });
});
