/**
 * Compares the committed schema.graphql with the schema the code builds, and fails when they differ (CI), or
 * rewrites the file with `--write`. Boots the application on a throw-away in-memory database, so the schema is
 * exactly the one served at /graphql.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { SCHEMA_FILE, schemaFileText } from '../src/graphql/schema-file.js';
import { THROWAWAY_APP_ENV, writeOrCheck } from './generated-file.js';

const app = await createApp({ config: loadConfig({}, THROWAWAY_APP_ENV) });
const expected = schemaFileText(app.get(GraphQLSchemaHost).schema);
await app.close();

writeOrCheck(SCHEMA_FILE, expected, {
  write: process.argv.includes('--write'),
  source: 'resolvers',
  command: 'npm run graphql:schema',
});
