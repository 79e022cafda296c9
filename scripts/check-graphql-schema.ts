/**
 * Compares the committed schema.graphql with the schema the code builds, and fails when they differ (CI), or
 * rewrites the file with `--write`. Boots the application on a throw-away in-memory database, so the schema is
 * exactly the one served at /graphql.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { SCHEMA_FILE, schemaFileText } from '../src/graphql/schema-file.js';

const write = process.argv.includes('--write');
const file = resolve(process.cwd(), SCHEMA_FILE);

const app = await createApp({ config: loadConfig({}, { DATA_DIR: 'memory://', LOG_LEVEL: 'warn', SCHEDULER_INTERVAL_MS: 3_600_000 }) });
const expected = schemaFileText(app.get(GraphQLSchemaHost).schema);
await app.close();

const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
if (write) {
  writeFileSync(file, expected);
  process.stdout.write(`${SCHEMA_FILE} ${committed === expected ? 'unchanged' : 'updated'}\n`);
} else if (committed !== expected) {
  const [a, b] = [committed.split('\n'), expected.split('\n')];
  const line = a.findIndex((text, i) => text !== b[i]);
  process.stderr.write(
    `${SCHEMA_FILE} is out of date with the resolvers (first difference at line ${line + 1}:\n  committed: ${JSON.stringify(a[line] ?? null)}\n  code:      ${JSON.stringify(b[line] ?? null)}).\nRun \`npm run graphql:schema\` and commit the result.\n`,
  );
  process.exit(1);
} else {
  process.stdout.write(`${SCHEMA_FILE} matches the code\n`);
}
