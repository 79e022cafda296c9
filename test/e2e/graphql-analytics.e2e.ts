import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsFixtures } from '../support/analytics-fixtures.js';
import { graphqlClient } from '../support/graphql-client.js';
import { startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
let agent: string;
let publicWeb: string;
const f = analyticsFixtures(() => t);

beforeAll(async () => {
  // Rollup passes are run by the tests, so that each expectation is about a known set of rows.
  t = await startTestApp({ ANALYTICS_ROLLUP_INTERVAL_MS: 3_600_000 });
  editor = await t.keyFor('editor');
  agent = await t.keyFor('agent', 'agent');
  publicWeb = await t.keyFor('public', 'web');
});
afterAll(async () => t?.close());

const { ok, failure } = graphqlClient(() => t);

const FEEDBACK = `mutation($input: FeedbackInput!) { feedback(input: $input) { id servedId helpful reason comment recorded } }`;
const EVENTS = `mutation($events: [ClientEventInput!]!) { events(events: $events) { accepted duplicates } }`;

describe('GraphQL feedback and events', () => {
  it('records feedback once, acknowledges a retry, refuses a different vote, and removes personal data', async () => {
    const article = await f.article(editor);
    const servedId = await f.served({ articleId: article.id, channel: 'web' });
    const first = await ok(publicWeb, FEEDBACK, {
      input: { servedId, helpful: false, reason: 'outdated', comment: 'write to jane@example.com' },
    });
    expect(first.feedback).toMatchObject({
      servedId,
      helpful: false,
      reason: 'outdated',
      comment: 'write to [email]',
      recorded: true,
    });
    const retry = await ok(publicWeb, FEEDBACK, {
      input: { servedId, helpful: false, reason: 'outdated', comment: 'write to jane@example.com' },
    });
    expect(retry.feedback).toMatchObject({ id: first.feedback.id, recorded: false });
    const changed = await failure(publicWeb, FEEDBACK, { input: { servedId, helpful: true } });
    expect(changed.extensions).toMatchObject({ code: 'CONFLICT', existing: { id: first.feedback.id, helpful: false } });
    const unknown = await failure(publicWeb, FEEDBACK, { input: { servedId: randomUUID(), helpful: true } });
    expect(unknown.extensions.code).toBe('NOT_FOUND');
    const bad = await failure(publicWeb, FEEDBACK, {
      input: { servedId: 'nope', helpful: true, reason: 'Not A Code' },
    });
    expect(bad.extensions.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['reason', 'servedId']);
  });

  it('records a batch of events once, all or nothing, with errors by index', async () => {
    const article = await f.article(editor);
    const servedId = await f.served({ articleId: article.id, channel: 'agent' });
    const searchId = await f.search({ query: 'nothing here', channel: 'agent' });
    const at = new Date().toISOString();
    const batch = [
      { id: randomUUID(), type: 'click', servedId, at },
      { id: randomUUID(), type: 'handoff', searchId, servedId: null, at },
    ];
    expect((await ok(agent, EVENTS, { events: batch })).events).toEqual({ accepted: 2, duplicates: 0 });
    expect((await ok(agent, EVENTS, { events: batch })).events).toEqual({ accepted: 2, duplicates: 2 });
    const invalid = await failure(agent, EVENTS, {
      events: [{ id: randomUUID(), type: 'click', servedId, at: 'yesterday' }],
    });
    expect(invalid.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: '[0].at' }] });
    const missing = await failure(agent, EVENTS, {
      events: [{ id: randomUUID(), type: 'click', servedId: randomUUID(), at }],
    });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', fieldErrors: [{ field: '[0].servedId' }] });
  });
});

describe('GraphQL analytics reports', () => {
  it('answers the summary, one article, the article ranking and the zero-result queries', async () => {
    const a = await f.article(editor);
    const b = await f.article(editor);
    const webA = await f.served({ articleId: a.id, channel: 'web', at: '2026-03-10T08:00:00Z' });
    await f.served({ articleId: a.id, channel: 'bot', revision: 1, at: '2026-03-10T10:00:00Z' });
    await f.served({ articleId: b.id, channel: 'web', at: '2026-03-11T10:00:00Z' });
    await ok(editor, FEEDBACK, { input: { servedId: webA, helpful: true } });
    await f.search({ query: 'roaming abroad', channel: 'web', at: '2026-03-10T09:00:00Z' });
    await f.search({ query: 'roaming abroad', channel: 'bot', at: '2026-03-11T09:00:00Z' });
    await f.search({ query: 'found it', hits: 3, channel: 'web', at: '2026-03-11T09:00:00Z' });
    await f.rollUpEverything();
    const range = { from: '2026-03-10', to: '2026-03-11' };

    const { analyticsSummary: summary } = await ok(
      editor,
      `query($from: String, $to: String) { analyticsSummary(from: $from, to: $to) {
      from to tz totals { served helpful helpfulRate searches zeroResultSearches zeroResultRate } days { date served searches } } }`,
      range,
    );
    expect(summary).toMatchObject({ from: '2026-03-10', to: '2026-03-11', tz: 'UTC' });
    expect(summary.totals).toEqual({
      served: 3,
      helpful: 1,
      helpfulRate: 1,
      searches: 3,
      zeroResultSearches: 2,
      zeroResultRate: 0.6667,
    });
    expect(summary.days).toEqual([
      { date: '2026-03-10', served: 2, searches: 1 },
      { date: '2026-03-11', served: 1, searches: 2 },
    ]);
    const webOnly = await ok(
      editor,
      `{ analyticsSummary(from: "2026-03-10", to: "2026-03-11", channel: web) { totals { served } } }`,
    );
    expect(webOnly.analyticsSummary.totals.served).toBe(2);

    const { analyticsArticle: one } = await ok(
      editor,
      `query($id: String!, $from: String, $to: String) { analyticsArticle(articleId: $id, from: $from, to: $to) {
      article { id slug } totals { served helpful } channels { channel served } revisions { locale revision served } days { date served } breakdown { date channel served } } }`,
      { id: a.slug, ...range },
    );
    expect(one.article).toEqual({ id: a.id, slug: a.slug });
    expect(one.totals).toEqual({ served: 2, helpful: 1 });
    expect(one.channels.map((c: { channel: string; served: number }) => [c.channel, c.served]).sort()).toEqual([
      ['bot', 1],
      ['web', 1],
    ]);
    expect(one.days).toEqual([
      { date: '2026-03-10', served: 2 },
      { date: '2026-03-11', served: 0 },
    ]);

    const ranking = await ok(
      editor,
      `{ analyticsArticles(from: "2026-03-10", to: "2026-03-11", limit: 1) { items { articleId served } nextCursor } }`,
    );
    expect(ranking.analyticsArticles.items).toEqual([{ articleId: a.id, served: 2 }]);
    const next = await ok(
      editor,
      `query($c: String) { analyticsArticles(from: "2026-03-10", to: "2026-03-11", limit: 1, cursor: $c) { items { articleId served } } }`,
      { c: ranking.analyticsArticles.nextCursor },
    );
    expect(next.analyticsArticles.items).toEqual([{ articleId: b.id, served: 1 }]);

    const zero = await ok(
      editor,
      `{ zeroResultQueries(from: "2026-03-10", to: "2026-03-11") { items { query searches channels lastSeen } nextCursor } }`,
    );
    expect(zero.zeroResultQueries).toEqual({
      items: [{ query: 'roaming abroad', searches: 2, channels: { web: 1, bot: 1 }, lastSeen: expect.any(String) }],
      nextCursor: null,
    });
  });

  it('is for editors, and names the bad field of a report query', async () => {
    expect((await failure(agent, `{ analyticsSummary { totals { served } } }`)).extensions.code).toBe('FORBIDDEN');
    const bad = await failure(
      editor,
      `{ analyticsSummary(from: "March 1st", tz: "Mars/Olympus") { totals { served } } }`,
    );
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions.fieldErrors.map((e: { field: string }) => e.field)).toContain('from');
  });
});
