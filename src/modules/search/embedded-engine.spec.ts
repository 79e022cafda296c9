import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from './embedded-engine.js';
import type { EngineFilter, SearchDocument } from './search-engine.js';

const doc = (articleId: string, fields: Partial<SearchDocument> = {}): SearchDocument => ({
  articleId,
  locale: 'en',
  revision: 1,
  slug: articleId,
  title: `Router setup ${articleId}`,
  summary: '',
  body: 'Plug the router in and wait for the light.',
  alternativeQuestions: ['how do I set up my router'],
  audience: 'public',
  categoryId: null,
  tags: [],
  intents: [],
  expiresAt: null,
  ...fields,
});

const NOW = Date.parse('2026-11-24T12:00:00Z');

describe('EmbeddedSearchEngine filters', () => {
  const found = async (
    engine: EmbeddedSearchEngine,
    filter: Partial<EngineFilter>,
    mode: 'search' | 'question' = 'search',
  ) =>
    (
      await engine.search({
        q: 'router',
        locale: 'en',
        limit: 10,
        filter: { audiences: ['public'], now: NOW, ...filter },
        mode,
      })
    ).hits
      .map((h) => h.articleId)
      .sort();

  it('applies audiences, category, tags and intents, and expiry at the time of each query, in both modes', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.upsert([
      doc('a'),
      doc('b', { audience: 'internal', categoryId: 'c1', tags: ['fibre'], intents: ['setup'] }),
      doc('c', { categoryId: 'c1', tags: ['fibre', 'dsl'], expiresAt: NOW + 1000 }),
    ]);
    for (const mode of ['search', 'question'] as const) {
      expect(await found(engine, {}, mode)).toEqual(['a', 'c']);
      expect(await found(engine, { audiences: ['public', 'internal'] }, mode)).toEqual(['a', 'b', 'c']);
      expect(
        await found(engine, { audiences: ['public', 'internal'], categoryIds: ['c1'], tags: ['fibre'] }, mode),
      ).toEqual(['b', 'c']);
      expect(await found(engine, { audiences: ['public', 'internal'], tags: ['fibre', 'dsl'] }, mode)).toEqual(['c']);
      expect(await found(engine, { audiences: ['public', 'internal'], intents: ['setup'] }, mode)).toEqual(['b']);
      // The same filter a second later: the expired article is gone.
      expect(await found(engine, { now: NOW + 1000 }, mode)).toEqual(['a']);
    }
  });

  it('sees additions, replacements and removals with a filter it has used before', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.upsert([doc('a'), doc('b', { audience: 'internal' })]);
    expect(await found(engine, {})).toEqual(['a']);
    await engine.upsert([doc('b'), doc('d')]);
    expect(await found(engine, {})).toEqual(['a', 'b', 'd']);
    await engine.upsert([doc('a', { audience: 'internal' })]);
    await engine.remove([{ articleId: 'd', locale: 'en' }]);
    expect(await found(engine, {})).toEqual(['b']);
  });
});

describe('EmbeddedSearchEngine snapshot', () => {
  it('restores an index through v8 serialisation that answers as the original, and follows changes after', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.upsert([
      doc('a', { summary: 'Set up your router in five minutes.', alternativeQuestions: ['router light is red'] }),
      doc('b', { audience: 'internal', tags: ['fibre'], title: 'Fibre router reset' }),
      doc('c', { expiresAt: NOW + 1000, body: 'Restart the router, then the phone.' }),
      doc('d', { locale: 'fr', title: 'Installer la box', alternativeQuestions: ['comment brancher ma box'] }),
    ]);
    await engine.remove([{ articleId: 'c', locale: 'en' }]);
    const restored = new EmbeddedSearchEngine();
    restored.restore(deserialize(serialize(engine.snapshot())) as never);
    expect((await restored.health()).documents).toBe(3);

    const queries = [
      { q: 'router', locale: 'en', mode: 'search' },
      { q: 'my router light is red', locale: 'en', mode: 'question' },
      { q: 'rout', locale: 'en', mode: 'search' },
      { q: 'brancher la box', locale: 'fr', mode: 'question' },
    ] as const;
    const filter: EngineFilter = { audiences: ['public', 'internal'], now: NOW };
    const results = (target: EmbeddedSearchEngine) =>
      Promise.all(queries.map((query) => target.search({ ...query, limit: 10, filter })));
    const expected = await results(engine);
    expect(expected.map((r) => r.hits.length)).toEqual([2, 2, 2, 1]);
    expect(await results(restored)).toEqual(expected);

    for (const target of [engine, restored]) {
      await target.upsert([doc('a', { title: 'Modem lights' }), doc('e')]);
      await target.remove([{ articleId: 'b', locale: 'en' }]);
    }
    expect(await results(restored)).toEqual(await results(engine));
  });
});
