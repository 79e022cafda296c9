import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/app-config.js';
import { ROLES } from '../../src/common/domain.js';
import { DataSource as DataSourceToken } from 'typeorm';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe('configuration', () => {
  it('refuses a bad setting at boot, naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_KEY: 'short' })).toThrow(/BOOTSTRAP_ADMIN_KEY/);
    expect(loadConfig({}).PORT).toBe(3000);
    expect(loadConfig({}).DATA_DIR).toBe('./data');
  });
});

describe('health and docs', () => {
  it('answers liveness and readiness without a key', async () => {
    expect((await t.http().get('/health')).body).toEqual({ status: 'ok' });
    expect((await t.http().get('/health/ready')).body).toEqual({
      status: 'ready',
      database: 'ok',
      search: { engine: 'embedded', status: 'ok' },
    });
  });

  it('serves the OpenAPI document and Swagger UI offline', async () => {
    const spec = await t.http().get('/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/v1/articles', '/v1/articles/{id}/revisions', '/v1/keys']),
    );
    const ui = await t.http().get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
    // Offline: every script and stylesheet the page loads comes from this server.
    expect(ui.text.match(/(?:src|href)=["'][^"']*/g)?.filter((url) => /\/\//.test(url)) ?? []).toEqual([]);
    const asset = await t.http().get('/docs/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    // No GraphQL IDE page: mercurius' GraphiQL would load its scripts from a CDN.
    expect((await t.http().get('/graphiql')).status).toBe(404);
  });

  it('describes every operation: a summary and the schema of its success answer (204: no body)', async () => {
    const spec = (await t.http().get('/openapi.json')).body;
    type Operation = { summary?: string; responses: Record<string, { content?: Record<string, { schema?: object }> }> };
    const undescribed: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        operations++;
        const successes = Object.entries(operation.responses).filter(([status]) => /^2/.test(status));
        const described = successes.some(
          ([status, response]) =>
            status === '204' || Object.values(response.content ?? {}).some((media) => media.schema !== undefined),
        );
        if (!operation.summary || !described) undescribed.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(operations).toBeGreaterThan(50);
    expect(undescribed).toEqual([]);
    // A report answers JSON or CSV; the JSON is the report's own schema.
    const summary = spec.paths['/v1/analytics/summary'].get.responses['200'].content;
    expect(summary['application/json'].schema.$ref).toBe('#/components/schemas/SummaryReportView');
    expect(summary['text/csv'].schema.type).toBe('string');
    expect(spec.components.schemas.ServedLineView.properties.helpful).toMatchObject({
      type: 'boolean',
      nullable: true,
    });
  });

  it('answers unknown routes with a problem document', async () => {
    const res = await t.http().get('/v1/nothing-here').set(t.auth(ADMIN_KEY));
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('background database work', () => {
  it('lets a request be answered between the statements of a long job, not after the last one', async () => {
    const dataSource = t.app.get(DataSourceToken);
    const JOB = 3000;
    let statements = 0;
    let answered = false;
    // A job awaiting statement after statement, as the rollup passes do; it stops early once the request is answered.
    const job = (async () => {
      while (statements < JOB && !answered) {
        await dataSource.query('SELECT 1');
        statements += 1;
      }
    })();
    const response = await t.http().get('/health');
    const statementsBefore = statements;
    answered = true;
    await job;
    expect(response.status).toBe(200);
    expect(statementsBefore).toBeLessThan(JOB);
  });
});

describe('malformed requests', () => {
  it('answers a request Node cannot parse (raw non-ASCII URL) with a problem document', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.end(Buffer.from('GET /v1/search?q=itinérance HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1.1 400/);
    expect(raw).toContain('application/problem+json');
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  });

  it('answers malformed JSON with a problem document', async () => {
    const res = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(ADMIN_KEY))
      .set('content-type', 'application/json')
      .send('{"broken"');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('API keys', () => {
  it('creates a key shown once, stores only its hash, and revokes it', async () => {
    const created = await t.http().post('/v1/keys').set(t.auth(ADMIN_KEY)).send({ name: 'FAQ widget', role: 'public' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'FAQ widget', role: 'public', channel: 'web' });
    expect(created.body.secret).toMatch(/^sv_public_/);
    const stored = await t.app
      .get(DataSourceToken)
      .query(`SELECT secret_hash FROM api_keys WHERE id = $1`, [created.body.id]);
    expect(stored[0].secret_hash).not.toContain(created.body.secret);
    const listed = await t.http().get('/v1/keys').set(t.auth(ADMIN_KEY));
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    expect((await t.http().get('/v1/categories').set(t.auth(created.body.secret))).status).toBe(200);
    expect((await t.http().delete(`/v1/keys/${created.body.id}`).set(t.auth(ADMIN_KEY))).status).toBe(200);
    const after = await t.http().get('/v1/categories').set(t.auth(created.body.secret));
    expect(after.status).toBe(401);
  });

  it('validates key creation', async () => {
    const res = await t
      .http()
      .post('/v1/keys')
      .set(t.auth(ADMIN_KEY))
      .send({ name: '', role: 'superuser', channel: 'fax' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['channel', 'name', 'role']);
  });

  it('requires a key and checks the role of each endpoint', async () => {
    expect((await t.http().get('/v1/articles')).status).toBe(401);
    expect((await t.http().get('/v1/articles').set({ authorization: 'Bearer not-a-key' })).status).toBe(401);
    const matrix: [string, string, (typeof ROLES)[number]][] = [
      ['get', '/v1/categories', 'public'],
      ['get', '/v1/intents', 'bot'],
      ['get', '/v1/articles', 'agent'],
      ['get', '/v1/tags', 'agent'],
      ['post', '/v1/articles', 'editor'],
      ['post', '/v1/categories', 'editor'],
      ['get', '/v1/keys', 'admin'],
    ];
    const secrets = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await t.keyFor(role)])));
    for (const [method, path, least] of matrix) {
      for (const role of ROLES) {
        const res = await (t.http() as unknown as Record<string, (p: string) => import('supertest').Test>)
          [method](path)
          .set(t.auth(secrets[role]))
          .send({});
        const allowed = ROLES.indexOf(role) >= ROLES.indexOf(least);
        if (allowed) expect(res.status, `${role} ${method} ${path}`).not.toBe(403);
        else {
          expect(res.status, `${role} ${method} ${path}`).toBe(403);
          expect(res.body.code).toBe('FORBIDDEN');
        }
      }
    }
  });
});

describe('taxonomy', () => {
  it('keeps categories as a tree and refuses cycles and deleting used categories', async () => {
    const root = await t
      .http()
      .post('/v1/categories')
      .set(t.auth(ADMIN_KEY))
      .send({ slug: 'billing', names: { en: 'Billing', fr: 'Facturation' } });
    expect(root.status).toBe(201);
    const child = await t
      .http()
      .post('/v1/categories')
      .set(t.auth(ADMIN_KEY))
      .send({ slug: 'refunds', names: { en: 'Refunds' }, parentId: root.body.id });
    const tree = await t.http().get('/v1/categories').set(t.auth(ADMIN_KEY));
    const billing = tree.body.find((c: { slug: string }) => c.slug === 'billing');
    expect(billing.children.map((c: { slug: string }) => c.slug)).toEqual(['refunds']);
    const cycle = await t
      .http()
      .patch(`/v1/categories/${root.body.id}`)
      .set(t.auth(ADMIN_KEY))
      .send({ parentId: child.body.id });
    expect(cycle.status).toBe(400);
    await t
      .http()
      .post('/v1/intents')
      .set(t.auth(ADMIN_KEY))
      .send({ key: 'refund_status', name: 'Refund status' })
      .expect(201);
    const article = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(ADMIN_KEY))
      .send({
        audience: 'public',
        locale: 'en',
        title: 'Where is my refund?',
        body: 'Refunds take 5 days.',
        categoryId: child.body.id,
        intents: ['refund_status'],
      });
    expect(article.status).toBe(201);
    const inBilling = await t.http().get('/v1/articles').query({ category: 'billing' }).set(t.auth(ADMIN_KEY));
    expect(inBilling.body.items.map((a: { id: string }) => a.id)).toEqual([article.body.id]);
    expect((await t.http().delete(`/v1/categories/${child.body.id}`).set(t.auth(ADMIN_KEY))).status).toBe(409);
    const parent = await t.http().delete(`/v1/categories/${root.body.id}`).set(t.auth(ADMIN_KEY));
    expect(parent.status).toBe(409);
    expect(parent.body.detail).toBe('The category still has articles or sub-categories; move them first');
    expect((await t.http().delete('/v1/intents/refund_status').set(t.auth(ADMIN_KEY))).status).toBe(409);
    const intents = await t.http().get('/v1/intents').set(t.auth(ADMIN_KEY));
    expect(intents.body.items).toContainEqual(expect.objectContaining({ key: 'refund_status', articleCount: 1 }));
  });
});
