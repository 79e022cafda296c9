import { ChildProcess, execFile, spawn, type StdioOptions } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../migrations/index.js';
import { freePort, freshDatabase } from '../support/test-app.js';
import { builtProject } from '../support/built-project.js';

/**
 * The `savoir` command as a user runs it: the built CLI (dist/) in its own process, on a database of its own (a new
 * embedded data directory, or a fresh PostgreSQL database when DATABASE_URL is set), and the lock on an embedded
 * data directory between real processes.
 */
let CLI: string;
const LAST_MIGRATION = MIGRATIONS[MIGRATIONS.length - 1].name;
const scratch = mkdtempSync(join(tmpdir(), 'savoir-cli-'));
const children: ChildProcess[] = [];
let databaseEnv: Record<string, string>;
let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  CLI = builtProject('src/cli/main.js');
  if (process.env.DATABASE_URL) {
    const database = await freshDatabase();
    databaseEnv = { DATABASE_URL: database.config.DATABASE_URL! };
    dropDatabase = database.drop;
  } else {
    databaseEnv = { DATA_DIR: join(scratch, 'data') };
    dropDatabase = async () => undefined;
  }
}, 400_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await dropDatabase?.();
  rmSync(scratch, { recursive: true, force: true });
});

const baseEnv = () => ({ PATH: process.env.PATH, HOME: process.env.HOME });

function savoir(
  args: string[],
  env: Record<string, string> = databaseEnv,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { ...baseEnv(), ...env }, timeout: 120_000 },
      (error, out, err) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, out, err });
      },
    );
  });
}

/** `savoir serve` in a process of its own, once /health/ready answers 200; `exited` settles with its exit code. */
async function serve(
  port: number,
  env: Record<string, string>,
  stdio: StdioOptions,
): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...baseEnv(), PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio,
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined))?.status, {
      timeout: 120_000,
      interval: 200,
    })
    .toBe(200);
  return { child, exited };
}

describe('savoir migrate', () => {
  it('lists every migration as applied, reverts the last one and applies it again', async () => {
    const status = await savoir(['migrate', 'status']);
    expect(status.code, status.err).toBe(0);
    expect(status.out).toContain(`  applied  ${LAST_MIGRATION}\n`);
    expect(status.out).toMatch(new RegExp(`${MIGRATIONS.length} applied, 0 pending\\.\\n$`));

    const down = await savoir(['migrate', 'down']);
    expect(down).toMatchObject({ code: 0, out: `  reverted  ${LAST_MIGRATION}\n` });
    const after = await savoir(['migrate', 'status']);
    expect(after.out).toContain(`  pending  ${LAST_MIGRATION}\n`);
    expect(after.out).toMatch(new RegExp(`${MIGRATIONS.length - 1} applied, 1 pending\\.\\n$`));

    const doctor = await savoir(['doctor']);
    expect(doctor.code, doctor.out).toBe(0);
    expect(doctor.out).toMatch(/^WARN {2}database +.*1 pending/m);

    const up = await savoir(['migrate', 'up']);
    expect(up).toMatchObject({ code: 0, out: `  applied  ${LAST_MIGRATION}\n` });
    expect((await savoir(['migrate', 'up'])).out).toBe('Nothing to apply: the schema is up to date.\n');
  }, 300_000);

  it('refuses a bad --steps with the usage exit code', async () => {
    const { code, err } = await savoir(['migrate', 'down', '--steps', '0']);
    expect(code).toBe(64);
    expect(err).toContain("option '--steps <n>' argument '0' is invalid. a whole number, 1 or more");
  });
});

describe('savoir keys', () => {
  it('creates, lists and revokes a key', async () => {
    const created = await savoir(['keys', 'create', '--name', 'cli widget', '--role', 'public']);
    expect(created.code, created.err).toBe(0);
    const secret = /^ {2}(sv_public_\S+)$/m.exec(created.out)?.[1];
    const displayId = /(key_[0-9a-f]{8})/.exec(created.out)?.[1];
    expect(secret && displayId, created.out).toBeTruthy();

    const list = await savoir(['keys', 'list']);
    expect(list.out).toMatch(new RegExp(`${displayId}\\s+public\\s+web\\s.*active\\s+cli widget`));
    expect(list.out).not.toContain(secret);

    expect(await savoir(['keys', 'revoke', displayId!])).toMatchObject({
      code: 0,
      out: `Revoked API key "cli widget" (${displayId}, role public).\n`,
    });
    expect((await savoir(['keys', 'list', '--all'])).out).toMatch(new RegExp(`${displayId}.*revoked\\s+cli widget`));
  }, 300_000);
});

describe('savoir doctor', () => {
  it('passes every check on a healthy configuration', async () => {
    const { code, out, err } = await savoir(['doctor']);
    expect(code, out + err).toBe(0);
    expect(out).toMatch(/^PASS {2}configuration +valid: /m);
    expect(out).toMatch(
      new RegExp(`^PASS {2}database +.* answers; ${MIGRATIONS.length} migrations applied, 0 pending`, 'm'),
    );
    expect(out).toMatch(/^PASS {2}search engine +embedded ready/m);
    expect(out).toMatch(/^(PASS|WARN) {2}question matcher /m);
    expect(out).toMatch(/No problem found\.\n$/);
  }, 120_000);

  it('fails, exit code 1, on an invalid setting, naming it', async () => {
    const { code, out } = await savoir(['doctor'], { ...databaseEnv, PORT: 'eighty' });
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL {2}configuration +Invalid configuration: PORT: /m);
    expect(out).toMatch(/1 problem\(s\) found\.\n$/);
  });

  it('fails, exit code 1, when the database cannot be reached', async () => {
    const { code, out } = await savoir(['doctor'], {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`,
    });
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL {2}database +PostgreSQL at 127\.0\.0\.1:\d+\/nowhere: .*ECONNREFUSED/m);
    expect(out).toMatch(/^SKIP {2}search engine +not checked: the database cannot be opened/m);
  });
});

describe('one process per embedded data directory', () => {
  const dataDir = join(scratch, 'locked');
  const log = join(scratch, 'server.log');

  async function startServer(port: number): Promise<ChildProcess> {
    const output = openSync(log, 'a');
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOG_FORMAT: 'text' };
    return (await serve(port, env, ['ignore', output, output])).child;
  }

  it('refuses a second server and any command on a held directory, naming the holder; takes over after a kill -9', async () => {
    const port = await freePort();
    const holder = await startServer(port);
    // A first start with no admin key says how to make one.
    expect(readFileSync(log, 'utf8')).toContain('No admin API key exists yet');

    const other = await freePort();
    const second = await savoir(['serve'], { DATA_DIR: dataDir, PORT: String(other), HOST: '127.0.0.1' });
    const named = `The embedded database in ${dataDir} is in use by the Savoir server (pid ${holder.pid}, port ${port}, started `;
    expect(second.code).toBe(69);
    expect(second.err).toContain(named);
    expect(await fetch(`http://127.0.0.1:${other}/health`).catch(() => 'nothing listening')).toBe('nothing listening');

    const write = await savoir(['keys', 'create', '--name', 'x', '--role', 'admin'], { DATA_DIR: dataDir });
    expect(write.code).toBe(69);
    expect(write.err).toContain(named);

    const doctor = await savoir(['doctor'], { DATA_DIR: dataDir });
    expect(doctor.code, doctor.out).toBe(0);
    expect(doctor.out).toContain(`held by the Savoir server (pid ${holder.pid}, port ${port}`);

    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const next = await startServer(await freePort());
    expect(next.pid).not.toBe(holder.pid);
  }, 400_000);
});

describe('savoir serve on SIGTERM', () => {
  it('exits 0 once closed, with an access line for every request answered just before the signal', async () => {
    const port = await freePort();
    const log = join(scratch, 'sigterm.log');
    const output = openSync(log, 'w');
    const { child, exited } = await serve(port, { ...databaseEnv, LOG_LEVEL: 'log' }, ['ignore', output, output]);

    // Answered, then the signal at once: these lines are still in the logger's buffer when it arrives.
    for (let i = 0; i < 20; i += 1) {
      const res = await fetch(`http://127.0.0.1:${port}/health`, { headers: { 'x-request-id': `before-term-${i}` } });
      expect(res.status).toBe(200);
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const logged = readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string; requestId?: string });
    const ids = logged.filter((line) => line.msg === 'request').map((line) => line.requestId);
    expect(ids.filter((id) => id?.startsWith('before-term-'))).toHaveLength(20);
  }, 400_000);

  it('writes every access line before exiting when its log reader lags: none left in an asynchronous write', async () => {
    const port = await freePort();
    const { child, exited } = await serve(port, { ...databaseEnv, LOG_LEVEL: 'log' }, ['ignore', 'pipe', 'ignore']);

    // Standard output is not read yet: ~600 KB of access lines fill the pipe, and the server's writes wait.
    const requests = 2000;
    for (let batch = 0; batch < requests; batch += 50) {
      await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const res = await fetch(`http://127.0.0.1:${port}/health`, {
            headers: { 'x-request-id': `lagging-reader-${batch + i}-${'x'.repeat(100)}` },
          });
          expect(res.status).toBe(200);
        }),
      );
    }
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    let output = '';
    const read = new Promise((resolve) => child.stdout!.once('close', resolve));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    expect(await exited).toBe(0);
    await read;

    const ids = new Set(
      output
        .split('\n')
        .filter((line) => line.includes('"msg":"request"'))
        .map((line) => (JSON.parse(line) as { requestId: string }).requestId)
        .filter((id) => id.startsWith('lagging-reader-')),
    );
    expect(ids.size).toBe(requests);
  }, 400_000);
});
