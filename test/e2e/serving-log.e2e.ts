import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { connect, Socket } from 'node:net';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { ADMIN_KEY, freshDatabase, listenUrl, startTestApp } from '../support/test-app.js';

describe('served-answer log', () => {
  it('stores every value exactly as given: separators, backslashes, a literal \\N, JSON and nulls', async () => {
    const { app, close } = await startTestApp();
    const log = app.get(ServedLogService);
    const query = 'tab\there\nnew line\r\\N and C:\\path «où» 📞';
    const filters = { tags: ['a\tb', 'quote " and \\'], category: null };
    const searchId = log.logSearch({
      channel: 'web',
      apiKeyId: null,
      kind: 'search',
      query,
      locale: null,
      filters,
      hitCount: 0,
      topScore: null,
      sessionId: '\\N',
    });
    const articleId = randomUUID();
    const servedId = log.logServed({
      channel: 'email',
      apiKeyId: null,
      kind: 'suggestion',
      articleId,
      revision: 3,
      locale: 'fr-CA',
      variant: 'email',
      query,
      searchId,
      rank: 2,
      score: 0.125,
      confidence: null,
    });
    await log.flush();
    const db = app.get(DataSource);
    expect(
      await db.query(`SELECT query, locale, filters, hit_count, top_score, session_id FROM searches WHERE id = $1`, [
        searchId,
      ]),
    ).toEqual([{ query, locale: null, filters, hit_count: 0, top_score: null, session_id: '\\N' }]);
    expect(
      await db.query(
        `SELECT query, article_id, revision, locale, search_id, rank, score, confidence, session_id FROM served_answers WHERE id = $1`,
        [servedId],
      ),
    ).toEqual([
      {
        query,
        article_id: articleId,
        revision: 3,
        locale: 'fr-CA',
        search_id: searchId,
        rank: 2,
        score: 0.125,
        confidence: null,
        session_id: null,
      },
    ]);
    await close();
  });

  it('keeps its rows when a transaction open at the same time rolls back', async () => {
    const { app, close } = await startTestApp();
    const log = app.get(ServedLogService);
    const db = app.get(DataSource);
    let servedId = '';
    const rolledBack = db.transaction(async (manager) => {
      await manager.query(`SELECT 1`);
      servedId = log.logServed({
        channel: 'web',
        apiKeyId: null,
        kind: 'render',
        articleId: randomUUID(),
        revision: 1,
        locale: 'en',
        variant: 'body',
      });
      // The log writes while this transaction is open (on the embedded database, the one connection it holds).
      void log.flush();
      await new Promise((resolve) => setTimeout(resolve, 100));
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    await log.flush();
    expect(await db.query(`SELECT id FROM served_answers WHERE id = $1`, [servedId])).toEqual([{ id: servedId }]);
    await close();
  });

  it('drops only a row the database refuses (a NUL byte in its session id), counted, and goes on writing the others', async () => {
    const { app, close } = await startTestApp({ LOG_LEVEL: 'fatal' });
    const log = app.get(ServedLogService);
    const db = app.get(DataSource);
    const articleId = randomUUID();
    // The session id is stored as given (queries are redacted, which removes NUL): PostgreSQL refuses a NUL in it.
    const served = (query: string, sessionId = 's') =>
      log.logServed({
        channel: 'web',
        apiKeyId: null,
        kind: 'answer',
        articleId,
        revision: 1,
        locale: 'en',
        variant: 'web',
        query,
        sessionId,
      });
    const search = (query: string, sessionId = 's') =>
      log.logSearch({
        channel: 'web',
        apiKeyId: null,
        kind: 'search',
        query,
        locale: 'en',
        filters: { q: query },
        hitCount: 0,
        topScore: null,
        sessionId,
      });
    const good = Array.from({ length: 1000 }, (_, i) => served(`question ${i}`));
    const poisoned = served('poisoned', 'x\u0000');
    good.push(...Array.from({ length: 500 }, (_, i) => served(`more ${i}`)));
    const goodSearch = search('fine');
    const poisonedSearch = search('poisoned', 'x\u0000');
    await log.flush();
    expect(log.refusedRows).toBe(2);
    const written = (await db.query(`SELECT id FROM served_answers WHERE article_id = $1`, [articleId])) as {
      id: string;
    }[];
    expect(written.length).toBe(1500);
    expect(new Set(written.map((r) => r.id))).toEqual(new Set(good));
    expect(
      await db.query(`SELECT id FROM searches WHERE id = ANY($1::uuid[])`, [[goodSearch, poisonedSearch]]),
    ).toEqual([{ id: goodSearch }]);
    // The log is not stuck on it: later rows are written too.
    const later = served('after');
    await log.flush();
    expect(await db.query(`SELECT id FROM served_answers WHERE id = $1`, [later])).toEqual([{ id: later }]);
    expect(await db.query(`SELECT id FROM served_answers WHERE id = $1`, [poisoned])).toEqual([]);
    await close();
  });

  it('keeps and retries its rows while the table cannot be written (a failure not of their data)', async () => {
    const { app, close } = await startTestApp({ LOG_LEVEL: 'fatal' });
    const log = app.get(ServedLogService);
    const db = app.get(DataSource);
    const articleId = randomUUID();
    // The table goes away before the rows come: queuing the 500th row starts a write, which must not win the race.
    await db.query(`ALTER TABLE served_answers RENAME TO served_answers_away`);
    const ids = Array.from({ length: 1200 }, () =>
      log.logServed({
        channel: 'bot',
        apiKeyId: null,
        kind: 'answer',
        articleId,
        revision: 1,
        locale: 'en',
        variant: 'bot',
      }),
    );
    await log.flush();
    await log.flush();
    expect(
      await db.query(`SELECT count(*)::int AS n FROM served_answers_away WHERE article_id = $1`, [articleId]),
    ).toEqual([{ n: 0 }]);
    await db.query(`ALTER TABLE served_answers_away RENAME TO served_answers`);
    await log.flush();
    const written = (await db.query(`SELECT id FROM served_answers WHERE article_id = $1`, [articleId])) as {
      id: string;
    }[];
    expect(new Set(written.map((r) => r.id))).toEqual(new Set(ids));
    expect(log.refusedRows).toBe(0);
    await close();
  });

  it('keeps at most 100,000 rows waiting per table, the newest, when rows come faster than they are written', async () => {
    const { app, close } = await startTestApp({ LOG_LEVEL: 'fatal' });
    const log = app.get(ServedLogService);
    const articleId = randomUUID();
    // Queued in one go: no flush can run in between, as when the database falls far behind.
    const ids = Array.from({ length: 102_000 }, () =>
      log.logServed({
        channel: 'bot',
        apiKeyId: null,
        kind: 'answer',
        articleId,
        revision: 1,
        locale: 'en',
        variant: 'bot',
      }),
    );
    await log.flush();
    const db = app.get(DataSource);
    expect(await db.query(`SELECT count(*)::int AS n FROM served_answers WHERE article_id = $1`, [articleId])).toEqual([
      { n: 100_000 },
    ]);
    expect(log.overflowRows).toBe(2000);
    // The oldest rows were dropped, the newest kept.
    expect(await db.query(`SELECT id FROM served_answers WHERE id = ANY($1::uuid[])`, [[ids[0], ids.at(-1)]])).toEqual([
      { id: ids.at(-1) },
    ]);
    await close();
  });

  it('writes rows queued just before a graceful shutdown, queries redacted', async () => {
    const { app, database, query } = await startOwnDatabaseApp();
    const log = app.get(ServedLogService);
    const articleId = randomUUID();
    const ids = Array.from({ length: 1200 }, (_, i) =>
      log.logServed({
        channel: 'bot',
        apiKeyId: null,
        kind: 'answer',
        articleId,
        revision: 1,
        locale: 'en',
        variant: 'bot',
        query: `card 4111 1111 1111 1111 #${i}`,
        rank: 1,
        score: 1,
      }),
    );
    const searchId = log.logSearch({
      channel: 'web',
      apiKeyId: null,
      kind: 'search',
      query: 'mail me at jo@example.com',
      locale: 'en',
      filters: {},
      hitCount: 0,
      topScore: null,
    });
    await app.close();

    const served = await query(`SELECT id, query FROM served_answers WHERE article_id = $1`, [articleId]);
    expect(served).toHaveLength(ids.length);
    expect(new Set(served.map((r) => r.id))).toEqual(new Set(ids));
    expect(served.every((r) => String(r.query).startsWith('card [card] #'))).toBe(true);
    expect(await query(`SELECT query FROM searches WHERE id = $1`, [searchId])).toEqual([
      { query: 'mail me at [email]' },
    ]);
    await database.drop();
  });
});

describe('graceful shutdown under load', () => {
  it('answers the requests in flight, then writes every row and feedback it acknowledged', async () => {
    const { app, database, query } = await startOwnDatabaseApp();
    const url = await listenUrl(app);
    const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
    const article = await fetch(`${url}/v1/articles`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        audience: 'public',
        locale: 'en',
        title: 'Roaming abroad',
        body: 'Turn it on.',
        publish: true,
      }),
    });
    const { id: articleId } = (await article.json()) as { id: string };
    const served: string[] = [];
    const voted: string[] = [];
    const refused: { status: number; type: string | null; code?: string }[] = [];
    // Each client renders the article and votes on it at once, until the server stops answering it.
    const client = async () => {
      for (;;) {
        const render = await fetch(`${url}/v1/articles/${articleId}/render`, { headers }).catch(() => undefined);
        if (render?.status !== 200)
          return (
            render &&
            refused.push({
              status: render.status,
              type: render.headers.get('content-type'),
              code: ((await render.json()) as { code?: string }).code,
            })
          );
        const { servedId } = (await render.json()) as { servedId: string };
        served.push(servedId);
        const vote = await fetch(`${url}/v1/feedback`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ servedId, helpful: true }),
        }).catch(() => undefined);
        if (vote?.status === 201) voted.push(servedId);
      }
    };
    const clients = Promise.all(Array.from({ length: 16 }, client));
    await expect.poll(() => voted.length, { timeout: 60_000, interval: 5 }).toBeGreaterThan(200);
    await app.close();
    await clients;

    const rows = await query(`SELECT id FROM served_answers WHERE id = ANY($1::uuid[])`, [served]);
    expect(rows.length).toBe(served.length);
    const votes = await query(`SELECT served_id FROM feedback WHERE served_id = ANY($1::uuid[])`, [voted]);
    expect(votes.length).toBe(voted.length);
    for (const answer of refused)
      expect(answer).toEqual({ status: 503, type: 'application/problem+json; charset=utf-8', code: 'UNAVAILABLE' });
    await database.drop();
  });

  it('refuses a request arriving on an open connection during the drain with a 503 problem document', async () => {
    const { app, database, query } = await startOwnDatabaseApp();
    const url = new URL(await listenUrl(app));
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    const ended = once(socket, 'end');
    const body = JSON.stringify({ question: 'how do I reset my voicemail pin', locale: 'en' });
    const requested = once(app.getHttpServer(), 'request');
    // A request in flight: its headers are in, its body not yet.
    socket.write(
      `POST /v1/answers HTTP/1.1\r\nHost: savoir\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
    );
    await requested;
    const closed = app.close();
    await expect.poll(() => app.getHttpServer().listening).toBe(false);
    // The rest of its body, then another request on the same connection.
    socket.write(`${body.slice(5)}GET /health/live HTTP/1.1\r\nHost: savoir\r\n\r\n`);
    await Promise.all([ended, closed]);

    const [first, second] = received.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200 /);
    const searchId = /"searchId":"([0-9a-f-]{36})"/.exec(first)![1];
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(second.slice(second.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 503,
      code: 'UNAVAILABLE',
    });
    expect(await query(`SELECT id FROM searches WHERE id = $1`, [searchId])).toEqual([{ id: searchId }]);
    await database.drop();
  });
});

describe('shutdown with a client that never finishes its request', () => {
  it('stops waiting after SHUTDOWN_DRAIN_MS, closes its connection, writes the rows of the requests answered, and GraphQL gets a GraphQL 503', async () => {
    const { app, database, query } = await startOwnDatabaseApp({ SHUTDOWN_DRAIN_MS: 3000, LOG_LEVEL: 'error' });
    const url = new URL(await listenUrl(app));
    const open = (): { socket: Socket; received: () => string; closed: Promise<unknown> } => {
      const socket = connect(Number(url.port), url.hostname);
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      return { socket, received: () => received, closed: once(socket, 'close') };
    };
    const body = JSON.stringify({ question: 'how do I reset my voicemail pin', locale: 'en' });
    const request = `POST /v1/answers HTTP/1.1\r\nHost: savoir\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    // One client sends its headers and half its body, and never the rest.
    const trickler = open();
    let requested = once(app.getHttpServer(), 'request');
    trickler.socket.write(`${request}${body.slice(0, body.length / 2)}`);
    await requested;
    // Another has a request in flight that it finishes during the drain, then sends a GraphQL request on the
    // connection.
    const other = open();
    requested = once(app.getHttpServer(), 'request');
    other.socket.write(`${request}${body.slice(0, 5)}`);
    await requested;

    const closed = app.close();
    await expect.poll(() => app.getHttpServer().listening).toBe(false);
    const graphql = JSON.stringify({ query: '{ __typename }' });
    other.socket.write(
      `${body.slice(5)}POST /graphql HTTP/1.1\r\nHost: savoir\r\nContent-Type: application/json\r\nContent-Length: ${graphql.length}\r\n\r\n${graphql}`,
    );
    // Without a bound on the drain, this never resolves: the trickling client holds the server open.
    await closed;
    await Promise.all([trickler.closed, other.closed]);

    expect(trickler.received()).toBe('');
    const [answered, refused] = other.received().split(/(?=HTTP\/1\.1 )/);
    expect(answered).toMatch(/^HTTP\/1\.1 200 /);
    const searchId = /"searchId":"([0-9a-f-]{36})"/.exec(answered)![1];
    expect(refused).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused).toMatch(/retry-after: 1/i);
    expect(JSON.parse(refused.slice(refused.indexOf('\r\n\r\n') + 4))).toEqual({
      errors: [
        {
          message: 'The server is shutting down; retry the request',
          extensions: { code: 'UNAVAILABLE', retryAfter: 1 },
        },
      ],
    });
    expect(await query(`SELECT id FROM searches WHERE id = $1`, [searchId])).toEqual([{ id: searchId }]);
    await database.drop();
  });
});

/** The application on a database that outlives it, and a way to query that database once the application is closed. */
async function startOwnDatabaseApp(overrides: Partial<AppConfig> = {}) {
  const database = await freshDatabase();
  const config = loadConfig(
    {},
    { BOOTSTRAP_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'warn', DATA_DIR: 'memory://', ...database.config, ...overrides },
  );
  const app = await createApp({ config, embedded: database.embedded });
  const query = async (sql: string, params: unknown[]) => {
    if (database.embedded) return (await database.embedded.query(sql, params)).rows as Record<string, unknown>[];
    const client = new pg.Client({ connectionString: config.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };
  return { app, database, query };
}
