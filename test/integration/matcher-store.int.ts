import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../src/config/app-config.js';
import { modelBytes } from '../../src/modules/matcher/locale-matchers.js';
import { MatcherModule } from '../../src/modules/matcher/matcher.module.js';
import { MatcherStore, type TrainedModels } from '../../src/modules/matcher/matcher-store.js';
import { QuestionIndex } from '../../src/modules/matcher/question-index.js';
import { startServices } from '../support/service-context.js';

let services: Awaited<ReturnType<typeof startServices>>;
let store: MatcherStore;

beforeAll(async () => {
  services = await startServices([MatcherModule]);
  store = services.get(MatcherStore);
  // The index's own start (training on the empty content, under the lease on a shared database) is over.
  await services.get(QuestionIndex).current();
});
afterAll(() => services?.close());

const training = (version: string, locales: string[]): TrainedModels => ({
  version,
  trainedAt: new Date('2026-12-01T10:00:00Z'),
  trainingMs: 1234,
  models: locales.map((locale, i) => ({
    locale,
    articles: [
      {
        articleId: '0190a000-0000-7000-8000-000000000001',
        slug: 'pin',
        audience: 'public',
        locale,
        revision: 2,
        title: 'Reset your PIN',
      },
    ],
    model: Uint8Array.from([1, 2, 3, i]),
  })),
});

describe('MatcherStore on a real database', () => {
  it('keeps the latest training only, and refuses to replace it with an earlier one', async () => {
    expect(await store.save(training('5', ['en', 'fr']))).toBe(true);
    expect(await store.save(training('3', ['en']))).toBe(false);
    expect(await store.latestVersion()).toBe('5');
    const latest = await store.latest();
    expect(latest).toMatchObject({ version: '5', trainingMs: 1234, trainedAt: new Date('2026-12-01T10:00:00Z') });
    expect(latest!.models.map((m) => [m.locale, [...m.model], m.articles[0].revision])).toEqual([
      ['en', [1, 2, 3, 0], 2],
      ['fr', [1, 2, 3, 1], 2],
    ]);

    expect(await store.save(training('7', ['en']))).toBe(true);
    expect((await store.latest())!.models.map((m) => m.locale)).toEqual(['en']);
    // The same version again (trained because the stored one could not be read): replaces it.
    expect(await store.save(training('7', ['de']))).toBe(true);
    expect((await store.latest())!.models.map((m) => m.locale)).toEqual(['de']);
  });

  it('carries the models of unchanged locales over to a new training, or none when one is not stored', async () => {
    expect(await store.save(training('8', ['en', 'fr']))).toBe(true);
    const [fr] = (await store.carryOver('8', '9', ['fr']))!;
    expect([fr.locale, [...fr.model], fr.articles[0].title]).toEqual(['fr', [1, 2, 3, 1], 'Reset your PIN']);
    expect(await store.carryOver('8', '9', ['fr', 'de'])).toBeUndefined();
    expect(await store.carryOver('6', '9', ['fr'])).toBeUndefined();
    expect(await store.save({ ...training('9', []), models: [training('9', ['en']).models[0], fr] })).toBe(true);
    expect((await store.latest())!.models.map((m) => [m.locale, [...m.model]])).toEqual([
      ['en', [1, 2, 3, 0]],
      ['fr', [1, 2, 3, 1]],
    ]);
  });

  it('lets one instance at a time hold the training lease, until it gives it back or lets it expire', async () => {
    expect(await store.claim('instance-a', 60)).toBe(true);
    expect(await store.claim('instance-b', 60)).toBe(false);
    expect(await store.claim('instance-a', 60)).toBe(true);
    await store.release('instance-b');
    expect(await store.claim('instance-b', 60)).toBe(false);
    await store.release('instance-a');
    expect(await store.claim('instance-b', 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.claim('instance-a', 60)).toBe(true);
    await store.release('instance-a');
  });
});

describe('MatcherStore on the embedded database in a directory', () => {
  it('keeps the models as files of DATA_DIR, the rows without their bytes, and removes the files of replaced ones', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'savoir-store-'));
    try {
      const dataSource = services.get(DataSource);
      const onDisk = new MatcherStore(dataSource, { DATA_DIR: dataDir } as AppConfig);
      const files = () => readdirSync(join(dataDir, 'savoir-matcher-models')).sort();
      // No content yet: a training of no locale, stored all the same.
      expect(await onDisk.save(training('19', []))).toBe(true);
      expect(files()).toEqual([]);
      expect(await onDisk.save(training('20', ['en', 'fr']))).toBe(true);
      expect(files()).toEqual(['20-en.v8', '20-fr.v8']);
      const [{ bytes }] = await dataSource.query(
        `SELECT sum(length(model))::int AS bytes FROM matcher_models WHERE version = 20`,
      );
      expect(bytes).toBe(0);
      expect((await onDisk.latest())!.models.map((m) => [m.locale, [...modelBytes(m)]])).toEqual([
        ['en', [1, 2, 3, 0]],
        ['fr', [1, 2, 3, 1]],
      ]);
      expect(await onDisk.save(training('21', ['en']))).toBe(true);
      expect(files()).toEqual(['21-en.v8']);
      // A file gone (the directory copied without it): unreadable, so the index trains again.
      rmSync(join(dataDir, 'savoir-matcher-models', '21-en.v8'));
      await expect(onDisk.latest()).rejects.toThrow();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('parks a model of a training under way in its file: the row is stored without it, and it reads back whole', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'savoir-store-'));
    try {
      const onDisk = new MatcherStore(services.get(DataSource), { DATA_DIR: dataDir } as AppConfig);
      const [en, fr] = training('30', ['en', 'fr']).models;
      const parked = onDisk.park('30', en);
      expect(parked.model.byteLength).toBe(0);
      expect(readFileSync(join(dataDir, 'savoir-matcher-models', '30-en.v8'))).toEqual(Buffer.from([1, 2, 3, 0]));
      const models = [parked, fr];
      expect(await onDisk.save({ ...training('30', []), models })).toBe(true);
      expect((await onDisk.latest())!.models.map((m) => [m.locale, [...modelBytes(m)]])).toEqual([
        ['en', [1, 2, 3, 0]],
        ['fr', [1, 2, 3, 1]],
      ]);
      expect(models.map((m) => [m.locale, [...modelBytes(m)]])).toEqual([
        ['en', [1, 2, 3, 0]],
        ['fr', [1, 2, 3, 1]],
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("carries a model over as a copy of its file, parked: stored with the new training, the old one's file removed", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'savoir-store-'));
    try {
      const onDisk = new MatcherStore(services.get(DataSource), { DATA_DIR: dataDir } as AppConfig);
      const files = () => readdirSync(join(dataDir, 'savoir-matcher-models')).sort();
      expect(await onDisk.save(training('60', ['en', 'fr']))).toBe(true);
      const carried = (await onDisk.carryOver('60', '61', ['fr']))!;
      expect(carried.map((m) => [m.locale, m.model.byteLength])).toEqual([['fr', 0]]);
      expect(files()).toEqual(['60-en.v8', '60-fr.v8', '61-fr.v8']);
      const models = [onDisk.park('61', training('61', ['en']).models[0]), ...carried];
      expect(await onDisk.save({ ...training('61', []), models })).toBe(true);
      expect(files()).toEqual(['61-en.v8', '61-fr.v8']);
      expect(models.map((m) => [m.locale, [...modelBytes(m)]])).toEqual([
        ['en', [1, 2, 3, 0]],
        ['fr', [1, 2, 3, 1]],
      ]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
