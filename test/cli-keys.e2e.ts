import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../scripts/lib/cli.js';
import { createKey, parseKeyArgs } from '../scripts/lib/keys.js';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app.js';

const usageError = (argv: string[]): string => {
  try {
    parseKeyArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${JSON.stringify(argv)}`);
};

describe('keys:create arguments', () => {
  it('reads name, role and an optional channel', () => {
    expect(parseKeyArgs(['--name', 'web widget', '--role', 'public', '--channel', 'web'])).toEqual({ name: 'web widget', role: 'public', channel: 'web' });
    expect(parseKeyArgs(['--role=bot', '--name=  voice bot  '])).toEqual({ name: 'voice bot', role: 'bot' });
  });

  it('asks for the usage with --help or -h', () => {
    expect(parseKeyArgs(['--help'])).toBeNull();
    expect(parseKeyArgs(['-h'])).toBeNull();
  });

  it('names what is missing or wrong', () => {
    expect(usageError([])).toBe('Missing --name and --role');
    expect(usageError(['--name', 'x'])).toBe('Missing --role');
    expect(usageError(['--name', 'x', '--role', 'root'])).toBe('--role must be one of: public, bot, agent, editor, admin (got "root")');
    expect(usageError(['--name', 'x', '--role', 'bot', '--channel', 'sms'])).toBe('--channel must be one of: web, bot, voice, agent, email (got "sms")');
    expect(usageError(['--name', '   ', '--role', 'bot'])).toBe('--name must be 1 to 200 characters');
    expect(usageError(['--name', 'x', '--role', 'bot', '--chanel', 'web'])).toMatch(/Unknown option '--chanel'/);
    expect(usageError(['--name', 'x', '--role', 'bot', 'extra'])).toMatch(/Unexpected argument 'extra'/);
  });
});

describe('keys:create', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('creates a working key and prints its secret once', async () => {
    const output = await createKey(t.app, parseKeyArgs(['--name', 'web widget', '--role', 'public'])!);
    const secret = /^ {2}(sv_public_\S+)$/m.exec(output)?.[1];
    expect(secret, output).toBeDefined();
    expect(output).toMatch(/Created API key "web widget" \(id [0-9a-f-]{36}, role public, channel web\)/);

    expect((await t.http().get('/v1/categories').set(t.auth(secret!))).status).toBe(200);
    expect((await t.http().get('/v1/articles').set(t.auth(secret!))).status).toBe(403);

    const keys = await t.http().get('/v1/keys').set(t.auth(ADMIN_KEY));
    const listed = keys.body.items.find((k: { name: string }) => k.name === 'web widget');
    expect(listed).toMatchObject({ role: 'public', channel: 'web', displayId: `key_${listed.id.slice(0, 8)}` });
    expect(JSON.stringify(keys.body)).not.toContain(secret);
  });

  it('gives the key the channel asked for', async () => {
    const output = await createKey(t.app, parseKeyArgs(['--name', 'ivr', '--role', 'bot', '--channel', 'voice'])!);
    expect(output).toContain('role bot, channel voice');
  });
});
