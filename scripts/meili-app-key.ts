import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { ensureAppKey } from '../src/modules/search/meilisearch-app-key.js';

const USAGE = `Usage: node dist/scripts/meili-app-key.js <file>
Creates (or finds) the Meilisearch key Savoir needs (its own indexes, no key management) with MEILI_MASTER_KEY, and
writes it to <file> (mode 0600) for the service's MEILI_API_KEY_FILE. Reads MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX.`;

/** Provisioning step (the compose file's one-shot meili-key service): the app itself never gets the master key. */
async function main(): Promise<void> {
  const file = process.argv[2];
  const config = loadConfig();
  if (!file || !config.MEILI_URL || !config.MEILI_MASTER_KEY) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(64);
  }
  const key = await ensureAppKey({
    url: config.MEILI_URL,
    masterKey: config.MEILI_MASTER_KEY,
    indexPrefix: config.MEILI_INDEX_PREFIX,
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  process.stdout.write(`Meilisearch key for indexes ${config.MEILI_INDEX_PREFIX}_* written to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
