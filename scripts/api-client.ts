/**
 * Writes the back-office's typed API client (web/admin/src/shared/api-schema.ts: TypeScript types for every path of
 * the OpenAPI document, used through openapi-fetch), or with `--check` fails when the committed file differs from what
 * the code's OpenAPI document gives (CI). Boots the application on a throw-away in-memory database, so the document is
 * exactly the one served at /openapi.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';

const CLIENT_FILE = 'web/admin/src/shared/api-schema.ts';
const check = process.argv.includes('--check');
const file = resolve(process.cwd(), CLIENT_FILE);

const app = await createApp({ config: loadConfig({}, { DATA_DIR: 'memory://', LOG_LEVEL: 'warn', SCHEDULER_INTERVAL_MS: 3_600_000 }) });
const document = (await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/openapi.json' })).json();
await app.close();

const header = '// Generated from the OpenAPI document by `npm run api:client`: do not edit (CI runs `npm run api:check`).\n\n';
const expected = header + astToString(await openapiTS(document, { alphabetize: true, defaultNonNullable: false }));
const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
if (!check) {
  writeFileSync(file, expected);
  process.stdout.write(`${CLIENT_FILE} ${committed === expected ? 'unchanged' : 'updated'}\n`);
} else if (committed !== expected) {
  const [a, b] = [committed.split('\n'), expected.split('\n')];
  const line = a.findIndex((text, i) => text !== b[i]);
  process.stderr.write(
    `${CLIENT_FILE} is out of date with the OpenAPI document (first difference at line ${line + 1}:\n  committed: ${JSON.stringify(a[line] ?? null)}\n  code:      ${JSON.stringify(b[line] ?? null)}).\nRun \`npm run api:client\` and commit the result.\n`,
  );
  process.exit(1);
} else {
  process.stdout.write(`${CLIENT_FILE} matches the OpenAPI document\n`);
}
