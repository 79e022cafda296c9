import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliOn } from '../support/cli.js';
import { ADMIN_KEY, startTestApp, TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const keysCreate = (...args: string[]) => runCliOn(t, ['keys', 'create', ...args]);

describe('savoir keys create: arguments', () => {
  it('names what is missing or wrong, with exit code 64 and nothing created', async () => {
    const before = (await t.http().get('/v1/keys').set(t.auth(ADMIN_KEY))).body.items.length;
    const refused = async (args: string[], message: string | RegExp) => {
      const { code, out, err } = await keysCreate(...args);
      expect(code, err).toBe(64);
      expect(out).toBe('');
      expect(err).toMatch(message);
    };
    await refused(['--role', 'bot'], "required option '--name <name>' not specified");
    await refused(['--name', 'x'], "required option '--role <role>' not specified");
    await refused(
      ['--name', 'x', '--role', 'root'],
      "argument 'root' is invalid. Allowed choices are public, bot, agent, editor, admin.",
    );
    await refused(
      ['--name', 'x', '--role', 'bot', '--channel', 'sms'],
      "argument 'sms' is invalid. Allowed choices are web, bot, voice, agent, email.",
    );
    await refused(['--name', '   ', '--role', 'bot'], '--name must be 1 to 200 characters');
    await refused(['--name', 'x', '--role', 'bot', '--chanel', 'web'], "unknown option '--chanel'");
    await refused(['--name', 'x', '--role', 'bot', 'extra'], 'too many arguments');
    expect((await t.http().get('/v1/keys').set(t.auth(ADMIN_KEY))).body.items).toHaveLength(before);
  });

  it('prints the usage with --help, exit code 0', async () => {
    const { code, out } = await keysCreate('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: savoir keys create \[options\]/);
    expect(out).toContain('--role <role>');
  });
});

describe('savoir keys create, list, revoke', () => {
  it('creates a working key and prints its secret once', async () => {
    const { code, out } = await keysCreate('--name', 'web widget', '--role', 'public');
    expect(code).toBe(0);
    const secret = /^ {2}(sv_public_\S+)$/m.exec(out)?.[1];
    expect(secret, out).toBeDefined();
    expect(out).toMatch(/Created API key "web widget" \(id [0-9a-f-]{36}, key_[0-9a-f]{8}, role public, channel web\)/);

    expect((await t.http().get('/v1/categories').set(t.auth(secret!))).status).toBe(200);
    expect((await t.http().get('/v1/articles').set(t.auth(secret!))).status).toBe(403);

    const keys = await t.http().get('/v1/keys').set(t.auth(ADMIN_KEY));
    const listed = keys.body.items.find((k: { name: string }) => k.name === 'web widget');
    expect(listed).toMatchObject({ role: 'public', channel: 'web', displayId: `key_${listed.id.slice(0, 8)}` });
    expect(JSON.stringify(keys.body)).not.toContain(secret);
  });

  it('gives the key the channel asked for', async () => {
    const { out } = await keysCreate('--name', 'ivr', '--role', 'bot', '--channel', 'voice');
    expect(out).toContain('role bot, channel voice');
  });

  it('lists keys without any secret, and revokes one by its display id', async () => {
    const created = await keysCreate('--name', 'to revoke', '--role', 'agent');
    const secret = /^ {2}(sv_agent_\S+)$/m.exec(created.out)![1];
    const displayId = /(key_[0-9a-f]{8})/.exec(created.out)![1];
    expect((await t.http().get('/v1/articles').set(t.auth(secret))).status).toBe(200);

    const list = await runCliOn(t, ['keys', 'list']);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(
      new RegExp(`${displayId}\\s+agent\\s+agent\\s+\\S+ \\S+\\s+\\S+ \\S+\\s+active\\s+to revoke`),
    );
    expect(list.out).not.toContain('sv_');

    const revoked = await runCliOn(t, ['keys', 'revoke', displayId]);
    expect(revoked).toMatchObject({ code: 0, out: `Revoked API key "to revoke" (${displayId}, role agent).\n` });
    expect((await t.http().get('/v1/articles').set(t.auth(secret))).status).toBe(401);
    expect((await runCliOn(t, ['keys', 'list'])).out).not.toContain(displayId);
    expect((await runCliOn(t, ['keys', 'list', '--all'])).out).toMatch(
      new RegExp(`${displayId}.*revoked\\s+to revoke`),
    );

    const unknown = await runCliOn(t, ['keys', 'revoke', 'key_00000000']);
    expect(unknown.code).toBe(64);
    expect(unknown.err).toContain('No API key with id or display id "key_00000000"');
  });
});
