import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import type { MatchingRequest } from '../../src/modules/matcher/matching-worker.js';
import type { WorkerClient } from '../../src/common/worker-client.js';
import { laterPosition } from '../../src/modules/outbox/outbox.service.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startRestartableApp, type RestartableTestApp } from '../support/restartable-app.js';
import { publishArticle, publishLocale } from '../support/factories.js';

const METRICS_TOKEN = 'metrics-token-for-the-matcher-test';
let t: RestartableTestApp;
let editor: string;
let bot: string;

/** Publishes an article answering `alternativeQuestions`; its id. */
const publishAbout = async (title: string, alternativeQuestions: string[]) =>
  (await publishArticle(t, editor, { title, body: `${title}: see your account.`, alternativeQuestions })).id;

const ask = async (question: string, locale = 'en') => {
  const res = await t.http().post('/v1/answers').set(t.auth(bot)).send({ question, locale });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { answered: boolean; answer?: { articleId: string }; alternatives: { articleId: string }[] };
};
const matcher = () => t.app.get(QuestionIndex);

let join: string;

beforeAll(async () => {
  // No retraining during the tests unless asked for: what is answered right after a change comes from the fresh tier.
  t = await startRestartableApp({ MATCHER_RETRAIN_DEBOUNCE_MS: 3_600_000, METRICS_TOKEN });
  [editor, bot] = await Promise.all([t.keyFor('editor'), t.keyFor('bot', 'bot')]);
  join = await publishAbout('How do I join the photo contest?', [
    'join the photo contest',
    'enter the photo competition',
    'sign up for the photo contest',
    'take part in the contest',
  ]);
  await publishAbout('Why is my bill higher this month?', [
    'my invoice is too high',
    'unexpected charges on my bill',
    'why did my bill go up',
  ]);
  await publishAbout('How do I reset my voicemail PIN?', [
    'forgot my voicemail pin',
    'change voicemail code',
    'voicemail password reset',
  ]);
  await matcher().settled();
});
afterAll(async () => t?.close());

describe('question matcher freshness', () => {
  it('answers a just-published article at once from the fresh tier, not with the article the trained model knows', async () => {
    const trained = matcher().state()!;
    expect(trained).toMatchObject({ articles: 3, freshArticles: 0 });
    // Close to the contest article in words: the trained model alone would answer that one.
    const withdraw = await publishAbout('How do I withdraw from the photo contest?', [
      'withdraw from the photo contest',
      'leave the photo competition',
      'cancel my contest entry',
    ]);
    await matcher().current();

    const answer = await ask('how do I withdraw from the photo contest');
    expect(answer).toMatchObject({ answered: true, answer: { articleId: withdraw } });
    expect((await ask('join the photo contest')).answer?.articleId).toBe(join);
    // Not retrained: the trained models are those of before the publication.
    expect(matcher().state()).toMatchObject({ version: trained.version, freshArticles: 1 });
  });

  it('never answers a question about a just-published article with another article, learnt yet or not', async () => {
    const brevinpe = await publishAbout('How do I activate my Brevinpe router?', [
      'activate brevinpe router',
      'brevinpe router activation',
      'set up the brevinpe router',
    ]);
    await matcher().settled();
    // A relearning slower than an answer waits for it (a loaded machine, a large change): the first answers come
    // before the fresh tier has the publication.
    const { matching } = matcher() as unknown as { matching: WorkerClient<MatchingRequest, unknown> };
    const request = matching.request.bind(matching);
    matching.request = async (...args) => {
      if (!('match' in args[0])) await new Promise((resolve) => setTimeout(resolve, 1_500));
      return request(...args);
    };
    // A new product in the same everyday words: the trained model alone answers its questions with the other one.
    const foquibre = await publishAbout('How do I activate my Foquibre router?', [
      'activate foquibre router',
      'foquibre router activation',
    ]);
    const questions = ['activate foquibre router', 'how can i activate my foquibre router from the app'];
    // Asked at once and again while the fresh tier learns it: the new article or a hand-off, never the other one.
    for (let round = 0; round < 5; round += 1) {
      for (const answer of await Promise.all(questions.map((question) => ask(question))))
        if (answer.answered) expect(answer.answer?.articleId).toBe(foquibre);
    }
    await matcher().current();
    matching.request = request;
    for (const answer of await Promise.all(questions.map((question) => ask(question))))
      expect(answer.answer?.articleId ?? 'handed off').not.toBe(brevinpe);
    expect((await ask('activate foquibre router')).answer?.articleId).toBe(foquibre);
    expect((await ask('activate brevinpe router')).answer?.articleId).toBe(brevinpe);
  });

  it('never answers an unpublished article, neither right after the unpublish nor once the matcher has caught up', async () => {
    const roaming = await publishAbout('Do I pay roaming charges in Spain?', [
      'roaming charges in Spain',
      'using my phone in Spain',
    ]);
    await matcher().settled();
    expect((await ask('roaming charges in Spain')).answer?.articleId).toBe(roaming);

    expect((await t.http().post(`/v1/articles/${roaming}/unpublish`).set(t.auth(editor)).send({})).status).toBe(200);
    const right = await ask('roaming charges in Spain');
    expect(right.answer?.articleId).not.toBe(roaming);
    expect(right.alternatives.map((a) => a.articleId)).not.toContain(roaming);
    await matcher().current();
    const caught = await ask('roaming charges in Spain');
    expect(caught.answer?.articleId).not.toBe(roaming);
    expect(caught.alternatives.map((a) => a.articleId)).not.toContain(roaming);
    expect(matcher().state()!.freshArticles).toBe(0);
  });

  it('learns a bulk change on the matching worker, a retraining started beside it, and answers each changed article', async () => {
    await matcher().settled();
    const names = 'zorblax quintaro feldspin mokuvel trabizu belomna puxtrel garvoni wendaki dovrelo silquam kanteru'
      .concat(' rupsola yeltrix nosfari hibdune cavotek lumidra jexport tofinal vamuzo')
      .split(' ');
    const gadget = (n: number) => names[n];
    const publishGadget = (n: number) =>
      publishAbout(`How do I pair the ${gadget(n)} headset?`, [
        `pair ${gadget(n)} headset`,
        `connect my ${gadget(n)}`,
        `${gadget(n)} bluetooth pairing`,
      ]);
    const first = await publishGadget(0);
    // A retraining under way (the matching worker trains in slices), and 20 more changed articles meanwhile.
    const retraining = matcher().settled();
    const more: string[] = [];
    for (let n = 1; n <= 20; n += 1) more.push(await publishGadget(n));
    await matcher().current();
    for (const [n, id] of [first, ...more].entries())
      expect((await ask(`connect my ${gadget(n)}`)).answer?.articleId).toBe(id);
    await retraining;
    await matcher().settled();
    expect(matcher().state()!.freshArticles).toBe(0);
    expect((await ask(`connect my ${gadget(20)}`)).answer?.articleId).toBe(more[19]);
  });

  it('answers with the stored models after a restart, without training again', async () => {
    const roaming = await publishAbout('Do I pay roaming charges in Italy?', [
      'roaming charges in Italy',
      'using my phone in Rome',
    ]);
    await matcher().settled();
    const before = matcher().state()!;
    expect(before.source).toBe('trained');

    await t.restart();
    await matcher().current();
    expect(matcher().state()).toMatchObject({
      source: 'loaded',
      version: before.version,
      articles: before.articles,
      freshArticles: 0,
      trainedAt: before.trainedAt,
    });
    expect((await ask('roaming charges in Italy')).answer?.articleId).toBe(roaming);
    const metrics = await t
      .http()
      .get('/metrics')
      .set({ authorization: `Bearer ${METRICS_TOKEN}` });
    expect(metrics.text).toContain(`savoir_matcher_model_version{source="loaded"} ${before.version}`);
    expect(metrics.text).toContain('savoir_matcher_fresh_articles 0');
  });

  it('brings stored models up to date at start with the changes made since they were trained', async () => {
    const stored = matcher().state()!;
    const lounge = await publishAbout('Where is the airport lounge?', [
      'airport lounge location',
      'find the lounge at the airport',
    ]);
    await t.restart();
    await matcher().current();
    expect(matcher().state()).toMatchObject({ source: 'loaded', version: stored.version, freshArticles: 1 });
    expect((await ask('find the lounge at the airport')).answer?.articleId).toBe(lounge);
  });

  it('trains again at start when the stored models cannot be read, and stores readable ones', async () => {
    await matcher().settled();
    const stored = matcher().state()!;
    await t.app.get(DataSource).query(`UPDATE matcher_models SET model = '\\x00ff'::bytea`);
    await t.restart();
    await matcher().current();
    expect(matcher().state()).toMatchObject({ source: 'trained', version: stored.version, articles: stored.articles });
    expect((await ask('find the lounge at the airport')).answer).toBeDefined();
    await t.restart();
    await matcher().current();
    expect(matcher().state()).toMatchObject({ source: 'loaded', version: stored.version });
  });
});

describe('question matchers of several locales', () => {
  it('retrains only the locales whose content changed, and answers the others from their models carried over', async () => {
    await matcher().settled();
    await publishLocale(t, editor, join, 'fr', {
      title: 'Comment participer au concours photo ?',
      body: 'Inscrivez-vous depuis votre espace client.',
      alternativeQuestions: ['participer au concours photo', "m'inscrire au concours de photographie"],
    });
    await matcher().settled();
    expect(matcher().state()).toMatchObject({ source: 'trained', locales: 2, trainedLocales: ['fr'] });

    const wifi = await publishAbout('How do I set up the wifi box?', ['install my wifi box', 'set up the router']);
    await matcher().settled();
    const retrained = matcher().state()!;
    expect(retrained).toMatchObject({ locales: 2, trainedLocales: ['en'] });
    expect((await ask('install my wifi box')).answer?.articleId).toBe(wifi);
    expect((await ask("m'inscrire au concours de photographie", 'fr')).answer?.articleId).toBe(join);

    // Stored with the models trained: a restart loads both.
    await t.restart();
    await matcher().current();
    expect(matcher().state()).toMatchObject({ source: 'loaded', version: retrained.version, locales: 2 });
    expect((await ask("m'inscrire au concours de photographie", 'fr')).answer?.articleId).toBe(join);

    // A change of the article's own fields: its tags are in no model, its slug in every locale's.
    const patch = async (fields: Record<string, unknown>) => {
      const { version } = (await t.http().get(`/v1/articles/${join}`).set(t.auth(editor))).body as { version: number };
      const res = await t
        .http()
        .patch(`/v1/articles/${join}`)
        .set(t.auth(editor))
        .send({ version, ...fields });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      await matcher().settled();
      return matcher().state()!;
    };
    const tagged = await patch({ tags: ['contest'] });
    expect(tagged).toMatchObject({ source: 'trained', locales: 2, trainedLocales: [] });
    expect(laterPosition(tagged.version, retrained.version)).toBe(true);
    expect((await ask("m'inscrire au concours de photographie", 'fr')).answer?.articleId).toBe(join);
    expect((await patch({ slug: 'photo-contest' })).trainedLocales?.sort()).toEqual(['en', 'fr']);

    // Its stored model gone (replaced by another instance, a restored database): a locale that did not change trains.
    await t.app.get(DataSource).query(`DELETE FROM matcher_models WHERE locale = 'fr'`);
    await publishAbout('How do I block a lost SIM card?', ['block my lost sim card']);
    await matcher().settled();
    expect(matcher().state()!.trainedLocales?.sort()).toEqual(['en', 'fr']);
    expect((await ask("m'inscrire au concours de photographie", 'fr')).answer?.articleId).toBe(join);
  });
});

describe.runIf(process.env.DATABASE_URL)('question matchers of several instances on one PostgreSQL database', () => {
  it("are trained by one instance and loaded by the others, which answer each other's publications at once", async () => {
    await matcher().settled();
    const first = matcher().state()!;
    const second = await createApp({ config: t.config });
    try {
      await second.getHttpAdapter().getInstance().ready();
      const other = second.get(QuestionIndex);
      await other.current();
      expect(other.state()).toMatchObject({ source: 'loaded', version: first.version, articles: first.articles });

      // Published on the first instance: the second sees it by polling the outbox, and answers it from its fresh tier.
      const ferry = await publishAbout('Can I take my bike on the ferry?', [
        'bike on the ferry',
        'bring a bicycle on the boat',
      ]);
      await other.current();
      expect(other.state()).toMatchObject({ version: first.version, freshArticles: 1 });
      const res = await request(second.getHttpServer())
        .post('/v1/answers')
        .set(t.auth(bot))
        .send({ question: 'bike on the ferry', locale: 'en' });
      expect(res.body.answer?.articleId).toBe(ferry);

      // The first retrains and stores; the second loads that training rather than training itself.
      await matcher().settled();
      const retrained = matcher().state()!;
      expect(retrained.source).toBe('trained');
      while (other.state()!.version !== retrained.version) await new Promise((resolve) => setTimeout(resolve, 50));
      await other.current();
      expect(other.state()).toMatchObject({ source: 'loaded', version: retrained.version, freshArticles: 0 });
    } finally {
      await second.close();
    }
  });
});
