import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

describe('hostile input answers 4xx problem+json naming what is wrong', () => {
  let t: TestApp;
  let admin: { authorization: string };
  let web: { authorization: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = t.auth(ADMIN_KEY);
    web = t.auth(await t.keyFor('public', 'web'));
  });
  afterAll(async () => t?.close());

  const expectProblem = (
    response: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    status: number,
    field?: string,
  ) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status,
      title: expect.any(String),
      detail: expect.any(String),
      code: expect.any(String),
    });
    if (field) expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  };

  it('refuses NUL and unpaired surrogates in filters, path ids, bodies, search queries and questions', async () => {
    expectProblem(await t.http().get('/v1/articles?category=%00').set(admin), 400, 'category');
    expectProblem(await t.http().get('/v1/articles/%00').set(admin), 400, 'id');
    expectProblem(
      await t
        .http()
        .post('/v1/articles')
        .set(admin)
        .send({ slug: 'nul', audience: 'public', locale: 'en', title: 'a\u0000b', body: 'x' }),
      400,
      'title',
    );
    expectProblem(await t.http().get('/v1/search?q=roaming%00').set(web), 400, 'q');
    expectProblem(await t.http().post('/v1/answers').set(web).send({ question: 'pay my bill\u0000' }), 400, 'question');
    const surrogate = await t
      .http()
      .post('/v1/answers')
      .set(web)
      .set('content-type', 'application/json')
      .send('{"question":"pay \\ud800 bill"}');
    expectProblem(surrogate, 400, 'question');
  });

  it('refuses integers past 2^31-1 in paths, bodies and If-Match', async () => {
    expectProblem(await t.http().get('/v1/articles/x/revisions/99999999999').set(admin), 400, 'n');
    expectProblem(
      await t.http().patch('/v1/channel-profiles/bot').set(admin).send({ version: 99999999999 }),
      400,
      'version',
    );
    expectProblem(
      await t.http().patch('/v1/channel-profiles/bot').set(admin).set('if-match', '"99999999999"').send({}),
      400,
      'If-Match',
    );
  });

  it('refuses deeply nested JSON before validating it, on REST and GraphQL', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expectProblem(
      await t.http().post('/v1/answers').set(web).set('content-type', 'application/json').send(`{"question":${deep}}`),
      400,
    );
    const graphql = await t
      .http()
      .post('/graphql')
      .set(web)
      .set('content-type', 'application/json')
      .send(`{"query":"query($q:String!){search(q:$q){searchId}}","variables":{"q":${deep}}}`);
    expect(graphql.status).toBe(400);
    expect(graphql.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers router errors (malformed escape, over-long path parameter) as problem+json without echoing the path', async () => {
    const escape = await t.http().get('/v1/articles/%').set(admin);
    expectProblem(escape, 400);
    const long = await t
      .http()
      .get(`/v1/articles/${'a'.repeat(500)}`)
      .set(admin);
    expectProblem(long, 400);
    expect(long.body.detail).not.toContain('aaaa');
  });

  it('refuses GraphQL documents nested too deep before parsing them, naming the limit; brackets in strings and comments do not count', async () => {
    const literal = `{ search(q: "x", tags: ${'['.repeat(2000)}${']'.repeat(2000)}) { searchId } }`;
    const selections = `{ ${'a { '.repeat(2000)}b${' }'.repeat(2000)} }`;
    for (const query of [literal, selections]) {
      const response = await t.http().post('/graphql').set(web).send({ query });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
      expect(response.body.errors[0].message).toBe(
        'The document nests braces, brackets and parentheses deeper than 64 levels',
      );
    }
    const quoted = await t
      .http()
      .post('/graphql')
      .set(web)
      .send({ query: `{ search(q: "${'[('.repeat(200)}") { searchId } } # ${'{'.repeat(200)}` });
    expect(quoted.status, JSON.stringify(quoted.body)).toBe(200);
  });

  it('gives GraphQL node-limit errors a code', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set(web)
      .send({ query: `{ ${'__typename '.repeat(20_000)}}` });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses NUL in GraphQL arguments, and the served log keeps writing afterwards', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set(web)
      .send({ query: 'query($q: String!) { search(q: $q) { searchId } }', variables: { q: 'roaming\u0000' } });
    expect(response.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'q' })],
    });
    const { searchId } = (await t.http().get('/v1/search?q=roaming').set(web).expect(200)).body;
    await t.app.get(ServedLogService).flush();
    const event = { id: crypto.randomUUID(), type: 'click', searchId, at: new Date().toISOString() };
    await t.http().post('/v1/events').set(web).send([event]).expect(200);
  });
});
