import { ApiKeysService } from '../src/modules/auth/api-keys.service.js';
import { runCommand, withApp } from './lib/cli.js';
import { KEYS_CREATE_USAGE, parseKeyArgs } from './lib/key-args.js';

/** `npm run keys:create -- --name "web widget" --role public [--channel web]` */
runCommand(async () => {
  const input = parseKeyArgs(process.argv.slice(2));
  if (!input) {
    process.stdout.write(`${KEYS_CREATE_USAGE}\n`);
    return;
  }
  const { key, secret } = await withApp((app) => app.get(ApiKeysService).create(input));
  process.stdout.write(
    `Created API key "${key.name}" (id ${key.id}, role ${key.role}, channel ${key.channel}).\n` +
      `Secret (shown once, store it now):\n\n  ${secret}\n\n` +
      `Use it as: Authorization: Bearer ${secret.slice(0, 12)}...\n`,
  );
}, KEYS_CREATE_USAGE);
