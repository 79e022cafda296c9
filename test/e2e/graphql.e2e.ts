import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/common/domain.js';
import { SCHEMA_FILE, schemaFileText } from '../../src/graphql/schema-file.js';
import { type GqlError, graphqlClient } from '../support/graphql-client.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
const keys = {} as Record<Role, string>;

beforeAll(async () => {
  // The scheduler is not exercised here; keeping it idle keeps the SQL query counts exact.
  t = await startTestApp({ SCHEDULER_INTERVAL_MS: 3_600_000 });
  for (const role of ['public', 'bot', 'agent', 'editor'] as const) keys[role] = await t.keyFor(role);
  keys.admin = ADMIN_KEY;
});
afterAll(async () => t?.close());

const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`;
const { gql, ok, failure, createArticle: createArticleAs } = graphqlClient(() => t);
const createArticle = (input: Record<string, unknown> = {}) => createArticleAs(keys.editor, input);

let counter = 0;
const CREATE_REVISION = `mutation($id: String!, $input: CreateRevisionInput!) { createRevision(articleId: $id, input: $input) { number baseRevision status locale } }`;

describe('GraphQL article store', () => {
  it('creates an article and reads it by id or slug with its revisions and live content per locale', async () => {
    const { id, slug } = await createArticle({
      title: 'Reset my voicemail PIN',
      summary: 'Settings > Security.',
      variants: { bot: 'Go to Settings, then Security.' },
      internalNotes: 'Check identity first.',
      tags: ['Security'],
      publish: true,
    });
    expect(slug).toBe('reset-my-voicemail-pin');
    const fr = await ok(keys.editor, CREATE_REVISION, {
      id,
      input: { locale: 'fr', baseRevision: 0, title: 'Réinitialiser mon code', body: 'Réglages' },
    });
    expect(fr.createRevision).toEqual({ number: 1, baseRevision: 0, status: 'draft', locale: 'fr' });
    await ok(keys.editor, CREATE_REVISION, {
      id,
      input: { baseRevision: 1, title: 'Reset my voicemail PIN (v2)', body: 'New body' },
    });

    const query = `query($key: String!) { article(idOrSlug: $key) {
      id slug audience state tags version
      locales { locale headRevision liveRevision live { number title summary internalNotes variants { bot web } } head { number status title } }
      revisions(locale: "en") { number status title }
    } }`;
    const byId = await ok(keys.agent, query, { key: id });
    const bySlug = await ok(keys.agent, query, { key: slug });
    expect(bySlug).toEqual(byId);
    expect(byId.article).toMatchObject({
      id,
      slug,
      audience: 'public',
      state: 'active',
      tags: ['security'],
      version: 1,
    });
    expect(byId.article.locales).toEqual([
      {
        locale: 'en',
        headRevision: 2,
        liveRevision: 1,
        live: {
          number: 1,
          title: 'Reset my voicemail PIN',
          summary: 'Settings > Security.',
          internalNotes: 'Check identity first.',
          variants: { bot: 'Go to Settings, then Security.', web: null },
        },
        head: { number: 2, status: 'draft', title: 'Reset my voicemail PIN (v2)' },
      },
      {
        locale: 'fr',
        headRevision: 1,
        liveRevision: null,
        live: null,
        head: { number: 1, status: 'draft', title: 'Réinitialiser mon code' },
      },
    ]);
    expect(byId.article.revisions).toEqual([
      { number: 2, status: 'draft', title: 'Reset my voicemail PIN (v2)' },
      { number: 1, status: 'published', title: 'Reset my voicemail PIN' },
    ]);
  });

  it('lists articles with filters and cursor paging', async () => {
    const tag = `paging-${Date.now()}`;
    for (let i = 0; i < 5; i += 1)
      await createArticle({ tags: [tag], audience: i % 2 === 0 ? 'public' : 'internal', publish: i < 2 });
    const LIST = `query($tag: String, $limit: Int, $cursor: String, $audience: Audience, $publication: PublicationFilter) {
      articles(tag: $tag, limit: $limit, cursor: $cursor, audience: $audience, publication: $publication) { items { id audience } nextCursor } }`;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await ok(keys.agent, LIST, { tag, limit: 2, cursor })).articles;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((a: { id: string }) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const internal = (await ok(keys.agent, LIST, { tag, audience: 'internal' })).articles.items;
    expect(internal).toHaveLength(2);
    expect(internal.every((a: { audience: string }) => a.audience === 'internal')).toBe(true);
    expect((await ok(keys.agent, LIST, { tag, publication: 'live' })).articles.items).toHaveLength(2);
    const bad = await failure(keys.agent, LIST, { tag, cursor: 'not-a-cursor' });
    expect(bad.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'cursor', message: 'invalid cursor' }],
    });
  });

  it('reads one revision and the diff between two', async () => {
    const { id } = await createArticle({ body: 'Line one\nLine two\n', alternativeQuestions: ['old question'] });
    await ok(keys.editor, CREATE_REVISION, {
      id,
      input: { baseRevision: 1, title: 'Changed', body: 'Line one\nLine 2\n', alternativeQuestions: ['new question'] },
    });
    const { revision } = await ok(
      keys.agent,
      `{ revision(articleId: "${id}", number: 2) { number baseRevision title body contentHash author } }`,
    );
    expect(revision).toMatchObject({
      number: 2,
      baseRevision: 1,
      title: 'Changed',
      body: 'Line one\nLine 2\n',
      author: 'test editor',
    });
    expect(revision.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { diff } = await ok(
      keys.agent,
      `{ diff(articleId: "${id}", from: 1, to: 2) { locale from to changes { field changed from to lines { op value } items { op value } } } }`,
    );
    expect(diff).toMatchObject({ locale: 'en', from: 1, to: 2 });
    const byField = Object.fromEntries(diff.changes.map((c: { field: string }) => [c.field, c]));
    expect(byField.title).toMatchObject({ changed: true, to: 'Changed' });
    expect(byField.body.lines).toEqual([
      { op: 'equal', value: 'Line one\n' },
      { op: 'remove', value: 'Line two\n' },
      { op: 'add', value: 'Line 2\n' },
    ]);
    expect(byField.alternativeQuestions).toMatchObject({ changed: true, from: ['old question'], to: ['new question'] });
    expect(byField['variants.bot'].changed).toBe(false);
    const missing = await failure(keys.agent, `{ revision(articleId: "${id}", number: 9) { number } }`);
    expect(missing.extensions.code).toBe('NOT_FOUND');
    expect(missing.path).toEqual(['revision']);
  });

  it('answers CONFLICT with the current revision on a stale base, and BAD_USER_INPUT when the base is missing', async () => {
    const { id } = await createArticle();
    await ok(keys.editor, CREATE_REVISION, { id, input: { baseRevision: 1, title: 'Second', body: 'b' } });
    const stale = await failure(keys.editor, CREATE_REVISION, {
      id,
      input: { baseRevision: 1, title: 'Late', body: 'b' },
    });
    expect(stale.status).toBe(200);
    expect(stale.path).toEqual(['createRevision']);
    expect(stale.extensions).toEqual({ code: 'CONFLICT', currentRevision: 2, baseRevision: 1 });
    const missing = await failure(keys.editor, CREATE_REVISION, { id, input: { title: 'No base', body: 'b' } });
    expect(missing.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'baseRevision', message: 'required' }],
    });
    const { article } = await ok(keys.agent, `{ article(idOrSlug: "${id}") { locales { headRevision } } }`);
    expect(article.locales).toEqual([{ headRevision: 2 }]);
  });

  it('updates metadata on the current version and refuses a stale one', async () => {
    const { id, slug } = await createArticle();
    const UPDATE = `mutation($id: String!, $input: UpdateArticleInput!) { updateArticle(idOrSlug: $id, input: $input) { slug version tags audience } }`;
    const updated = await ok(keys.editor, UPDATE, {
      id,
      input: { version: 1, slug: `renamed-${slug}`, tags: ['A', 'b'], audience: 'internal' },
    });
    expect(updated.updateArticle).toEqual({
      slug: `renamed-${slug}`,
      version: 2,
      tags: ['a', 'b'],
      audience: 'internal',
    });
    const stale = await failure(keys.editor, UPDATE, { id, input: { version: 1, tags: [] } });
    expect(stale.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('publishes, schedules, unpublishes, restores, archives and unarchives', async () => {
    const { id } = await createArticle({ title: 'Restorable' });
    const PUBLISH = `mutation($id: String!, $n: Int!, $at: DateTime, $until: DateTime) { publish(articleId: $id, number: $n, publishAt: $at, expiresAt: $until) { number status publishAt publishedAt } }`;
    const now = await ok(keys.editor, PUBLISH, { id, n: 1 });
    expect(now.publish).toMatchObject({ number: 1, status: 'published' });
    expect(now.publish.publishedAt).toBeTruthy();
    const again = await failure(keys.editor, PUBLISH, { id, n: 1 });
    expect(again.extensions).toEqual({ code: 'CONFLICT', revisionStatus: 'published' });

    await ok(keys.editor, CREATE_REVISION, { id, input: { baseRevision: 1, title: 'Later', body: 'b' } });
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await ok(keys.editor, PUBLISH, { id, n: 2, at });
    expect(scheduled.publish).toMatchObject({ number: 2, status: 'scheduled', publishAt: at });
    const badExpiry = await failure(keys.editor, PUBLISH, {
      id,
      n: 2,
      until: new Date(Date.now() - 1000).toISOString(),
    });
    expect(badExpiry.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'expiresAt' }] });
    const badDate = await failure(keys.editor, PUBLISH, { id, n: 2, at: 'tomorrow' });
    expect(badDate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'publishAt' }] });

    const unpublished = await ok(
      keys.editor,
      `mutation { unpublish(articleId: "${id}") { locales { liveRevision scheduled { number } } } }`,
    );
    expect(unpublished.unpublish.locales).toEqual([{ liveRevision: null, scheduled: [] }]);
    const nothing = await failure(keys.editor, `mutation { unpublish(articleId: "${id}", locale: "en") { id } }`);
    expect(nothing.extensions.code).toBe('CONFLICT');

    const restored = await ok(
      keys.editor,
      `mutation { restore(articleId: "${id}", number: 1, baseRevision: 2) { number baseRevision title changeNote status } }`,
    );
    expect(restored.restore).toEqual({
      number: 3,
      baseRevision: 2,
      title: 'Restorable',
      changeNote: 'Restored from revision 1',
      status: 'draft',
    });

    const archived = await ok(keys.editor, `mutation { archive(articleId: "${id}") { state } }`);
    expect(archived.archive.state).toBe('archived');
    const blocked = await failure(keys.editor, CREATE_REVISION, {
      id,
      input: { baseRevision: 3, title: 'x', body: 'y' },
    });
    expect(blocked.extensions).toEqual({ code: 'CONFLICT', state: 'archived' });
    const back = await ok(keys.editor, `mutation { unarchive(articleId: "${id}") { state } }`);
    expect(back.unarchive.state).toBe('active');
  });

  it('validates inputs with the REST rules and lists the offending fields', async () => {
    const bad = await failure(keys.editor, CREATE, {
      input: { audience: 'public', locale: 'english!', title: '', body: 'x', slug: 'Not A Slug' },
    });
    expect(bad.status).toBe(200);
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    expect((bad.extensions.fieldErrors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'locale',
      'slug',
      'title',
    ]);
    const nested = await failure(keys.editor, CREATE, {
      input: { audience: 'public', locale: 'en', title: 't', body: 'x', variants: { bot: 'x'.repeat(4001) } },
    });
    expect(nested.extensions.fieldErrors).toEqual([
      { field: 'variants.bot', message: 'bot must be shorter than or equal to 4000 characters' },
    ]);
    const unknownField = await failure(keys.editor, CREATE, {
      input: { audience: 'public', locale: 'en', title: 't', body: 'x', colour: 'red' },
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknownField.message).toContain('colour');
    const wrongEnum = await gql(
      keys.editor,
      `mutation { createArticle(input: { audience: everyone, locale: "en", title: "t", body: "b" }) { id } }`,
    );
    expect(wrongEnum.status).toBe(400);
    expect(wrongEnum.body.errors.map((e: GqlError) => e.extensions.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(wrongEnum.body.errors[1].message).toBe('Value "everyone" does not exist in "Audience" enum.');
    const syntax = await failure(keys.editor, `{ articles { items { id } }`);
    expect(syntax).toMatchObject({ status: 400, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const notFound = await failure(keys.agent, `{ article(idOrSlug: "no-such-article") { id } }`);
    expect(notFound).toMatchObject({
      message: 'Article "no-such-article" does not exist',
      path: ['article'],
      extensions: { code: 'NOT_FOUND' },
    });
    await createArticle({ slug: 'taken-slug' });
    const duplicate = await failure(keys.editor, CREATE, {
      input: { audience: 'public', locale: 'en', title: 't', body: 'x', slug: 'taken-slug' },
    });
    expect(duplicate.extensions).toEqual({ code: 'CONFLICT', field: 'slug' });
  });
});

describe('GraphQL keys and roles', () => {
  const operations: { name: string; minimum: Role; document: () => string }[] = [
    { name: 'categories', minimum: 'public', document: () => '{ categories { id } }' },
    { name: 'intents', minimum: 'bot', document: () => '{ intents { items { key } } }' },
    { name: 'articles', minimum: 'agent', document: () => '{ articles(limit: 1) { items { id } } }' },
    { name: 'tags', minimum: 'agent', document: () => '{ tags { tag } }' },
    {
      name: 'createArticle',
      minimum: 'editor',
      document: () =>
        `mutation { createArticle(input: { audience: public, locale: "en", title: "Role ${++counter}", body: "b" }) { id } }`,
    },
    {
      name: 'createIntent',
      minimum: 'editor',
      document: () => `mutation { createIntent(input: { key: "role-${++counter}", name: "n" }) { key } }`,
    },
  ];
  const roles: Role[] = ['public', 'bot', 'agent', 'editor', 'admin'];
  const rank = (role: Role) => roles.indexOf(role);

  it('lets each role do what its rank allows and answers FORBIDDEN otherwise', async () => {
    const matrix: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    for (const op of operations) {
      matrix[op.name] = {};
      expected[op.name] = {};
      for (const role of roles) {
        const res = await gql(keys[role], op.document());
        matrix[op.name][role] = res.body.errors ? res.body.errors[0].extensions.code : 'ok';
        expected[op.name][role] = rank(role) >= rank(op.minimum) ? 'ok' : 'FORBIDDEN';
      }
    }
    expect(matrix).toEqual(expected);
    const forbidden = await failure(keys.agent, operations[4].document());
    expect(forbidden.message).toBe(
      'This operation needs a key with role "editor" or higher; this key has role "agent"',
    );
  });

  it('answers UNAUTHENTICATED without a key or with an unknown one', async () => {
    expect((await failure(null, '{ categories { id } }')).extensions.code).toBe('UNAUTHENTICATED');
    expect((await failure('not-a-real-key-0000000000', '{ categories { id } }')).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('leaves the REST API and its problem+json errors as they were', async () => {
    const res = await t
      .http()
      .post('/v1/articles')
      .set(t.auth(keys.editor))
      .set('content-type', 'application/json')
      .send('{"broken"');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', instance: '/v1/articles' });
    const missing = await t.http().get('/v1/no-such-route').set(t.auth(keys.editor));
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const graphqlBroken = await t
      .http()
      .post('/graphql')
      .set(t.auth(keys.editor))
      .set('content-type', 'application/json')
      .send('{"broken"');
    expect(graphqlBroken.status).toBe(400);
    expect(graphqlBroken.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('GraphQL taxonomy', () => {
  it('creates, reads and deletes categories and intents, and resolves an article category', async () => {
    const parent = await ok(
      keys.editor,
      `mutation { createCategory(input: { slug: "billing", names: { en: "Billing", fr: "Facturation" } }) { id slug names } }`,
    );
    expect(parent.createCategory.names).toEqual({ en: 'Billing', fr: 'Facturation' });
    const parentId = parent.createCategory.id;
    const child = await ok(
      keys.editor,
      `mutation($p: ID) { createCategory(input: { slug: "invoices", names: { en: "Invoices" }, parentId: $p }) { id parentId } }`,
      { p: parentId },
    );
    expect(child.createCategory.parentId).toBe(parentId);
    const badNames = await failure(keys.editor, `mutation { createCategory(input: { slug: "x", names: {} }) { id } }`);
    expect(badNames.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'names' }] });
    const tree = await ok(keys.public, `{ categories { slug children { slug children { slug } } } }`);
    expect(tree.categories).toContainEqual({ slug: 'billing', children: [{ slug: 'invoices', children: [] }] });
    const flat = await ok(keys.public, `{ categories(flat: true) { slug children { slug } } }`);
    expect(flat.categories.map((c: { slug: string }) => c.slug)).toEqual(
      expect.arrayContaining(['billing', 'invoices']),
    );
    expect((await ok(keys.public, `{ category(idOrSlug: "invoices") { id } }`)).category.id).toBe(
      child.createCategory.id,
    );
    const renamed = await ok(
      keys.editor,
      `mutation { updateCategory(idOrSlug: "invoices", input: { position: 3 }) { position } }`,
    );
    expect(renamed.updateCategory.position).toBe(3);
    const cycle = await failure(
      keys.editor,
      `mutation($p: ID) { updateCategory(idOrSlug: "billing", input: { parentId: $p }) { id } }`,
      { p: child.createCategory.id },
    );
    expect(cycle.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'parentId', message: 'would create a cycle' }],
    });

    await ok(keys.editor, `mutation { createIntent(input: { key: "reset_pin", name: "Reset a PIN" }) { key } }`);
    const { id } = await createArticle({ categoryId: child.createCategory.id, intents: ['reset_pin'], tags: ['pin'] });
    const article = await ok(keys.agent, `{ article(idOrSlug: "${id}") { category { slug names } intents } }`);
    expect(article.article).toEqual({
      category: { slug: 'invoices', names: { en: 'Invoices' } },
      intents: ['reset_pin'],
    });
    const intents = await ok(keys.bot, `{ intents(limit: 50) { items { key name articleCount } nextCursor } }`);
    expect(intents.intents.items).toContainEqual({ key: 'reset_pin', name: 'Reset a PIN', articleCount: 1 });
    expect((await ok(keys.bot, `{ intent(key: "reset_pin") { name } }`)).intent.name).toBe('Reset a PIN');
    expect(
      (
        await ok(
          keys.editor,
          `mutation { updateIntent(key: "reset_pin", input: { description: "d" }) { description } }`,
        )
      ).updateIntent.description,
    ).toBe('d');
    expect((await ok(keys.agent, `{ tags { tag articleCount } }`)).tags).toContainEqual({
      tag: 'pin',
      articleCount: 1,
    });
    const inUse = await failure(keys.editor, `mutation { deleteCategory(idOrSlug: "invoices") }`);
    expect(inUse.extensions.code).toBe('CONFLICT');
    expect((await failure(keys.editor, `mutation { deleteIntent(key: "reset_pin") }`)).extensions.code).toBe(
      'CONFLICT',
    );
    await ok(keys.editor, `mutation { createIntent(input: { key: "unused", name: "Unused" }) { key } }`);
    expect(await ok(keys.editor, `mutation { deleteIntent(key: "unused") }`)).toEqual({ deleteIntent: true });
    expect((await failure(keys.bot, `{ intent(key: "unused") { key } }`)).extensions.code).toBe('NOT_FOUND');
  });
});

describe('GraphQL limits', () => {
  const ARTICLE_FIELDS =
    'id slug locales { locale live { title body } head { number } } revisions { number title body }';

  it('rejects a document whose estimated cost is over the limit, before running it', async () => {
    const aliases = Array.from(
      { length: 5 },
      (_, i) => `a${i}: articles(limit: 200) { items { ${ARTICLE_FIELDS} } }`,
    ).join('\n');
    const res = await gql(keys.agent, `{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    const [error] = res.body.errors;
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxComplexity: t.config.GRAPHQL_MAX_COMPLEXITY,
    });
    expect(error.extensions.complexity).toBeGreaterThan(t.config.GRAPHQL_MAX_COMPLEXITY);
    expect(error.message).toMatch(/^The query is too complex: its estimated cost is \d+, the limit is 10000/);
  });

  it('counts the page size asked for through variables', async () => {
    const query = `query($n: Int) { a: articles(limit: $n) { items { ${ARTICLE_FIELDS} } } b: articles(limit: $n) { items { ${ARTICLE_FIELDS} } } }`;
    await ok(keys.agent, query, { n: 2 });
    expect((await failure(keys.agent, query, { n: 200 })).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects a document nested deeper than the limit', async () => {
    const nested = (depth: number): string => (depth === 0 ? 'slug' : `slug children { ${nested(depth - 1)} }`);
    await ok(keys.public, `{ categories { ${nested(8)} } }`);
    const deep = await failure(keys.public, `{ categories { ${nested(14)} } }`);
    expect(deep.status).toBe(400);
    expect(deep.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(deep.message).toContain(`exceeds the query depth limit of ${t.config.GRAPHQL_MAX_DEPTH}`);
  });
});

describe('GraphQL batch loading', () => {
  /** SQL statements issued while `fn` runs, counted through TypeORM's logger in the request's async context. */
  async function countQueries(fn: () => Promise<unknown>): Promise<number> {
    const dataSource = t.app.get(DataSource);
    const scope = new AsyncLocalStorage<{ count: number }>();
    const logger = dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      const store = scope.getStore();
      if (store) store.count += 1;
      return original(query, parameters, runner);
    };
    try {
      const store = { count: 0 };
      await scope.run(store, fn);
      return store.count;
    } finally {
      logger.logQuery = original;
    }
  }

  it('reads 50 articles with their revisions, live and head content and category in as many SQL queries as 5', async () => {
    const category = await ok(
      keys.editor,
      `mutation { createCategory(input: { slug: "batch", names: { en: "Batch" } }) { id } }`,
    );
    const creations = Array.from(
      { length: 50 },
      (_, i) =>
        `c${i}: createArticle(input: { audience: public, locale: "en", title: "Batch ${i}", body: "b", publish: true, categoryId: "${category.createCategory.id}" }) { id }`,
    );
    const created = await ok(keys.editor, `mutation { ${creations.join('\n')} }`);
    for (const { id } of Object.values(created) as { id: string }[]) {
      await ok(keys.editor, CREATE_REVISION, { id, input: { baseRevision: 1, title: 'Draft 2', body: 'b2' } });
    }
    const query = `query($n: Int) { articles(limit: $n) { items { id category { slug } locales { locale live { title body } head { number title } } revisions { number title } } } }`;
    let fifty: any;
    await ok(keys.agent, query, { n: 1 }); // the key lookup is cached after the first request
    const small = await countQueries(() => ok(keys.agent, query, { n: 5 }));
    const large = await countQueries(async () => (fifty = await ok(keys.agent, query, { n: 50 })));
    expect(fifty.articles.items).toHaveLength(50);
    expect(
      fifty.articles.items.every(
        (a: any) =>
          a.category.slug === 'batch' &&
          a.revisions.length === 2 &&
          a.locales[0].live.title.startsWith('Batch') &&
          a.locales[0].head.number === 2,
      ),
    ).toBe(true);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    // key lookup, page, locales and scheduled/live summaries, then one query per batched field (category, revisions,
    // live+head).
    expect(large).toBeLessThanOrEqual(8);
  });
});

describe('GraphQL schema file', () => {
  it('is the schema the code serves (run `npm run graphql:schema` after changing resolvers)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(schemaFileText(t.app.get(GraphQLSchemaHost).schema));
  });
});
