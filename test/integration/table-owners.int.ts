import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { fileURLToPath } from 'node:url';
import { loadOwners, OWNED_WITHOUT_ENTITY, UNOWNED } from '../../scripts/table-owners.js';
import { startServices } from '../support/service-context.js';

// The check (npm run lint:deps) knows a table only by the owner map: a table missing from it would go unchecked.
let services: Awaited<ReturnType<typeof startServices>>;

beforeAll(async () => {
  services = await startServices([]);
});
afterAll(() => services?.close());

describe('the table-owner map (scripts/table-owners.ts)', () => {
  it('gives every table of the migrated schema an owner, and names only tables that exist', async () => {
    const rows: { name: string }[] = await services
      .get(DataSource)
      .query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
      );
    const tables = rows.map((r) => r.name).filter((t) => !UNOWNED.includes(t));
    const owners = loadOwners(fileURLToPath(new URL('../..', import.meta.url)));
    expect(tables.filter((t) => owners.ownerOf(t) === undefined)).toEqual([]);
    const listed = Object.values(OWNED_WITHOUT_ENTITY)
      .flat()
      .filter((t) => !t.endsWith('*'));
    expect([...owners.namedTables, ...listed].filter((t) => !tables.includes(t))).toEqual([]);
    for (const prefix of Object.values(OWNED_WITHOUT_ENTITY)
      .flat()
      .filter((t) => t.endsWith('*')))
      expect(tables.some((t) => t.startsWith(prefix.slice(0, -1)))).toBe(true);
  });
});
