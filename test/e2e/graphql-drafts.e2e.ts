import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql-client.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';
import { draftChange, roamingArticle } from '../support/factories.js';

let t: TestApp;
let editor: string;
let alice: string;
let bob: string;

async function key(name: string, role: string) {
  const res = await t.http().post('/v1/keys').set(t.auth(ADMIN_KEY)).send({ name, role });
  expect(res.status).toBe(201);
  return res.body.secret as string;
}

beforeAll(async () => {
  t = await startTestApp();
  editor = await key('Eve Editor', 'editor');
  alice = await key('Alice Agent', 'agent');
  bob = await key('Bob Agent', 'agent');
});
afterAll(async () => t?.close());

const { ok, failure, createArticle } = graphqlClient(() => t);

const DETAIL = `id status version baseRevision articleId locale author stale currentRevision liveRevision revision publishAt note
  source { ticketId channel } proposedArticle { audience tags } base { number title } changes { field changed lines { op value } }
  history { action actor comment at }`;
const SUBMIT = `mutation($input: SubmitDraftInput!) { submitDraft(input: $input) { ${DETAIL} } }`;
const APPROVE = `mutation($id: ID!, $input: ApproveDraftInput) { approveDraft(id: $id, input: $input) { ${DETAIL} } }`;

async function editorPublishes(articleId: string, base: number, title: string) {
  const rev = await ok(
    editor,
    `mutation($id: String!, $b: Int) { createRevision(articleId: $id, input: { baseRevision: $b, title: "${title}", body: "Step one\\nStep two\\n", summary: "Turn it on now" }) { number } }`,
    { id: articleId, b: base },
  );
  await ok(editor, `mutation($id: String!, $n: Int!) { publish(articleId: $id, number: $n) { status } }`, {
    id: articleId,
    n: rev.createRevision.number,
  });
}

describe('GraphQL drafts', () => {
  it('goes from an agent proposal to a published revision, with the base, the diff and the history', async () => {
    const articleId = (await createArticle(editor, roamingArticle({ publish: true }))).id;
    const { submitDraft: draft } = await ok(alice, SUBMIT, { input: draftChange(articleId) });
    expect(draft).toMatchObject({
      status: 'submitted',
      version: 1,
      baseRevision: 1,
      author: 'Alice Agent',
      stale: false,
      currentRevision: 1,
      liveRevision: 1,
      source: { ticketId: 'T-1042', channel: 'email' },
    });
    expect(draft.base).toMatchObject({ number: 1 });
    expect(draft.changes.map((c: { field: string }) => c.field)).toEqual(['title', 'body']);

    const queue = await ok(editor, `{ drafts(status: submitted) { items { id status } nextCursor } }`);
    expect(queue.drafts.items.map((d: { id: string }) => d.id)).toContain(draft.id);
    const own = await ok(bob, `{ drafts { items { id } } }`);
    expect(own.drafts.items).toEqual([]);
    const hidden = await failure(bob, `query($id: ID!) { draft(id: $id) { id } }`, { id: draft.id });
    expect(hidden.extensions.code).toBe('NOT_FOUND');

    const approved = await ok(editor, APPROVE, { id: draft.id, input: { comment: 'Good catch', version: 1 } });
    expect(approved.approveDraft).toMatchObject({ status: 'approved', revision: 2, articleId, liveRevision: 2 });
    expect(approved.approveDraft.history.map((h: { action: string; actor: string }) => [h.action, h.actor])).toEqual([
      ['submitted', 'Alice Agent'],
      ['approved', 'Eve Editor'],
    ]);
    const { article } = await ok(
      editor,
      `query($id: String!) { article(idOrSlug: $id) { locales { live { number title author changeNote } } } }`,
      { id: articleId },
    );
    expect(article.locales[0].live).toEqual({
      number: 2,
      title: 'Roaming abroad',
      author: 'Alice Agent',
      changeNote: 'Customers miss the restart step',
    });
  });

  it('creates a proposed new article on approval, scheduled when asked', async () => {
    const { submitDraft: draft } = await ok(alice, SUBMIT, {
      input: {
        locale: 'fr',
        audience: 'internal',
        tags: ['Roaming'],
        title: 'Itinérance au Canada',
        body: 'Activez l’itinérance.',
        note: 'Missing',
      },
    });
    expect(draft).toMatchObject({
      articleId: null,
      baseRevision: null,
      proposedArticle: { audience: 'internal', tags: ['Roaming'] },
    });
    const publishAt = new Date(Date.now() + 3_600_000).toISOString();
    const approved = await ok(editor, APPROVE, { id: draft.id, input: { publishAt } });
    expect(approved.approveDraft).toMatchObject({
      status: 'approved',
      revision: 1,
      publishAt,
      articleId: expect.any(String),
    });
  });

  it('loops through request changes and amendment, refusing a stale version', async () => {
    const articleId = (await createArticle(editor, roamingArticle({ publish: true }))).id;
    const { submitDraft: draft } = await ok(alice, SUBMIT, { input: draftChange(articleId) });
    const asked = await ok(
      editor,
      `mutation($id: ID!) { requestDraftChanges(id: $id, input: { comment: "Say which menu" }) { status } }`,
      { id: draft.id },
    );
    expect(asked.requestDraftChanges.status).toBe('changes_requested');
    const early = await failure(editor, APPROVE, { id: draft.id });
    expect(early.extensions).toEqual({ code: 'CONFLICT', status: 'changes_requested' });
    const AMEND = `mutation($id: ID!, $input: AmendDraftInput!) { amendDraft(id: $id, input: $input) { status version summary } }`;
    const amended = await ok(alice, AMEND, {
      id: draft.id,
      input: { version: 1, summary: 'Settings > Network > Roaming' },
    });
    expect(amended.amendDraft).toEqual({ status: 'submitted', version: 2, summary: 'Settings > Network > Roaming' });
    const stale = await failure(alice, AMEND, { id: draft.id, input: { version: 1, summary: 'x' } });
    expect(stale.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
    const otherAgent = await failure(bob, AMEND, { id: draft.id, input: { version: 2, summary: 'x' } });
    expect(otherAgent.extensions.code).toBe('NOT_FOUND');
  });

  it('answers CONFLICT with what changed when the article moved on, until the draft is rebased', async () => {
    const articleId = (await createArticle(editor, roamingArticle({ publish: true }))).id;
    const { submitDraft: draft } = await ok(alice, SUBMIT, { input: draftChange(articleId) });
    await editorPublishes(articleId, 1, 'Roaming when travelling');
    const stale = await failure(editor, APPROVE, { id: draft.id });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', baseRevision: 1, currentRevision: 2 });
    expect(stale.extensions.changes.map((c: { field: string }) => c.field)).toEqual(['title', 'summary']);

    const REBASE = `mutation($id: ID!, $input: RebaseDraftInput) { rebaseDraft(id: $id, input: $input) { baseRevision version stale title summary rebase { from onto takenFromLive resolved } } }`;
    const conflicted = await failure(alice, REBASE, { id: draft.id });
    expect(conflicted.extensions).toMatchObject({ code: 'CONFLICT', baseRevision: 1, currentRevision: 2 });
    expect(conflicted.extensions.conflicts.map((c: { field: string }) => c.field)).toEqual(['title']);
    const rebased = await ok(alice, REBASE, {
      id: draft.id,
      input: { resolutions: [{ field: 'title', take: 'draft' }] },
    });
    expect(rebased.rebaseDraft).toEqual({
      baseRevision: 2,
      version: 2,
      stale: false,
      title: 'Roaming abroad',
      summary: 'Turn it on now',
      rebase: { from: 1, onto: 2, takenFromLive: ['summary'], resolved: ['title'] },
    });
    const approved = await ok(editor, APPROVE, { id: draft.id });
    expect(approved.approveDraft).toMatchObject({ status: 'approved', revision: 3 });
  });

  it('rejects and withdraws, after which the draft no longer changes', async () => {
    const articleId = (await createArticle(editor, roamingArticle({ publish: true }))).id;
    const first = (await ok(alice, SUBMIT, { input: draftChange(articleId) })).submitDraft;
    const rejected = await ok(
      editor,
      `mutation($id: ID!) { rejectDraft(id: $id, input: { comment: "Already covered", version: 1 }) { status history { action comment } } }`,
      { id: first.id },
    );
    expect(rejected.rejectDraft.status).toBe('rejected');
    expect(rejected.rejectDraft.history.at(-1)).toEqual({ action: 'rejected', comment: 'Already covered' });
    const second = (await ok(alice, SUBMIT, { input: draftChange(articleId) })).submitDraft;
    const withdrawn = await ok(alice, `mutation($id: ID!) { withdrawDraft(id: $id) { status } }`, { id: second.id });
    expect(withdrawn.withdrawDraft.status).toBe('withdrawn');
    const closed = await failure(
      alice,
      `mutation($id: ID!) { amendDraft(id: $id, input: { version: 1, title: "x" }) { id } }`,
      { id: second.id },
    );
    expect(closed.extensions).toEqual({ code: 'CONFLICT', status: 'withdrawn' });
  });

  it('applies the roles and validates ids and inputs', async () => {
    const publicKey = await t.keyFor('public');
    expect((await failure(publicKey, `{ drafts { items { id } } }`)).extensions.code).toBe('FORBIDDEN');
    const articleId = (await createArticle(editor, roamingArticle({ publish: true }))).id;
    const { submitDraft: draft } = await ok(alice, SUBMIT, { input: draftChange(articleId) });
    expect((await failure(alice, APPROVE, { id: draft.id })).extensions.code).toBe('FORBIDDEN');
    expect((await failure(editor, `{ draft(id: "not-a-uuid") { id } }`)).extensions.code).toBe('BAD_USER_INPUT');
    const bad = await failure(alice, SUBMIT, { input: { ...draftChange(articleId), source: { ticketId: '' } } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'source.ticketId' }] });
  });
  it("lists the caller's own drafts newest first, for an editor too", async () => {
    const articleId = (await createArticle(editor, roamingArticle({ publish: true }))).id;
    const first = (await ok(editor, SUBMIT, { input: draftChange(articleId, { title: 'Editor first' }) })).submitDraft
      .id;
    await ok(alice, SUBMIT, { input: draftChange(articleId, { title: 'Not the editor' }) });
    const second = (await ok(editor, SUBMIT, { input: draftChange(articleId, { title: 'Editor second' }) })).submitDraft
      .id;
    const mine = await ok(
      editor,
      `query($a: String) { drafts(articleId: $a, mine: true, order: "desc") { items { id } } }`,
      { a: articleId },
    );
    expect(mine.drafts.items.map((d: { id: string }) => d.id)).toEqual([second, first]);
    const all = await ok(editor, `query($a: String) { drafts(articleId: $a) { items { id } } }`, { a: articleId });
    expect(all.drafts.items).toHaveLength(3);
  });
});
