import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { ServedLogService } from '../src/modules/served-log/served-log.service.js';
import { ADMIN_KEY, freshDatabase, startTestApp } from './support/test-app.js';

describe('served-answer log', () => {
  it('stores every value exactly as given: separators, backslashes, a literal \\N, JSON and nulls', async () => {
    const { app, close } = await startTestApp();
    const log = app.get(ServedLogService);
    const query = 'tab\there\nnew line\r\\N and C:\\path «où» 📞';
    const filters = { tags: ['a\tb', 'quote " and \\'], category: null };
    const searchId = log.logSearch({ channel: 'web', apiKeyId: null, kind: 'search', query, locale: null, filters, hitCount: 0, topScore: null, sessionId: '\\N' });
    const articleId = randomUUID();
    const servedId = log.logServed({ channel: 'email', apiKeyId: null, kind: 'suggestion', articleId, revision: 3, locale: 'fr-CA', variant: 'email', query, searchId, rank: 2, score: 0.125, confidence: null });
    await log.flush();
    const db = app.get(DataSource);
    expect(await db.query(`SELECT query, locale, filters, hit_count, top_score, session_id FROM searches WHERE id = $1`, [searchId])).toEqual([
      { query, locale: null, filters, hit_count: 0, top_score: null, session_id: '\\N' },
    ]);
    expect(await db.query(`SELECT query, article_id, revision, locale, search_id, rank, score, confidence, session_id FROM served_answers WHERE id = $1`, [servedId])).toEqual([
      { query, article_id: articleId, revision: 3, locale: 'fr-CA', search_id: searchId, rank: 2, score: 0.125, confidence: null, session_id: null },
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
      servedId = log.logServed({ channel: 'web', apiKeyId: null, kind: 'render', articleId: randomUUID(), revision: 1, locale: 'en', variant: 'body' });
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

  it('keeps at most 100,000 rows waiting per table, the newest, when rows come faster than they are written', async () => {
    const { app, close } = await startTestApp({ LOG_LEVEL: 'fatal' });
    const log = app.get(ServedLogService);
    const articleId = randomUUID();
    // Queued in one go: no flush can run in between, as when the database falls far behind.
    const ids = Array.from({ length: 102_000 }, () => log.logServed({ channel: 'bot', apiKeyId: null, kind: 'answer', articleId, revision: 1, locale: 'en', variant: 'bot' }));
    await log.flush();
    const db = app.get(DataSource);
    expect(await db.query(`SELECT count(*)::int AS n FROM served_answers WHERE article_id = $1`, [articleId])).toEqual([{ n: 100_000 }]);
    // The oldest rows were dropped, the newest kept.
    expect(await db.query(`SELECT id FROM served_answers WHERE id = ANY($1::uuid[])`, [[ids[0], ids.at(-1)]])).toEqual([{ id: ids.at(-1) }]);
    await close();
  });

  it('writes rows queued just before a graceful shutdown, queries redacted', async () => {
    const database = await freshDatabase();
    const config = loadConfig({}, { BOOTSTRAP_ADMIN_KEY: ADMIN_KEY, LOG_LEVEL: 'warn', DATA_DIR: 'memory://', ...database.config });
    const app = await createApp({ config, embedded: database.embedded });
    const log = app.get(ServedLogService);
    const articleId = randomUUID();
    const ids = Array.from({ length: 1200 }, (_, i) =>
      log.logServed({ channel: 'bot', apiKeyId: null, kind: 'answer', articleId, revision: 1, locale: 'en', variant: 'bot', query: `card 4111 1111 1111 1111 #${i}`, rank: 1, score: 1 }),
    );
    const searchId = log.logSearch({ channel: 'web', apiKeyId: null, kind: 'search', query: 'mail me at jo@example.com', locale: 'en', filters: {}, hitCount: 0, topScore: null });
    await app.close();

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
    const served = await query(`SELECT id, query FROM served_answers WHERE article_id = $1`, [articleId]);
    expect(served).toHaveLength(ids.length);
    expect(new Set(served.map((r) => r.id))).toEqual(new Set(ids));
    expect(served.every((r) => String(r.query).startsWith('card [card] #'))).toBe(true);
    expect(await query(`SELECT query FROM searches WHERE id = $1`, [searchId])).toEqual([{ query: 'mail me at [email]' }]);
    await database.drop();
  });
});
