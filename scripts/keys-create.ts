import { runCommand, withApp } from './lib/cli.js';
import { createKey, KEYS_CREATE_USAGE, parseKeyArgs } from './lib/keys.js';

/** `npm run keys:create -- --name "web widget" --role public [--channel web]` */
runCommand(async () => {
  const input = parseKeyArgs(process.argv.slice(2));
  process.stdout.write(input ? await withApp((app) => createKey(app, input)) : `${KEYS_CREATE_USAGE}\n`);
}, KEYS_CREATE_USAGE);
