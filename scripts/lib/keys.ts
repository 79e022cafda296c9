import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { parseArgs } from 'node:util';
import { CHANNELS, ROLES } from '../../src/common/domain.js';
import { ApiKeysService, NewApiKey } from '../../src/modules/auth/api-keys.service.js';
import { CreateApiKeyDto } from '../../src/modules/auth/api-keys.controller.js';
import { UsageError } from './cli.js';

export const KEYS_CREATE_USAGE = `Usage: npm run keys:create -- --name <name> --role <role> [--channel <channel>]

  --name     who or what uses the key, e.g. "web widget" (1-200 characters)
  --role     ${ROLES.join(' | ')}
  --channel  ${CHANNELS.join(' | ')} (default: web for public, bot for bot, agent otherwise)

Prints the key's secret once; it is stored hashed and cannot be shown again.`;

/** Parses and validates `keys:create` arguments with the same rules as POST /v1/api-keys; null asks for the usage. */
export function parseKeyArgs(argv: string[]): NewApiKey | null {
  let values: { name?: string; role?: string; channel?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { name: { type: 'string' }, role: { type: 'string' }, channel: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  const missing = (['name', 'role'] as const).filter((option) => values[option] === undefined);
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((option) => `--${option}`).join(' and ')}`);

  const dto = plainToInstance(CreateApiKeyDto, { name: values.name?.trim(), role: values.role, channel: values.channel });
  const problems = validateSync(dto).map((error) => {
    if (error.property === 'role') return `--role must be one of: ${ROLES.join(', ')} (got "${values.role}")`;
    if (error.property === 'channel') return `--channel must be one of: ${CHANNELS.join(', ')} (got "${values.channel}")`;
    return '--name must be 1 to 200 characters';
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { name: dto.name, role: dto.role, ...(dto.channel ? { channel: dto.channel } : {}) };
}

/** Creates the key and returns what the command prints: the secret, once. */
export async function createKey(app: INestApplicationContext, input: NewApiKey): Promise<string> {
  const { key, secret } = await app.get(ApiKeysService).create(input);
  return (
    `Created API key "${key.name}" (id ${key.id}, role ${key.role}, channel ${key.channel}).\n` +
    `Secret (shown once, store it now):\n\n  ${secret}\n\n` +
    'Send it in the Authorization header: "Authorization: Bearer <secret>".\n'
  );
}
