import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/app-config.js';
import type { Channel, Role } from '../src/common/domain.js';
import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';

/**
 * The application on an in-memory embedded database, listening on a free port, as the answer benches start it; `key`
 * makes an API key for the bench and returns its secret.
 */
export async function startEmbeddedApp() {
  const config = loadConfig({ ...process.env, DATA_DIR: 'memory://', LOG_LEVEL: 'warn' });
  const app = await createApp({ config });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const key = async (role: Role, channel: Channel) =>
    (await app.get(ApiKeysService).create({ name: `bench ${role}`, role, channel })).secret;
  return { app, base, key };
}
