import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Command, Option } from 'commander';
import { CHANNELS, ROLES } from '../common/domain.js';
import { pagedItems } from '../common/paging.js';
import type { ApiKeyView } from '../modules/auth/api-key.entity.js';
import { CreateApiKeyDto } from '../modules/auth/api-keys.controller.js';
import { ApiKeysService, NewApiKey } from '../modules/auth/api-keys.service.js';
import { CliContext, UsageError } from './context.js';

/** Validates `keys create` options with the same rules as POST /v1/keys. */
export function newKeyFromOptions(options: { name: string; role: string; channel?: string }): NewApiKey {
  const dto = plainToInstance(CreateApiKeyDto, {
    name: options.name.trim(),
    role: options.role,
    channel: options.channel,
  });
  const problems = validateSync(dto).map((error) => {
    if (error.property === 'role') return `--role must be one of: ${ROLES.join(', ')} (got "${options.role}")`;
    if (error.property === 'channel')
      return `--channel must be one of: ${CHANNELS.join(', ')} (got "${options.channel}")`;
    return '--name must be 1 to 200 characters';
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { name: dto.name, role: dto.role, ...(dto.channel ? { channel: dto.channel } : {}) };
}

/** Creates the key and returns what the command prints: the secret, once. */
export async function createKey(app: INestApplicationContext, input: NewApiKey): Promise<string> {
  const { key, secret } = await app.get(ApiKeysService).create(input);
  return (
    `Created API key "${key.name}" (id ${key.id}, ${key.displayId}, role ${key.role}, channel ${key.channel}).\n` +
    `Secret (shown once, store it now):\n\n  ${secret}\n\n` +
    'Send it in the Authorization header: "Authorization: Bearer <secret>".\n'
  );
}

async function allKeys(service: ApiKeysService, includeRevoked: boolean): Promise<ApiKeyView[]> {
  const keys: ApiKeyView[] = [];
  for await (const key of pagedItems((cursor) => service.list(200, cursor, includeRevoked))) keys.push(key);
  return keys;
}

/** One line per key, aligned: no part of any secret exists to be shown. */
export function keyTable(keys: ApiKeyView[]): string {
  if (keys.length === 0) return 'No API keys.\n';
  const rows = [
    ['ID', 'DISPLAY ID', 'ROLE', 'CHANNEL', 'CREATED', 'LAST USED', 'STATE', 'NAME'],
    ...keys.map((k) => [
      k.id,
      k.displayId,
      k.role,
      k.channel,
      k.createdAt.toISOString().slice(0, 16).replace('T', ' '),
      k.lastUsedAt ? k.lastUsedAt.toISOString().slice(0, 16).replace('T', ' ') : '-',
      k.revokedAt ? 'revoked' : 'active',
      k.name,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return (
    rows
      .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  '))
      .join('\n') + '\n'
  );
}

/** `revoke` takes the id or the display id (`key_` and the id's first 8 characters). */
async function findKey(service: ApiKeysService, idOrDisplayId: string): Promise<ApiKeyView> {
  const matches = (await allKeys(service, true)).filter((k) => k.id === idOrDisplayId || k.displayId === idOrDisplayId);
  if (matches.length === 1) return matches[0];
  throw new UsageError(
    matches.length === 0
      ? `No API key with id or display id "${idOrDisplayId}"`
      : `"${idOrDisplayId}" names ${matches.length} keys: give the full id`,
  );
}

export function registerKeyCommands(program: Command, context: CliContext): void {
  const keys = program.command('keys').description('create, list and revoke API keys');
  keys
    .command('create')
    .description('create an API key and print its secret once (it is stored hashed)')
    .requiredOption('--name <name>', 'who or what uses the key, e.g. "web widget" (1-200 characters)')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .addOption(
      new Option(
        '--channel <channel>',
        'default channel (default: web for public, bot for bot, agent otherwise)',
      ).choices(CHANNELS),
    )
    .action(async (options: { name: string; role: string; channel?: string }) => {
      const input = newKeyFromOptions(options);
      context.out(await context.withApp('keys create', (app) => createKey(app, input)));
    });
  keys
    .command('list')
    .description('list the API keys (active ones unless --all)')
    .option('--all', 'include revoked keys')
    .action(async (options: { all?: boolean }) => {
      context.out(
        await context.withApp('keys list', async (app) =>
          keyTable(await allKeys(app.get(ApiKeysService), options.all ?? false)),
        ),
      );
    });
  keys
    .command('revoke')
    .description('revoke an API key: requests with it are refused from then on')
    .argument('<id>', 'the key id or display id (as listed by "keys list")')
    .action(async (id: string) => {
      context.out(
        await context.withApp('keys revoke', async (app) => {
          const service = app.get(ApiKeysService);
          const key = await service.revoke((await findKey(service, id)).id);
          return `Revoked API key "${key.name}" (${key.displayId}, role ${key.role}).\n`;
        }),
      );
    });
}
