import { createHash } from 'node:crypto';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';

/**
 * What the service needs from Meilisearch, on its own indexes only: no key management, no dumps or snapshots, no
 * other deployment's indexes. The master key stays with whoever provisions the engine.
 */
export const APP_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.update',
  'indexes.delete',
  'settings.get',
  'settings.update',
  'tasks.get',
] as const;

/** The key's uid, a UUID v4 derived from the index prefix: the same deployment always gets the same key. */
export function appKeyUid(indexPrefix: string): string {
  const hex = createHash('sha256').update(`savoir-app-key:${indexPrefix}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Creates (or finds) the service's key with the master key and returns its value. Idempotent: a key whose scope
 * differs from the current one (an older version's) is replaced under the same uid, which keeps its value, since
 * Meilisearch derives a key from its uid and the master key.
 */
export async function ensureAppKey(options: { url: string; masterKey: string; indexPrefix: string }): Promise<string> {
  const client = new Meilisearch({ host: options.url, apiKey: options.masterKey });
  const uid = appKeyUid(options.indexPrefix);
  const wanted = { actions: [...APP_KEY_ACTIONS], indexes: [`${options.indexPrefix}_*`] };
  const existing = await client.getKey(uid).catch((error: unknown) => {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'api_key_not_found') return undefined;
    throw error;
  });
  if (
    existing &&
    sameSet(existing.actions, wanted.actions) &&
    sameSet(existing.indexes, wanted.indexes) &&
    existing.expiresAt === null
  )
    return existing.key;
  if (existing) await client.deleteKey(uid);
  const created = await client.createKey({
    uid,
    name: `savoir (${options.indexPrefix})`,
    description: 'Savoir application key: its own indexes only, no key management',
    ...wanted,
    expiresAt: null,
  });
  return created.key;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));
