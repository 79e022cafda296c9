import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { ADMIN_KEY } from '../support/test-app.js';
import { publishArticle, publishLocale } from '../support/factories.js';
import { startRestartableApp, type RestartableTestApp } from '../support/restartable-app.js';

/** The index part of a snapshot file (after its header line). */
const olderState = (file: Buffer) => file.subarray(file.indexOf(0x0a) + 1);

/**
 * The in-process search index stored in the embedded database's directory when the service stops, and restored at
 * the next start with the changes made since (SearchIndexSnapshots). Only on the embedded database in a directory.
 */
describe.skipIf(process.env.DATABASE_URL)('the in-process search index across restarts', () => {
  let t: RestartableTestApp;
  let dataDir: string;
  const snapshotFile = () => join(dataDir, 'savoir-search-index.v8');
  const admin = () => t.auth(ADMIN_KEY);
  const indexStart = () => t.app.get(SearchIndexer).started!;
  const found = async (q: string, locale = 'en'): Promise<string[]> => {
    await t.app.get(SearchIndexer).drain();
    const res = await t
      .http()
      .get(`/v1/search?q=${encodeURIComponent(q)}&locale=${locale}`)
      .set(admin());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.hits.map((hit: { articleId: string }) => hit.articleId);
  };

  let lounge: string;
  let parking: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'savoir-search-snapshot-'));
    t = await startRestartableApp({ DATA_DIR: dataDir });
    lounge = (
      await publishArticle(t, ADMIN_KEY, {
        title: 'Where is the airport lounge?',
        body: 'The lounge is past security, gate B.',
        alternativeQuestions: ['find the lounge at the airport'],
      })
    ).id;
    await publishLocale(t, ADMIN_KEY, lounge, 'fr', {
      title: "Où est le salon de l'aéroport ?",
      body: 'Le salon est après la sécurité, porte B.',
    });
    parking = (
      await publishArticle(t, ADMIN_KEY, {
        title: 'How much is airport parking?',
        body: 'Parking costs 12 euros a day.',
      })
    ).id;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is built from the database at a first start, stored when the service stops, and restored at the next', async () => {
    expect(indexStart()).toMatchObject({ source: 'database', documents: 0 });
    const before = { lounge: await found('airport lounge'), fr: await found('salon aéroport', 'fr') };
    expect(before.lounge[0]).toBe(lounge);
    expect(before.fr).toEqual([lounge]);

    await t.restart();
    expect(indexStart()).toMatchObject({ source: 'snapshot', documents: 3, caughtUp: 0 });
    expect(await found('airport lounge')).toEqual(before.lounge);
    expect(await found('salon aéroport', 'fr')).toEqual(before.fr);
    // The restored index goes on following changes.
    const taxi = (await publishArticle(t, ADMIN_KEY, { title: 'Is there a taxi rank at the airport?' })).id;
    expect(await found('taxi rank')).toEqual([taxi]);
  });

  it('applies the changes made after its snapshot was stored before serving', async () => {
    await t.restart();
    const older = join(dataDir, 'older-snapshot');
    copyFileSync(snapshotFile(), older);
    const shuttle = (await publishArticle(t, ADMIN_KEY, { title: 'When does the airport shuttle leave?' })).id;
    const unpublished = await t.http().post(`/v1/articles/${parking}/unpublish`).set(admin()).send({});
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200);
    // As after a stop that stored nothing (a crash): the older snapshot is what the next start finds.
    await t.restart(() => copyFileSync(older, snapshotFile()));

    expect(indexStart()).toMatchObject({ source: 'snapshot', caughtUp: 2 });
    expect(await found('shuttle')).toEqual([shuttle]);
    expect(await found('parking')).toEqual([]);
  });

  it('is built from the database again when its snapshot is unusable, and the service starts all the same', async () => {
    const luggage = (await publishArticle(t, ADMIN_KEY, { title: 'Where do I report lost luggage?' })).id;
    await t.restart();
    const stored = readFileSync(snapshotFile());
    const newline = stored.indexOf(0x0a);
    const header = JSON.parse(stored.subarray(0, newline).toString()) as {
      code: string;
      position: string;
      migrations?: string[];
    };
    const withHeader = (changes: Partial<typeof header>) =>
      Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, ...changes })}\n`), stored.subarray(newline + 1)]);
    const cases: [string, Buffer][] = [
      ['made by another build', withHeader({ code: 'another build' })],
      ['ahead of the database (restored without it)', withHeader({ position: '999999999' })],
      ['without a position', withHeader({ position: 'latest' })],
      ['damaged', Buffer.concat([stored.subarray(0, newline + 1), Buffer.from('not what v8 wrote')])],
      ['without its migrations', withHeader({ migrations: undefined })],
    ];
    for (const [why, bytes] of cases) {
      await t.restart(() => writeFileSync(snapshotFile(), bytes));
      expect(indexStart(), why).toMatchObject({ source: 'database', documents: 5 });
      expect(await found('airport lounge'), why).toContain(lounge);
      expect(await found('lost luggage'), why).toEqual([luggage]);
    }
  });

  it('reads again the articles whose live revisions changed without events, and serves what the database holds', async () => {
    await t.restart();
    const file = readFileSync(snapshotFile());
    // An older index under the current position: as if content had been written without outbox events (the
    // shuttle published, the parking unpublished since that index).
    await t.restart(() =>
      writeFileSync(
        snapshotFile(),
        Buffer.concat([
          file.subarray(0, file.indexOf(0x0a) + 1),
          olderState(readFileSync(join(dataDir, 'older-snapshot'))),
        ]),
      ),
    );
    // The parking, the shuttle and the luggage differ (no event was missed).
    expect(indexStart()).toMatchObject({ source: 'snapshot', documents: 5, caughtUp: 3 });
    expect(await found('shuttle')).toHaveLength(1);
    expect(await found('parking')).toEqual([]);
  });

  it('is built from the database when a migration ran after its snapshot (one may change content in place)', async () => {
    const renamed = 'Where can I rest before boarding?';
    // A data migration's kind of change: in place, no new revision, no event.
    await t.app
      .get(DataSource)
      .query(`UPDATE article_revisions SET title = $1 WHERE article_id = $2 AND locale = 'en'`, [renamed, lounge]);
    await t.restart();
    const stored = readFileSync(snapshotFile());
    const newline = stored.indexOf(0x0a);
    const header = JSON.parse(stored.subarray(0, newline).toString()) as { migrations: string[] };
    expect(header.migrations.length).toBeGreaterThan(1);
    const beforeTheLast = { ...header, migrations: header.migrations.slice(0, -1) };
    await t.restart(() =>
      writeFileSync(
        snapshotFile(),
        Buffer.concat([Buffer.from(`${JSON.stringify(beforeTheLast)}\n`), stored.subarray(newline + 1)]),
      ),
    );
    expect(indexStart()).toMatchObject({ source: 'database' });
    expect(await found('rest before boarding')).toEqual([lounge]);
  });
});
