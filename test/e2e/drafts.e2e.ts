import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';
import { draftChange, publishArticle, roamingArticle } from '../support/factories.js';

let t: TestApp;
let editor: string;
let alice: { id: string; secret: string };
let bob: { id: string; secret: string };
const as = (secret: string) => t.auth(secret);

async function key(name: string, role: string) {
  const res = await t.http().post('/v1/keys').set(t.auth(ADMIN_KEY)).send({ name, role });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, secret: res.body.secret as string };
}

beforeAll(async () => {
  t = await startTestApp();
  editor = (await key('Eve Editor', 'editor')).secret;
  alice = await key('Alice Agent', 'agent');
  bob = await key('Bob Agent', 'agent');
});
afterAll(async () => t?.close());

/** A published article with revision 1. */
async function submit(secret: string, body: Record<string, unknown>) {
  const res = await t.http().post('/v1/drafts').set(as(secret)).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Editor publishes a new revision on top of `base`. */
async function editorPublishes(articleId: string, base: number, content: Record<string, unknown>) {
  const rev = await t
    .http()
    .post(`/v1/articles/${articleId}/revisions`)
    .set(as(editor))
    .send({ baseRevision: base, ...content });
  expect(rev.status, JSON.stringify(rev.body)).toBe(201);
  const pub = await t
    .http()
    .post(`/v1/articles/${articleId}/revisions/${rev.body.number}/publish`)
    .set(as(editor))
    .send({});
  expect(pub.status).toBe(200);
}

describe('drafts: agent to editor', () => {
  it('goes from an agent proposal to a published revision, with the diff, the base and the history', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    expect(draft).toMatchObject({
      status: 'submitted',
      version: 1,
      baseRevision: 1,
      locale: 'en',
      author: 'Alice Agent',
      stale: false,
      currentRevision: 1,
      liveRevision: 1,
    });
    expect(draft.source).toEqual({ ticketId: 'T-1042', channel: 'email' });

    const queue = await t.http().get('/v1/drafts?status=submitted').set(as(editor));
    expect(queue.body.items.map((d: { id: string }) => d.id)).toContain(draft.id);

    const detail = await t.http().get(`/v1/drafts/${draft.id}`).set(as(editor));
    expect(detail.status).toBe(200);
    expect(detail.body.base).toMatchObject({ number: 1, title: expect.stringMatching(/^Roaming \d+$/) });
    expect(detail.body.changes.map((c: { field: string }) => c.field)).toEqual(['title', 'body']);
    const body = detail.body.changes.find((c: { field: string }) => c.field === 'body');
    expect(body.lines).toContainEqual({ op: 'add', value: 'Step two, then restart\n' });

    const approved = await t
      .http()
      .post(`/v1/drafts/${draft.id}/approve`)
      .set(as(editor))
      .send({ comment: 'Good catch', version: 1 });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', revision: 2, articleId: article.id, liveRevision: 2 });

    const live = await t.http().get(`/v1/articles/${article.id}/revisions/2`).set(as(editor));
    expect(live.body).toMatchObject({
      status: 'published',
      title: 'Roaming abroad',
      author: 'Alice Agent',
      changeNote: 'Customers miss the restart step',
      baseRevision: 1,
    });

    const history = await t.http().get(`/v1/drafts/${draft.id}/history`).set(as(alice.secret));
    expect(
      history.body.map((h: { action: string; actor: string; comment: string }) => [h.action, h.actor, h.comment]),
    ).toEqual([
      ['submitted', 'Alice Agent', 'Customers miss the restart step'],
      ['approved', 'Eve Editor', 'Good catch'],
    ]);
    expect(history.body[1].at).toEqual(expect.any(String));
  });

  it('creates and publishes a proposed new article on approval', async () => {
    const draft = await submit(alice.secret, {
      locale: 'fr',
      audience: 'internal',
      tags: ['Roaming'],
      title: 'Itinérance au Canada',
      body: 'Activez l’itinérance.',
      note: 'Missing article',
    });
    expect(draft).toMatchObject({
      articleId: null,
      baseRevision: null,
      proposedArticle: { audience: 'internal', tags: ['Roaming'] },
    });
    expect(draft.changes.map((c: { field: string }) => c.field)).toEqual(['title', 'body']);
    const approved = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', revision: 1, articleId: expect.any(String) });
    const article = await t.http().get(`/v1/articles/${approved.body.articleId}`).set(as(editor));
    expect(article.body).toMatchObject({
      slug: 'itinerance-au-canada',
      audience: 'internal',
      tags: ['roaming'],
      locales: [{ locale: 'fr', liveRevision: 1 }],
    });
  });

  it('schedules the publication when approved with publishAt', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    const publishAt = new Date(Date.now() + 3_600_000).toISOString();
    const approved = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({ publishAt });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', revision: 2, publishAt, liveRevision: 1 });
  });

  it('loops through request-changes: the author amends on the current version and the editor approves the amendment', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    const asked = await t
      .http()
      .post(`/v1/drafts/${draft.id}/request-changes`)
      .set(as(editor))
      .send({ comment: 'Say which menu' });
    expect(asked.body.status).toBe('changes_requested');

    const early = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({});
    expect(early.status).toBe(409);

    const mine = await t.http().get(`/v1/drafts/${draft.id}`).set(as(alice.secret));
    expect(mine.body.history.at(-1)).toMatchObject({
      action: 'changes_requested',
      actor: 'Eve Editor',
      comment: 'Say which menu',
    });

    const noVersion = await t.http().patch(`/v1/drafts/${draft.id}`).set(as(alice.secret)).send({ body: 'x' });
    expect(noVersion.status).toBe(400);
    const amended = await t
      .http()
      .patch(`/v1/drafts/${draft.id}`)
      .set(as(alice.secret))
      .set('If-Match', '"1"')
      .send({ body: 'Settings > Network > Roaming\n', note: 'Added the menu' });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body).toMatchObject({
      status: 'submitted',
      version: 2,
      body: 'Settings > Network > Roaming\n',
      title: 'Roaming abroad',
    });

    const stale = await t
      .http()
      .patch(`/v1/drafts/${draft.id}`)
      .set(as(alice.secret))
      .send({ version: 1, title: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentVersion: 2 });
    const staleApproval = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({ version: 1 });
    expect(staleApproval.status).toBe(409);

    const approved = await t
      .http()
      .post(`/v1/drafts/${draft.id}/approve`)
      .set(as(editor))
      .send({ version: 2, comment: 'Thanks' });
    expect(approved.status).toBe(200);
    const live = await t.http().get(`/v1/articles/${article.id}/revisions/2`).set(as(editor));
    expect(live.body.body).toBe('Settings > Network > Roaming\n');
    expect(approved.body.history.map((h: { action: string }) => h.action)).toEqual([
      'submitted',
      'changes_requested',
      'amended',
      'approved',
    ]);
  });

  it('rejects with a comment, after which the draft is closed', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    const noComment = await t.http().post(`/v1/drafts/${draft.id}/reject`).set(as(editor)).send({});
    expect(noComment.status).toBe(400);
    const rejected = await t
      .http()
      .post(`/v1/drafts/${draft.id}/reject`)
      .set(as(editor))
      .send({ comment: 'Already covered by another article' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedAt: expect.any(String) });
    expect((await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({})).status).toBe(409);
    expect(
      (await t.http().patch(`/v1/drafts/${draft.id}`).set(as(alice.secret)).send({ version: 1, body: 'again' })).status,
    ).toBe(409);
    const article1 = await t.http().get(`/v1/articles/${article.id}`).set(as(editor));
    expect(article1.body.locales[0]).toMatchObject({ headRevision: 1, liveRevision: 1 });
  });

  it('approves a draft once when two editors approve it at the same time', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    const [a, b] = await Promise.all(
      [1, 2].map(() => t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({})),
    );
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const article1 = await t.http().get(`/v1/articles/${article.id}`).set(as(editor));
    expect(article1.body.locales[0]).toMatchObject({ headRevision: 2, liveRevision: 2 });
  });

  it('proposes a first translation on base 0 and publishes it as revision 1 of the new locale', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, {
      articleId: article.slug,
      baseRevision: 0,
      locale: 'es',
      title: 'Itinerancia',
      body: 'Active la itinerancia.',
    });
    expect(draft).toMatchObject({
      articleId: article.id,
      locale: 'es',
      baseRevision: 0,
      currentRevision: 0,
      liveRevision: null,
      stale: false,
      base: null,
    });
    const approved = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({});
    expect(approved.body).toMatchObject({ status: 'approved', revision: 1, liveRevision: 1 });
    const queue = await t
      .http()
      .get('/v1/drafts')
      .query({ articleId: article.slug, status: 'approved' })
      .set(as(editor));
    expect(queue.body.items.map((d: { id: string }) => d.id)).toEqual([draft.id]);
    const unknown = await t.http().get('/v1/drafts').query({ articleId: 'no-such-article' }).set(as(editor));
    expect(unknown.status).toBe(200);
    expect(unknown.body.items).toEqual([]);
  });

  it('lets the author withdraw an open draft', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    const withdrawn = await t
      .http()
      .post(`/v1/drafts/${draft.id}/withdraw`)
      .set(as(alice.secret))
      .send({ comment: 'Wrong article' });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await t.http().post(`/v1/drafts/${draft.id}/withdraw`).set(as(alice.secret)).send({})).status).toBe(409);
  });
});

describe('drafts: stale bases', () => {
  it('answers 409 with what changed since the base, then rebases onto the latest revision without conflict', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    // The editor publishes a new summary meanwhile; the draft changed title and body only.
    await editorPublishes(article.id, 1, {
      title: draft.base.title,
      body: 'Step one\nStep two\n',
      summary: 'Turn roaming on in Settings',
    });

    const detail = await t.http().get(`/v1/drafts/${draft.id}`).set(as(editor));
    expect(detail.body).toMatchObject({ stale: true, baseRevision: 1, currentRevision: 2 });

    const refused = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'CONFLICT', baseRevision: 1, currentRevision: 2 });
    expect(refused.body.changes).toEqual([
      expect.objectContaining({ field: 'summary', from: 'Turn it on', to: 'Turn roaming on in Settings' }),
    ]);

    const rebased = await t.http().post(`/v1/drafts/${draft.id}/rebase`).set(as(editor)).send({ version: 1 });
    expect(rebased.status, JSON.stringify(rebased.body)).toBe(200);
    expect(rebased.body).toMatchObject({
      baseRevision: 2,
      version: 2,
      stale: false,
      rebase: { from: 1, onto: 2, takenFromLive: ['summary'], resolved: [] },
    });
    expect(rebased.body).toMatchObject({
      title: 'Roaming abroad',
      summary: 'Turn roaming on in Settings',
      body: 'Step one\nStep two, then restart\n',
    });

    const approved = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({ version: 2 });
    expect(approved.status).toBe(200);
    const live = await t.http().get(`/v1/articles/${article.id}/revisions/3`).set(as(editor));
    expect(live.body).toMatchObject({
      status: 'published',
      baseRevision: 2,
      title: 'Roaming abroad',
      summary: 'Turn roaming on in Settings',
    });
  });

  it('reports fields changed on both sides as conflicts, writes nothing, and applies the resolutions given', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(
      alice.secret,
      draftChange(article.id, { alternativeQuestions: ['roaming not working'] }),
    );
    await editorPublishes(article.id, 1, {
      title: 'Roaming in the EU',
      body: 'Step one\nStep two\nStep three\n',
      summary: 'Turn it on',
    });

    const conflicted = await t.http().post(`/v1/drafts/${draft.id}/rebase`).set(as(alice.secret)).send({});
    expect(conflicted.status).toBe(409);
    expect(conflicted.body.conflicts).toEqual([
      {
        field: 'title',
        base: expect.stringMatching(/^Roaming \d+$/),
        live: 'Roaming in the EU',
        draft: 'Roaming abroad',
      },
      {
        field: 'body',
        base: 'Step one\nStep two\n',
        live: 'Step one\nStep two\nStep three\n',
        draft: 'Step one\nStep two, then restart\n',
      },
    ]);
    const unchanged = await t.http().get(`/v1/drafts/${draft.id}`).set(as(alice.secret));
    expect(unchanged.body).toMatchObject({ baseRevision: 1, version: 1, title: 'Roaming abroad' });

    const partial = await t
      .http()
      .post(`/v1/drafts/${draft.id}/rebase`)
      .set(as(editor))
      .send({ resolutions: [{ field: 'title', take: 'live' }] });
    expect(partial.status).toBe(409);
    expect(partial.body.conflicts.map((c: { field: string }) => c.field)).toEqual(['body']);
    const badValue = await t
      .http()
      .post(`/v1/drafts/${draft.id}/rebase`)
      .set(as(editor))
      .send({
        resolutions: [
          { field: 'title', take: 'live' },
          { field: 'body', take: 'value' },
        ],
      });
    expect(badValue.status).toBe(400);

    const resolved = await t
      .http()
      .post(`/v1/drafts/${draft.id}/rebase`)
      .set(as(editor))
      .send({
        version: 1,
        resolutions: [
          { field: 'title', take: 'live' },
          { field: 'body', take: 'value', value: 'Step one\nStep two, then restart\nStep three\n' },
        ],
      });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.rebase).toMatchObject({ from: 1, onto: 2, resolved: ['title', 'body'] });
    expect(resolved.body).toMatchObject({
      title: 'Roaming in the EU',
      body: 'Step one\nStep two, then restart\nStep three\n',
      alternativeQuestions: ['roaming not working'],
    });

    const approved = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(editor)).send({});
    expect(approved.status).toBe(200);
    expect(approved.body.history.map((h: { action: string }) => h.action)).toEqual([
      'submitted',
      'rebased',
      'approved',
    ]);
  });
});

describe('drafts: who sees what', () => {
  it('keeps agents to their own drafts and decisions to editors; public and bot keys see nothing', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const draft = await submit(alice.secret, draftChange(article.id));
    expect((await t.http().get(`/v1/drafts/${draft.id}`).set(as(bob.secret))).status).toBe(404);
    expect((await t.http().get(`/v1/drafts/${draft.id}/history`).set(as(bob.secret))).status).toBe(404);
    expect(
      (await t.http().patch(`/v1/drafts/${draft.id}`).set(as(bob.secret)).send({ version: 1, title: 'Mine now' }))
        .status,
    ).toBe(404);
    expect((await t.http().post(`/v1/drafts/${draft.id}/withdraw`).set(as(bob.secret)).send({})).status).toBe(404);
    const bobs = await t.http().get('/v1/drafts').set(as(bob.secret));
    expect(bobs.body.items.every((d: { authorKeyId: string }) => d.authorKeyId === bob.id)).toBe(true);
    expect(bobs.body.items.map((d: { id: string }) => d.id)).not.toContain(draft.id);

    const selfApproval = await t.http().post(`/v1/drafts/${draft.id}/approve`).set(as(alice.secret)).send({});
    expect(selfApproval.status).toBe(403);
    expect(
      (await t.http().post(`/v1/drafts/${draft.id}/reject`).set(as(alice.secret)).send({ comment: 'no' })).status,
    ).toBe(403);

    for (const role of ['public', 'bot']) {
      const secret = await t.keyFor(role as 'public' | 'bot');
      expect((await t.http().get('/v1/drafts').set(as(secret))).status).toBe(403);
      expect((await t.http().get(`/v1/drafts/${draft.id}`).set(as(secret))).status).toBe(403);
      expect((await t.http().post('/v1/drafts').set(as(secret)).send(draftChange(article.id))).status).toBe(403);
    }
  });

  it('validates proposals and answers 404 for unknown ids', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const mixed = await t
      .http()
      .post('/v1/drafts')
      .set(as(alice.secret))
      .send(draftChange(article.id, { audience: 'public' }));
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors).toContainEqual({ field: 'audience', message: 'only for a new article' });
    const noBase = await t
      .http()
      .post('/v1/drafts')
      .set(as(alice.secret))
      .send(draftChange(article.id, { baseRevision: undefined }));
    expect(noBase.body.errors).toContainEqual({ field: 'baseRevision', message: 'required' });
    const future = await t
      .http()
      .post('/v1/drafts')
      .set(as(alice.secret))
      .send(draftChange(article.id, { baseRevision: 9 }));
    expect(future.status).toBe(400);
    const incomplete = await t.http().post('/v1/drafts').set(as(alice.secret)).send({ title: 'New', body: 'b' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['audience', 'locale']);
    const unknownArticle = await t.http().post('/v1/drafts').set(as(alice.secret)).send(draftChange('no-such-article'));
    expect(unknownArticle.status).toBe(404);
    expect((await t.http().get('/v1/drafts/7d0c7f0e-0000-4000-8000-000000000000').set(as(editor))).status).toBe(404);
    expect((await t.http().get('/v1/drafts/not-a-uuid').set(as(editor))).status).toBe(400);
  });

  it('pages the review queue oldest first and filters it by status, locale, author and category', async () => {
    const category = await t
      .http()
      .post('/v1/categories')
      .set(as(editor))
      .send({ slug: 'queue-test', names: { en: 'Queue test' } });
    expect(category.status, JSON.stringify(category.body)).toBe(201);
    const article = await publishArticle(t, editor, roamingArticle({ categoryId: category.body.id }));
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push((await submit(bob.secret, draftChange(article.id, { title: `Queue ${i}` }))).id);
    ids.push(
      (
        await submit(bob.secret, {
          locale: 'de',
          audience: 'public',
          categoryId: category.body.id,
          title: 'Neu',
          body: 'b',
        })
      ).id,
    );

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t
        .http()
        .get('/v1/drafts')
        .query({ category: 'queue-test', status: 'submitted', limit: 3, ...(cursor ? { cursor } : {}) })
        .set(as(editor));
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((d: { id: string }) => d.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids);

    const german = await t.http().get('/v1/drafts').query({ locale: 'de', author: bob.id }).set(as(editor));
    expect(german.body.items.map((d: { id: string }) => d.id)).toEqual([ids[3]]);
    const byName = await t
      .http()
      .get('/v1/drafts')
      .query({ author: 'Bob Agent', category: category.body.id })
      .set(as(editor));
    expect(byName.body.items).toHaveLength(4);
  });

  it('lists the caller\'s own drafts newest first, for an editor too (the agent panel\'s "my drafts")', async () => {
    const article = await publishArticle(t, editor, roamingArticle());
    const eve = await key('Eve Agent-Panel', 'editor');
    const first = await submit(eve.secret, draftChange(article.id, { title: 'Mine first' }));
    await submit(bob.secret, draftChange(article.id, { title: 'Not mine' }));
    const second = await submit(eve.secret, draftChange(article.id, { title: 'Mine second' }));

    const mine = await t.http().get('/v1/drafts').query({ mine: 'true', order: 'desc' }).set(as(eve.secret));
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((d: { id: string }) => d.id)).toEqual([second.id, first.id]);
    const paged = await t.http().get('/v1/drafts').query({ mine: 'true', order: 'desc', limit: 1 }).set(as(eve.secret));
    const next = await t
      .http()
      .get('/v1/drafts')
      .query({ mine: 'true', order: 'desc', limit: 1, cursor: paged.body.nextCursor })
      .set(as(eve.secret));
    expect([...paged.body.items, ...next.body.items].map((d: { id: string }) => d.id)).toEqual([second.id, first.id]);
    const everyone = await t.http().get('/v1/drafts').query({ articleId: article.id }).set(as(eve.secret));
    expect(everyone.body.items).toHaveLength(3);
    const bad = await t.http().get('/v1/drafts').query({ mine: 'yes', order: 'sideways' }).set(as(eve.secret));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['mine', 'order']);
  });
});
