import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/app-config.js';
import { appKeyUid, ensureAppKey } from './meilisearch-app-key.js';

describe("the service's Meilisearch key", () => {
  it('has a stable UUID v4 uid per index prefix', () => {
    expect(appKeyUid('savoir')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(appKeyUid('savoir')).toBe(appKeyUid('savoir'));
    expect(appKeyUid('savoir')).not.toBe(appKeyUid('savoir_staging'));
  });

  it('is read from MEILI_API_KEY_FILE and used instead of the master key', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'savoir-meili-')), 'key');
    writeFileSync(file, 'scoped-key\n');
    expect(loadConfig({ MEILI_API_KEY_FILE: file, MEILI_MASTER_KEY: 'master' }).MEILI_API_KEY).toBe('scoped-key');
    expect(() => loadConfig({ MEILI_API_KEY_FILE: file, MEILI_API_KEY: 'other' })).toThrow(/not both/);
    expect(() => loadConfig({ MEILI_API_KEY_FILE: '/nonexistent/key' })).toThrow(/MEILI_API_KEY_FILE: cannot read/);
  });

  // Needs a real engine: MEILI_URL and MEILI_MASTER_KEY (not available on every machine).
  it.runIf(process.env.MEILI_URL && process.env.MEILI_MASTER_KEY)(
    'is created once, reaches its own indexes only and cannot manage keys (Meilisearch)',
    async () => {
      const url = process.env.MEILI_URL!;
      const indexPrefix = `savoir_t_${randomUUID().slice(0, 8)}`;
      const key = await ensureAppKey({ url, masterKey: process.env.MEILI_MASTER_KEY!, indexPrefix });
      expect(await ensureAppKey({ url, masterKey: process.env.MEILI_MASTER_KEY!, indexPrefix })).toBe(key);
      const app = new Meilisearch({ host: url, apiKey: key });
      await app.createIndex(`${indexPrefix}_en`).waitTask();
      await expect(app.index(`${indexPrefix}_en`).search('x')).resolves.toMatchObject({ hits: [] });
      await expect(app.createIndex(`other_${indexPrefix}`).waitTask()).rejects.toThrow();
      await expect(app.getKeys()).rejects.toThrow();
      await new Meilisearch({ host: url, apiKey: process.env.MEILI_MASTER_KEY! })
        .deleteIndex(`${indexPrefix}_en`)
        .waitTask();
    },
  );
});
