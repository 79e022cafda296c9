/**
 * Writes the back-office's typed API client (web/admin/src/shared/api-schema.ts: TypeScript types for every path of
 * the OpenAPI document, used through openapi-fetch), or with `--check` fails when the committed file differs from what
 * the code's OpenAPI document gives (CI). Boots the application on a throw-away in-memory database, so the document is
 * exactly the one served at /openapi.json.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import { THROWAWAY_APP_ENV, writeOrCheck } from './generated-file.js';

const app = await createApp({ config: loadConfig({}, THROWAWAY_APP_ENV) });
const document = (await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/openapi.json' })).json();
await app.close();

const header =
  '// Generated from the OpenAPI document by `npm run api:client`: do not edit (CI runs `npm run api:check`).\n\n';
const expected = header + astToString(await openapiTS(document, { alphabetize: true, defaultNonNullable: false }));
writeOrCheck('web/admin/src/shared/api-schema.ts', expected, {
  write: !process.argv.includes('--check'),
  source: 'OpenAPI document',
  command: 'npm run api:client',
});
