import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../src/common/domain.js';
import { analyticsFixtures, event } from '../support/analytics-fixtures.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
const f = analyticsFixtures(() => t);

beforeAll(async () => {
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000 });
  editor = await t.keyFor('editor');
});
afterAll(async () => t?.close());

const COUNTERS = 'served, clicks, copies, helpful, unhelpful, handoffs, resolved, escalations';

/** Rows where the compact rollup and the detailed one summed over locale and revision differ (both ways). */
async function disagreements(compact: string, detailed: string, key: string) {
  const summed = `SELECT ${key}, article_id, channel, ${COUNTERS.split(', ')
    .map((c) => `sum(${c})::bigint`)
    .join(', ')} FROM ${detailed} GROUP BY 1, 2, 3`;
  const exact = `SELECT ${key}, article_id, channel, ${COUNTERS} FROM ${compact}`;
  return f.query(`(${summed} EXCEPT ${exact}) UNION ALL (${exact} EXCEPT ${summed})`);
}

async function expectAgreement() {
  expect(await disagreements('analytics_article_channel_quarter', 'analytics_article_quarter', 'bucket')).toEqual([]);
  expect(await disagreements('analytics_article_channel_day', 'analytics_article_day', 'day')).toEqual([]);
  const [{ n }] = await f.query(`SELECT count(*)::int AS n FROM analytics_article_channel_quarter`);
  return n as number;
}

async function ranking(query: Record<string, unknown>) {
  const res = await t.http().get('/v1/analytics/articles').query(query).set(t.auth(editor));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { articleId: string; served: number; helpful: number; clicks: number }[];
}

describe('compact article rollups (article × channel)', () => {
  it('agree with the detailed rollups after ingest and after a session is erased, and rank articles the same', async () => {
    const [a, b] = [await f.article(editor), await f.article(editor)];
    const channels: Channel[] = ['web', 'bot', 'agent'];
    const served: string[] = [];
    for (let i = 0; i < 24; i += 1) {
      served.push(
        await f.served({
          articleId: i % 3 === 0 ? b.id : a.id,
          channel: channels[i % 3],
          locale: i % 2 === 0 ? 'en' : 'fr',
          revision: 1 + (i % 4),
          at: new Date(Date.UTC(2026, 2, 1 + (i % 5), (i * 7) % 24, (i * 13) % 60)),
          sessionId: `s-${i % 4}`,
        }),
      );
    }
    await t.http().post('/v1/feedback').set(t.auth(editor)).send({ servedId: served[1], helpful: true }).expect(201);
    await t
      .http()
      .post('/v1/events')
      .set(t.auth(editor))
      .send([event('click', { servedId: served[2] }), event('click', { servedId: served[4] })])
      .expect(200);
    await f.rollUpEverything();
    expect(await expectAgreement()).toBeGreaterThan(0);

    const range = { from: '2026-03-01', to: '2026-03-05' };
    for (const tz of ['UTC', 'America/New_York']) {
      const all = await ranking({ ...range, tz });
      const en = await ranking({ ...range, tz, locale: 'en' });
      const fr = await ranking({ ...range, tz, locale: 'fr' });
      // Without a locale filter the ranking reads the compact rollup; with one, the detailed rollup.
      const servedBy = (items: { articleId: string; served: number }[]) =>
        Object.fromEntries(items.map((r) => [r.articleId, r.served]));
      const sumOfLocales = Object.fromEntries(
        [a.id, b.id].map((id) => [id, (servedBy(en)[id] ?? 0) + (servedBy(fr)[id] ?? 0)]),
      );
      expect(servedBy(all)).toEqual(sumOfLocales);
    }

    // Erasure deletes raw rows; rollups keep their counts, and both keep agreeing as new rows arrive.
    await t.http().delete('/v1/analytics/sessions/s-1').set(t.auth(ADMIN_KEY)).expect(200);
    await f.served({
      articleId: a.id,
      channel: 'bot',
      locale: 'fr',
      revision: 2,
      at: '2026-03-02T03:00:00Z',
      sessionId: 's-1',
    });
    await f.rollUpEverything();
    await expectAgreement();
    const after = await ranking({ ...range, tz: 'America/New_York' });
    expect(after.find((r) => r.articleId === a.id)!.served).toBe(17);
  });
});
