import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { ServedLogService } from '../../src/modules/served-log/served-log.service.js';
import { publishArticle } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let editor: string;
let agent: string;
let bot: string;
let moving: { id: string };
let join: string;
let bill: string;

interface Replayed {
  articleId: string | null;
  title?: string;
  handoff: boolean;
  rule?: { id: string; name: string };
}
interface Summary {
  kind: string;
  questions: number;
  changed: number;
  gapsClosed: number;
  gapsOpened: number;
  changes: { question: string; channel: string; before: Replayed; after: Replayed }[];
  articles: { articleId: string; lost: number; gained: number }[];
}

const RELOCATING = 'i am relocating to another city';
const WITHDRAW = 'how do I withdraw from the photo contest';

const ask = async (question: string, channel = 'bot') => {
  const res = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question, locale: 'en', channel });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { answered: boolean; answer?: { articleId: string } };
};

const replayDraft = async (id: string, body: Record<string, unknown> = {}) => {
  const res = await t.http().post(`/v1/drafts/${id}/replay`).set(t.auth(editor)).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Summary;
};

const submitDraft = async (body: Record<string, unknown>) => {
  const res = await t.http().post('/v1/drafts').set(t.auth(agent)).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
};

beforeAll(async () => {
  t = await startTestApp({ MATCHER_RETRAIN_DEBOUNCE_MS: 3_600_000 });
  [editor, agent, bot] = await Promise.all([t.keyFor('editor'), t.keyFor('agent'), t.keyFor('bot', 'bot')]);
  moving = await publishArticle(t, editor, {
    title: 'Moving house',
    body: 'Tell us your new address a week before.',
    alternativeQuestions: ['change my address', 'update my postal address'],
  });
  join = (
    await publishArticle(t, editor, {
      title: 'How do I join the photo contest?',
      body: 'Send your photo from the app.',
      alternativeQuestions: ['join the photo contest', 'enter the photo competition', 'take part in the contest'],
    })
  ).id;
  bill = (
    await publishArticle(t, editor, {
      title: 'Why is my bill higher this month?',
      body: 'Your bill includes the options added this month.',
      alternativeQuestions: ['my invoice is too high', 'unexpected charges on my bill', 'why did my bill go up'],
    })
  ).id;
  await publishArticle(t, editor, {
    title: 'How do I reset my voicemail PIN?',
    body: 'Call 888.',
    alternativeQuestions: ['forgot my voicemail pin', 'change voicemail code', 'voicemail password reset'],
  });
  await t.app.get(QuestionIndex).settled();
  // The log replayed: a gap, a question the contest article may answer, answered questions.
  expect((await ask(RELOCATING)).answered).toBe(false);
  await ask(WITHDRAW);
  expect((await ask('why did my bill go up')).answer?.articleId).toBe(bill);
  expect((await ask('why did my bill go up', 'voice')).answer?.articleId).toBe(bill);
  await ask('forgot my voicemail pin');
  await t.app.get(ServedLogService).flush();
});
afterAll(async () => t?.close());

describe('replay before publishing', () => {
  it('shows a gap closed by a draft adding questions, in the reply and in the draft detail', async () => {
    const draft = await submitDraft({
      articleId: moving.id,
      baseRevision: 1,
      title: 'Moving house',
      body: 'Tell us your new address a week before.',
      alternativeQuestions: ['change my address', 'update my postal address', 'relocating to another city'],
      note: 'Customers say relocating',
    });
    const summary = await replayDraft(draft.id);
    expect(summary).toMatchObject({ kind: 'draft', questions: 5 });
    expect(summary.gapsClosed).toBeGreaterThanOrEqual(1);
    const closed = summary.changes.find((c) => c.question === RELOCATING);
    expect(closed).toMatchObject({
      before: { articleId: null },
      after: { articleId: moving.id, title: 'Moving house' },
    });
    expect(summary.articles.find((a) => a.articleId === moving.id)?.gained).toBeGreaterThanOrEqual(1);
    // The questions it does not touch keep their answers.
    expect(summary.changes.map((c) => c.question)).not.toContain('why did my bill go up');

    const detail = await t.http().get(`/v1/drafts/${draft.id}`).set(t.auth(editor));
    expect(detail.status).toBe(200);
    expect(detail.body.lastReplay).toMatchObject({ kind: 'draft', questions: 5, gapsClosed: summary.gapsClosed });
    // Live serving is untouched: the gap is still a gap until the draft is published.
    expect((await ask(RELOCATING)).answered).toBe(false);
  });

  it('shows an answer changed by a draft, and the article that loses the question', async () => {
    const draft = await submitDraft({
      locale: 'en',
      audience: 'public',
      title: 'How do I withdraw from the photo contest?',
      body: 'Delete your photo from the app.',
      alternativeQuestions: [
        'withdraw from the photo contest',
        'leave the photo competition',
        'cancel my contest entry',
      ],
    });
    const summary = await replayDraft(draft.id);
    const change = summary.changes.find((c) => c.question === WITHDRAW);
    expect(change?.after).toMatchObject({ articleId: `draft:${draft.id}`, handoff: false });
    expect(change?.before.articleId).not.toBe(`draft:${draft.id}`);
    if (change?.before.articleId === join)
      expect(summary.articles.find((a) => a.articleId === join)?.lost).toBeGreaterThanOrEqual(1);
  });

  it('replays a revision scheduled to publish as if it were live', async () => {
    const created = await t
      .http()
      .post(`/v1/articles/${moving.id}/revisions`)
      .set(t.auth(editor))
      .send({
        locale: 'en',
        baseRevision: 1,
        title: 'Moving house',
        body: 'Tell us.',
        alternativeQuestions: [RELOCATING],
      });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const publishAt = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await t
      .http()
      .post(`/v1/articles/${moving.id}/revisions/${created.body.number}/publish`)
      .set(t.auth(editor))
      .send({ locale: 'en', publishAt });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    const res = await t
      .http()
      .post(`/v1/articles/${moving.id}/revisions/${created.body.number}/replay?locale=en`)
      .set(t.auth(editor))
      .send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.kind).toBe('revision');
    expect(res.body.changes.find((c: { question: string }) => c.question === RELOCATING)).toMatchObject({
      before: { articleId: null },
      after: { articleId: moving.id },
    });
  });

  it('replays a proposed answer rule against the rules in force', async () => {
    const res = await t
      .http()
      .post('/v1/answer-rules/replay')
      .set(t.auth(editor))
      .send({
        rule: {
          name: 'Bills go to voice agents',
          condition: { channels: ['voice'], pattern: { type: 'words', value: 'bill' } },
          action: { handoff: 'instead' },
        },
      });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const summary = res.body as Summary;
    expect(summary).toMatchObject({ kind: 'rule', changed: 1, gapsOpened: 1 });
    expect(summary.questions).toBeGreaterThanOrEqual(5);
    expect(summary.changes[0]).toMatchObject({
      question: 'why did my bill go up',
      channel: 'voice',
      before: { articleId: bill, handoff: false },
      after: { articleId: null, handoff: true, rule: { name: 'Bills go to voice agents' } },
    });
    expect(summary.articles).toEqual([expect.objectContaining({ articleId: bill, lost: 1, gained: 0 })]);
    // A replay saves nothing.
    expect((await t.http().get('/v1/answer-rules').set(t.auth(editor))).body).toEqual([]);
  });

  it('refuses bad input and non-editors', async () => {
    const draft = await submitDraft({ locale: 'en', audience: 'public', title: 'Anything', body: 'Body' });
    const tooMany = await t.http().post(`/v1/drafts/${draft.id}/replay`).set(t.auth(editor)).send({ limit: 10_001 });
    expect(tooMany.status).toBe(400);
    expect((await replayDraft(draft.id, { limit: 2 })).questions).toBe(2);
    expect((await t.http().post(`/v1/drafts/${draft.id}/replay`).set(t.auth(agent)).send({})).status).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.http().post(`/v1/drafts/${unknown}/replay`).set(t.auth(editor)).send({})).status).toBe(404);
    const badRule = await t
      .http()
      .post('/v1/answer-rules/replay')
      .set(t.auth(editor))
      .send({ rule: { name: 'x', condition: { pattern: { type: 'regex', value: '(a|aa)*$' } }, action: {} } });
    expect(badRule.status).toBe(400);
  });
});
