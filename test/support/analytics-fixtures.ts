import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { expect } from 'vitest';
import type { Channel } from '../../src/common/domain.js';
import { RollupService } from '../../src/modules/analytics/rollup.service.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import type { TestApp } from './test-app.js';

/**
 * Rows of the served-answer and search logs, written straight into those tables the way serving writes them, so
 * that analytics can be tested on its own.
 */
export interface ServedInput {
  articleId: string;
  channel?: Channel;
  at?: string | Date;
  revision?: number;
  locale?: string;
  variant?: string;
  kind?: string;
  query?: string | null;
  sessionId?: string | null;
  searchId?: string | null;
  apiKeyId?: string | null;
}

/** Where and when a search-log row was written. */
interface LoggedInput {
  channel?: Channel;
  locale?: string;
  at?: string | Date;
  sessionId?: string | null;
}

export function analyticsFixtures(t: () => TestApp) {
  const db = () => t().app.get(DataSource);
  let articles = 0;

  return {
    db,
    query: (sql: string, params: unknown[] = []) => db().query(sql, params),

    async article(editor: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
      articles += 1;
      const res = await t()
        .http()
        .post('/v1/articles')
        .set(t().auth(editor))
        .send({
          audience: 'public',
          locale: 'en',
          title: `Analytics article ${articles} ${randomUUID().slice(0, 8)}`,
          body: 'Body',
          publish: true,
          ...overrides,
        });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    },

    async served(input: ServedInput): Promise<string> {
      const id = randomUUID();
      await db().query(
        `INSERT INTO served_answers (id, served_at, channel, api_key_id, kind, article_id, revision, locale, variant, query, search_id, rank, score, session_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, 0.9, $12)`,
        [
          id,
          new Date(input.at ?? Date.now()),
          input.channel ?? 'web',
          input.apiKeyId ?? null,
          input.kind ?? 'render',
          input.articleId,
          input.revision ?? 1,
          input.locale ?? 'en',
          input.variant ?? input.channel ?? 'web',
          input.query ?? null,
          input.searchId ?? null,
          input.sessionId ?? null,
        ],
      );
      return id;
    },

    async search(input: LoggedInput & { query: string; hits?: number }): Promise<string> {
      const id = randomUUID();
      await db().query(
        `INSERT INTO searches (id, created_at, channel, kind, query, locale, hit_count, top_score, session_id) VALUES ($1, $2, $3, 'search', $4, $5, $6, $7, $8)`,
        [
          id,
          new Date(input.at ?? Date.now()),
          input.channel ?? 'web',
          input.query,
          input.locale ?? 'en',
          input.hits ?? 0,
          input.hits ? 0.8 : null,
          input.sessionId ?? null,
        ],
      );
      return id;
    },

    /** A question (POST /v1/answers) and its best candidate, answered or not. */
    async question(input: LoggedInput & { articleId: string; answered: boolean; revision?: number }): Promise<string> {
      const id = randomUUID();
      await db().query(
        `INSERT INTO searches (id, created_at, channel, kind, query, locale, hit_count, top_score, session_id, answered,
                               top_article_id, top_revision, top_locale)
         VALUES ($1, $2, $3, 'answer', 'a question', $4, 1, 0.5, $5, $6, $7, $8, $4)`,
        [
          id,
          new Date(input.at ?? Date.now()),
          input.channel ?? 'bot',
          input.locale ?? 'en',
          input.sessionId ?? null,
          input.answered,
          input.articleId,
          input.revision ?? 1,
        ],
      );
      return id;
    },

    rollUp: () => t().app.get(RollupService).rollUp(),
    rollUpEverything: () => rollUpEverything(t().app),
  };
}

/**
 * Rolls up until every row committed before the call is counted. One pass may not be enough: a pass stops at the
 * oldest transaction still running on the server (other test files' databases share it), and the scheduled pass may
 * hold the rollup lock (the call then counts nothing).
 */
export async function rollUpEverything(app: Pick<INestApplicationContext, 'get'>): Promise<void> {
  await app.get(ServedLogService).flush();
  const db = app.get(DataSource);
  const [{ xid }] = await db.query(`SELECT pg_current_xact_id()::text AS xid`);
  for (;;) {
    await app.get(RollupService).rollUp();
    const [{ done }] = await db.query(`SELECT next_xid > $1::xid8 AS done FROM analytics_watermark WHERE id = 1`, [
      xid,
    ]);
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A client event for POST /v1/events. */
export const event = (
  type: string,
  target: { servedId?: string; searchId?: string },
  extra: Record<string, unknown> = {},
) => ({
  id: randomUUID(),
  type,
  ...target,
  at: new Date().toISOString(),
  ...extra,
});
