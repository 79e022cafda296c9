import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsFixtures, event } from '../support/analytics-fixtures.js';
import { startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
const f = analyticsFixtures(() => t);
const as = (secret: string) => t.auth(secret);

beforeAll(async () => {
  // Passes are run by the tests themselves, so that each expectation is about a known set of rows. Each writer's
  // transaction is a step of its own (every fixture row is written alone): the counts, journeys across steps and
  // passes included, must be those of passes counted at once (the other analytics files count them so).
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000, ANALYTICS_ROLLUP_STEP_ROWS: 1 });
  editor = await t.keyFor('editor');
});
afterAll(async () => t?.close());

async function report(path: string, query: Record<string, unknown> = {}) {
  const res = await t.http().get(`/v1/analytics${path}`).query(query).set(as(editor));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const servedOf = (days: { date: string; served: number }[]) => Object.fromEntries(days.map((d) => [d.date, d.served]));

describe('rollups', () => {
  it('counts each row once across incremental passes', async () => {
    const a = await f.article(editor);
    for (let i = 0; i < 3; i += 1) await f.served({ articleId: a.id, at: '2026-01-05T10:00:00Z' });
    // Not one pass: a pass stops at the oldest transaction running on the server, another test file's included.
    await f.rollUpEverything();
    const day = { from: '2026-01-05', to: '2026-01-05' };
    expect((await report(`/articles/${a.id}`, day)).totals.served).toBe(3);
    const more = await f.served({ articleId: a.id, at: '2026-01-05T11:00:00Z' });
    await f.served({ articleId: a.id, at: '2026-01-05T23:59:59Z' });
    expect((await t.http().post('/v1/feedback').set(as(editor)).send({ servedId: more, helpful: true })).status).toBe(
      201,
    );
    await f.rollUpEverything();
    expect(await f.rollUp()).toEqual({ servedRows: 0, escalations: 0, zeroResultQueries: 0, unansweredQuestions: 0 });
    expect((await report(`/articles/${a.id}`, day)).totals).toMatchObject({
      served: 5,
      helpful: 1,
      unhelpful: 0,
      helpfulRate: 1,
    });
    expect((await report('/articles', day)).items).toContainEqual(
      expect.objectContaining({ articleId: a.id, slug: a.slug, served: 5 }),
    );
  });

  it('writes a pass of more rollup keys than a statement takes, each key once', async () => {
    const a = await f.article(editor);
    // 300 answers a quarter hour apart, in one transaction: one step, 300 keys in each rollup, two write batches.
    await f.db().query(
      `INSERT INTO served_answers (id, served_at, channel, kind, article_id, revision, locale, variant)
       SELECT gen_random_uuid(), timestamptz '2026-01-20T00:00:00Z' + make_interval(mins => 15 * i), 'web', 'render', $1, 1, 'en', 'web'
         FROM generate_series(0, 299) AS i`,
      [a.id],
    );
    await f.rollUpEverything();
    const range = { from: '2026-01-20', to: '2026-01-23' };
    const byDay = { '2026-01-20': 96, '2026-01-21': 96, '2026-01-22': 96, '2026-01-23': 12 };
    const article = await report(`/articles/${a.id}`, range);
    expect(article.totals.served).toBe(300);
    expect(servedOf(article.days)).toEqual(byDay);
    // Local days are counted from the quarter-hour rollups: 5 h 30 min later, 22 quarters move to the next day.
    const kolkata = await report(`/articles/${a.id}`, { ...range, tz: 'Asia/Kolkata' });
    expect(servedOf(kolkata.days)).toEqual({ '2026-01-20': 74, '2026-01-21': 96, '2026-01-22': 96, '2026-01-23': 34 });
    expect(servedOf((await report('/summary', { ...range, tz: 'UTC' })).days)).toEqual(byDay);
  });

  it.runIf(process.env.DATABASE_URL)(
    'waits for a transaction still open instead of skipping its rows (PostgreSQL server: concurrent writers)',
    async () => {
      const a = await f.article(editor);
      const runner = f.db().createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await runner.query(
          `INSERT INTO served_answers (id, served_at, channel, kind, article_id, revision, locale, variant) VALUES ($1, '2026-01-06T10:00:00Z', 'web', 'render', $2, 1, 'en', 'web')`,
          [randomUUID(), a.id],
        );
        // Committed after the open transaction began writing: a time or sequence watermark would count it and move past
        // the open one for good.
        await f.served({ articleId: a.id, at: '2026-01-06T10:01:00Z' });
        await f.rollUp();
        expect((await report(`/articles/${a.id}`, { from: '2026-01-06', to: '2026-01-06' })).totals.served).toBe(0);
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
      await f.rollUpEverything();
      expect((await report(`/articles/${a.id}`, { from: '2026-01-06', to: '2026-01-06' })).totals.served).toBe(2);
    },
  );
});

describe('time zones', () => {
  const times = [
    '2026-02-01T18:20:00Z',
    '2026-02-01T18:40:00Z',
    '2026-02-02T12:00:00Z',
    '2026-02-03T05:00:00Z',
    '2026-02-04T18:20:00Z',
    '2026-02-04T18:40:00Z',
  ];
  let a: { id: string };

  beforeAll(async () => {
    a = await f.article(editor);
    for (const at of times) await f.served({ articleId: a.id, at, channel: 'bot' });
    await f.rollUpEverything();
  });

  it('cuts days at local midnight in the summary, for whole, half and quarter hour offsets', async () => {
    const range = { from: '2026-02-01', to: '2026-02-05' };
    expect(servedOf((await report('/summary', { ...range, tz: 'UTC' })).days)).toEqual({
      '2026-02-01': 2,
      '2026-02-02': 1,
      '2026-02-03': 1,
      '2026-02-04': 2,
      '2026-02-05': 0,
    });
    expect(servedOf((await report('/summary', { ...range, tz: 'Asia/Kolkata' })).days)).toEqual({
      '2026-02-01': 1,
      '2026-02-02': 2,
      '2026-02-03': 1,
      '2026-02-04': 1,
      '2026-02-05': 1,
    });
    expect(servedOf((await report('/summary', { ...range, tz: 'Asia/Kathmandu' })).days)).toEqual({
      '2026-02-01': 0,
      '2026-02-02': 3,
      '2026-02-03': 1,
      '2026-02-04': 0,
      '2026-02-05': 2,
    });
    expect(servedOf((await report('/summary', { ...range, tz: 'America/Los_Angeles' })).days)).toEqual({
      '2026-02-01': 2,
      '2026-02-02': 2,
      '2026-02-03': 0,
      '2026-02-04': 2,
      '2026-02-05': 0,
    });
    const summary = await report('/summary', { ...range, tz: 'Asia/Kolkata' });
    expect(summary).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-05',
      tz: 'Asia/Kolkata',
      totals: { served: 6, selfServiceServed: 6 },
    });
  });

  it('totals ranges over whole UTC days plus the partial days at the edges', async () => {
    const served = async (query: Record<string, string>) => (await report(`/articles/${a.id}`, query)).totals.served;
    const list = async (query: Record<string, string>) =>
      (await report('/articles', { ...query, channel: 'bot' })).items.find(
        (i: { articleId: string }) => i.articleId === a.id,
      )?.served;
    for (const read of [served, list]) {
      expect(await read({ from: '2026-02-02', to: '2026-02-03', tz: 'UTC' })).toBe(2);
      expect(await read({ from: '2026-02-02', to: '2026-02-03', tz: 'Asia/Kolkata' })).toBe(3);
      expect(await read({ from: '2026-02-02', to: '2026-02-04', tz: 'Asia/Kolkata' })).toBe(4);
      expect(await read({ from: '2026-02-05', to: '2026-02-05', tz: 'Asia/Kathmandu' })).toBe(2);
    }
  });

  it('rejects unknown zones and bad ranges with a problem naming the field', async () => {
    const zone = await t.http().get('/v1/analytics/summary').query({ tz: 'Mars/Olympus_Mons' }).set(as(editor));
    expect(zone.status).toBe(400);
    expect(zone.body.errors).toEqual([{ field: 'tz', message: 'unknown time zone' }]);
    const reversed = await t
      .http()
      .get('/v1/analytics/articles')
      .query({ from: '2026-02-05', to: '2026-02-01' })
      .set(as(editor));
    expect(reversed.status).toBe(400);
    const badDate = await t.http().get('/v1/analytics/channels').query({ from: '2026-02-30' }).set(as(editor));
    expect(badDate.status).toBe(400);
    const channel = await t.http().get('/v1/analytics/summary').query({ channel: 'fax' }).set(as(editor));
    expect(channel.status).toBe(400);
    const agent = await t
      .http()
      .get('/v1/analytics/summary')
      .set(as(await t.keyFor('agent')));
    expect(agent.status).toBe(403);
  });
});

describe('reports', () => {
  it('breaks one article down per channel, per revision and per day', async () => {
    const a = await f.article(editor);
    const webA = await f.served({ articleId: a.id, channel: 'web', revision: 1, at: '2026-03-10T08:00:00Z' });
    const webB = await f.served({ articleId: a.id, channel: 'web', revision: 1, at: '2026-03-10T09:00:00Z' });
    const bot = await f.served({ articleId: a.id, channel: 'bot', revision: 2, at: '2026-03-10T10:00:00Z' });
    const agent = await f.served({
      articleId: a.id,
      channel: 'agent',
      revision: 1,
      locale: 'fr',
      at: '2026-03-11T10:00:00Z',
    });
    await t.http().post('/v1/feedback').set(as(editor)).send({ servedId: webA, helpful: true }).expect(201);
    await t.http().post('/v1/feedback').set(as(editor)).send({ servedId: webB, helpful: false }).expect(201);
    await t
      .http()
      .post('/v1/events')
      .set(as(editor))
      .send([event('click', { servedId: bot }), event('copied_to_reply', { servedId: agent })])
      .expect(200);
    await f.rollUpEverything();
    const body = await report(`/articles/${a.slug}`, { from: '2026-03-10', to: '2026-03-11' });
    expect(body.article).toMatchObject({ id: a.id, slug: a.slug });
    expect(body.totals).toMatchObject({
      served: 4,
      helpful: 1,
      unhelpful: 1,
      helpfulRate: 0.5,
      clicks: 1,
      copies: 1,
      selfServiceServed: 3,
    });
    expect(body.channels.map((c: { channel: string; served: number }) => [c.channel, c.served]).sort()).toEqual([
      ['agent', 1],
      ['bot', 1],
      ['web', 2],
    ]);
    expect(
      body.revisions.map((r: { locale: string; revision: number; served: number }) => [r.locale, r.revision, r.served]),
    ).toEqual([
      ['en', 1, 2],
      ['en', 2, 1],
      ['fr', 1, 1],
    ]);
    expect(servedOf(body.days)).toEqual({ '2026-03-10': 3, '2026-03-11': 1 });
    // In UTC+14 the 10:00Z answers fall on the next local day; the last one falls after the range.
    const kiritimati = await report(`/articles/${a.id}`, {
      from: '2026-03-10',
      to: '2026-03-11',
      tz: 'Pacific/Kiritimati',
    });
    expect(servedOf(kiritimati.days)).toEqual({ '2026-03-10': 2, '2026-03-11': 1 });
    expect(
      kiritimati.breakdown.map((r: { date: string; channel: string; revision: number; served: number }) => [
        r.date,
        r.channel,
        r.revision,
        r.served,
      ]),
    ).toEqual([
      ['2026-03-10', 'web', 1, 2],
      ['2026-03-11', 'bot', 2, 1],
    ]);
    const csv = await t
      .http()
      .get(`/v1/analytics/articles/${a.id}`)
      .query({ from: '2026-03-10', to: '2026-03-11' })
      .set(as(editor))
      .set('Accept', 'text/csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'date,channel,locale,revision,served,clicks,copies,helpful,unhelpful,handoffs,resolved,escalations,selfServiceServed,helpfulRate,escalationRate' +
        ',questions,unanswered,answered,answerRate,selfServiceResolved,selfServiceResolutionRate',
    );
    expect(lines.slice(1)).toEqual([
      '2026-03-10,bot,en,2,1,1,0,0,0,0,0,0,1,,0,0,0,0,,1,1',
      '2026-03-10,web,en,1,2,0,0,1,1,0,0,0,2,0.5,0,0,0,0,,2,1',
      '2026-03-11,agent,fr,1,1,0,1,0,0,0,0,0,0,,,0,0,0,,0,',
    ]);
    const missing = await t.http().get(`/v1/analytics/articles/${randomUUID()}`).set(as(editor));
    expect(missing.status).toBe(404);
  });

  it('ranks and pages articles', async () => {
    const [x, y, z] = [await f.article(editor), await f.article(editor), await f.article(editor)];
    for (const [article, count] of [
      [x, 3],
      [y, 1],
      [z, 2],
    ] as const) {
      for (let i = 0; i < count; i += 1)
        await f.served({ articleId: article.id, channel: 'voice', at: '2026-03-20T12:00:00Z' });
    }
    await f.rollUpEverything();
    const range = { from: '2026-03-20', to: '2026-03-20', channel: 'voice' };
    const first = await report('/articles', { ...range, limit: 2 });
    expect(first.items.map((i: { articleId: string }) => i.articleId)).toEqual([x.id, z.id]);
    const second = await report('/articles', { ...range, limit: 2, cursor: first.nextCursor });
    expect(second.items.map((i: { articleId: string }) => i.articleId)).toEqual([y.id]);
    expect(second.nextCursor).toBeNull();
    const ascending = await report('/articles', { ...range, sort: 'served', order: 'asc' });
    expect(ascending.items.map((i: { served: number }) => i.served)).toEqual([1, 2, 3]);
    expect(ascending.items[0].title).toMatch(/^Analytics article/);
    await t
      .http()
      .post('/v1/feedback')
      .set(as(editor))
      .send({
        servedId: (await f.query(`SELECT id FROM served_answers WHERE article_id = $1 LIMIT 1`, [y.id]))[0].id,
        helpful: true,
      })
      .expect(201);
    await f.rollUpEverything();
    const byRate = await report('/articles', { ...range, sort: 'helpfulRate' });
    expect(
      byRate.items.map((i: { articleId: string; helpfulRate: number | null }) => [i.articleId, i.helpfulRate]),
    ).toEqual([[y.id, 1], ...[x.id, z.id].sort().map((id) => [id, null])]);
  });

  it('reports per intent × channel, by the intents articles carry', async () => {
    for (const key of ['billing', 'roaming'])
      await t
        .http()
        .post('/v1/intents')
        .set(as(editor))
        .send({ key, name: `Intent ${key}` })
        .expect(201);
    const one = await f.article(editor, { intents: ['billing'] });
    const two = await f.article(editor, { intents: ['billing', 'roaming'] });
    await f.served({ articleId: one.id, channel: 'web', at: '2026-04-01T10:00:00Z' });
    await f.served({ articleId: one.id, channel: 'web', at: '2026-04-01T10:00:00Z' });
    await f.served({ articleId: two.id, channel: 'web', at: '2026-04-01T10:00:00Z' });
    await f.served({ articleId: two.id, channel: 'bot', at: '2026-04-01T10:00:00Z' });
    await f.rollUpEverything();
    const body = await report('/intents', { from: '2026-04-01', to: '2026-04-01' });
    expect(
      body.items.map((i: { intent: string; name: string; channel: string; served: number }) => [
        i.intent,
        i.name,
        i.channel,
        i.served,
      ]),
    ).toEqual([
      ['billing', 'Intent billing', 'web', 3],
      ['billing', 'Intent billing', 'bot', 1],
      ['roaming', 'Intent roaming', 'bot', 1],
      ['roaming', 'Intent roaming', 'web', 1],
    ]);
    const roaming = await report('/intents', { from: '2026-04-01', to: '2026-04-01', intent: 'roaming' });
    expect(roaming.items).toHaveLength(2);
    const byIntent = await report('/articles', { from: '2026-04-01', to: '2026-04-01', intent: 'roaming' });
    expect(byIntent.items.map((i: { articleId: string }) => i.articleId)).toEqual([two.id]);
  });

  it('groups zero-result searches by normalised query, with channels, and counts searches per channel', async () => {
    const at = '2026-05-01T09:00:00Z';
    await f.search({ query: 'Réinitialiser  PIN ?', channel: 'web', at });
    await f.search({ query: 'reinitialiser pin', channel: 'bot', at });
    await f.search({ query: 'REINITIALISER-PIN', channel: 'web', at });
    await f.search({ query: 'roaming abroad', channel: 'agent', at });
    await f.search({ query: 'found something', hits: 2, channel: 'web', at });
    await f.rollUpEverything();
    const body = await report('/searches/zero-results', { from: '2026-05-01', to: '2026-05-01' });
    expect(body.items).toEqual([
      { query: 'reinitialiser pin', searches: 3, channels: { web: 2, bot: 1 }, lastSeen: expect.any(String) },
      { query: 'roaming abroad', searches: 1, channels: { agent: 1 }, lastSeen: expect.any(String) },
    ]);
    const webOnly = await report('/searches/zero-results', { from: '2026-05-01', to: '2026-05-01', channel: 'web' });
    expect(webOnly.items).toEqual([expect.objectContaining({ query: 'reinitialiser pin', searches: 2 })]);
    const csv = await t
      .http()
      .get('/v1/analytics/searches/zero-results')
      .query({ from: '2026-05-01', to: '2026-05-01' })
      .set(as(editor))
      .set('Accept', 'text/csv');
    expect(csv.text.split('\r\n').slice(0, 2)).toEqual([
      'query,searches,web,bot,voice,agent,email,lastSeen',
      expect.stringMatching(/^reinitialiser pin,3,2,1,,,,2026-05-01T09:00:00.000Z$/),
    ]);
    const summary = await report('/summary', { from: '2026-05-01', to: '2026-05-01' });
    expect(summary.totals).toMatchObject({ searches: 5, zeroResultSearches: 4, zeroResultRate: 0.8 });
    const channels = await report('/channels', { from: '2026-05-01', to: '2026-05-01' });
    expect(channels.items.find((c: { channel: string }) => c.channel === 'web')).toMatchObject({
      searches: 3,
      zeroResultSearches: 2,
    });
  });

  it('measures how often a self-service answer is followed by an agent or email contact in the same session', async () => {
    await t.http().post('/v1/intents').set(as(editor)).send({ key: 'moving', name: 'Moving house' }).expect(201);
    const faq = await f.article(editor, { intents: ['moving'] });
    const botAnswer = await f.article(editor);
    const day = { from: '2026-06-01', to: '2026-06-01' };
    // s1: web answer, agent 30 minutes later → followed.
    await f.served({ articleId: faq.id, channel: 'web', sessionId: 'j-s1', at: '2026-06-01T10:00:00Z' });
    await f.served({ articleId: botAnswer.id, channel: 'agent', sessionId: 'j-s1', at: '2026-06-01T10:30:00Z' });
    // s2: the agent contact comes two days later, outside the 24 h window → not followed.
    await f.served({ articleId: faq.id, channel: 'web', sessionId: 'j-s2', at: '2026-06-01T11:00:00Z' });
    await f.served({ articleId: faq.id, channel: 'agent', sessionId: 'j-s2', at: '2026-06-03T11:00:00Z' });
    // s3: the bot hands off → followed.
    const bot = await f.served({
      articleId: botAnswer.id,
      channel: 'bot',
      sessionId: 'j-s3',
      at: '2026-06-01T12:00:00Z',
    });
    await t
      .http()
      .post('/v1/events')
      .set(as(editor))
      .send([event('handoff', { servedId: bot }, { at: '2026-06-01T12:01:00Z' })])
      .expect(200);
    // s4: nothing after → not followed; an agent contact before the answer does not count either.
    await f.served({ articleId: faq.id, channel: 'agent', sessionId: 'j-s4', at: '2026-06-01T12:30:00Z' });
    await f.served({ articleId: faq.id, channel: 'web', sessionId: 'j-s4', at: '2026-06-01T13:00:00Z' });
    await f.rollUpEverything();
    let body = await report('/journeys', day);
    expect(body.windowMinutes).toBe(1440);
    expect(body.totals).toEqual({ selfServiceServed: 4, followedByContact: 2, rate: 0.5 });
    expect(
      body.articles.map((a: { articleId: string; selfServiceServed: number; followedByContact: number }) => [
        a.articleId,
        a.selfServiceServed,
        a.followedByContact,
      ]),
    ).toEqual([
      [faq.id, 3, 1],
      [botAnswer.id, 1, 1],
    ]);

    // s5: the email contact arrives in a later pass than the answer.
    await f.served({ articleId: faq.id, channel: 'web', sessionId: 'j-s5', at: '2026-06-01T14:00:00Z' });
    await f.rollUpEverything();
    await f.search({ query: 'moving', channel: 'email', sessionId: 'j-s5', hits: 1, at: '2026-06-01T15:00:00Z' });
    await f.rollUpEverything();
    body = await report('/journeys', day);
    expect(body.totals).toEqual({ selfServiceServed: 5, followedByContact: 3, rate: 0.6 });
    expect(body.channels).toEqual(
      expect.arrayContaining([
        { channel: 'web', selfServiceServed: 4, followedByContact: 2, rate: 0.5 },
        { channel: 'bot', selfServiceServed: 1, followedByContact: 1, rate: 1 },
      ]),
    );
    expect(body.intents).toEqual([{ intent: 'moving', selfServiceServed: 4, followedByContact: 2, rate: 0.5 }]);
    expect((await report(`/articles/${faq.id}`, day)).totals).toMatchObject({
      escalations: 2,
      selfServiceServed: 4,
      escalationRate: 0.5,
    });
    const csv = await t.http().get('/v1/analytics/journeys').query(day).set(as(editor)).set('Accept', 'text/csv');
    expect(csv.text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'scope,key,label,selfServiceServed,followedByContact,rate',
        'total,,,5,3,0.6',
        'intent,moving,moving,4,2,0.5',
      ]),
    );
  });

  it('lists the served log with filters, paging and escaped CSV', async () => {
    const a = await f.article(editor, { title: 'Served log, "quoted" title' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(
        await f.served({
          articleId: a.id,
          channel: i === 4 ? 'bot' : 'web',
          sessionId: 'served-log',
          at: `2026-07-01T10:0${i}:00Z`,
          query: i === 0 ? '=SUM(1,2) "x"' : `question ${i}`,
        }),
      );
    }
    await t.http().post('/v1/feedback').set(as(editor)).send({ servedId: ids[0], helpful: false }).expect(201);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await report('/served', {
        from: '2026-07-01',
        to: '2026-07-01',
        sessionId: 'served-log',
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const bot = await report('/served', { from: '2026-07-01', to: '2026-07-01', channel: 'bot', articleId: a.id });
    expect(bot.items).toEqual([
      expect.objectContaining({
        id: ids[4],
        channel: 'bot',
        articleId: a.id,
        slug: a.slug,
        revision: 1,
        locale: 'en',
        title: 'Served log, "quoted" title',
        servedAt: '2026-07-01T10:04:00.000000Z',
      }),
    ]);
    const csv = await t
      .http()
      .get('/v1/analytics/served')
      .query({ from: '2026-07-01', to: '2026-07-01', articleId: a.id })
      .set(as(editor))
      .set('Accept', 'text/csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="served.csv"');
    const last = csv.text.trim().split('\r\n').at(-1)!;
    expect(last).toContain(`"Served log, ""quoted"" title","'=SUM(1,2) ""x"""`);
    expect(last.endsWith(',false')).toBe(true);
    const badCursor = await t.http().get('/v1/analytics/served').query({ cursor: 'nope' }).set(as(editor));
    expect(badCursor.status).toBe(400);
  });

  it('answers the summary as CSV, one line per day', async () => {
    const csv = await t
      .http()
      .get('/v1/analytics/summary')
      .query({ from: '2026-02-01', to: '2026-02-02', tz: 'Asia/Kolkata' })
      .set(as(editor))
      .set('Accept', 'text/csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',').slice(0, 3)).toEqual(['date', 'served', 'clicks']);
    expect(lines[1].split(',').slice(0, 2)).toEqual(['2026-02-01', '1']);
    expect(lines[2].split(',').slice(0, 2)).toEqual(['2026-02-02', '2']);
  });
});
