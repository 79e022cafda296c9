import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE, LockHolder } from './data-dir-lock.js';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'savoir-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The pid of a process that has exited. */
const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();

describe('DATA_DIR lock', () => {
  it('refuses a second holder while the first lives, naming it, and frees the directory on release', () => {
    const dir = newDir();
    const lock = acquireDataDirLock(dir, { command: 'server', port: 3000 });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      command: 'server',
      port: 3000,
    });

    let refused: unknown;
    try {
      acquireDataDirLock(dir, { command: 'savoir keys create' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toMatch(
      new RegExp(`in use by the Savoir server \\(pid ${process.pid}, port 3000, started \\d{4}-`),
    );

    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDataDirLock(dir, { command: 'savoir keys create' }).release();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = newDir();
    const stale: LockHolder = {
      pid: Number(deadPid()),
      host: 'vm',
      command: 'server',
      port: 3000,
      startedAt: '2026-01-01T00:00:00.000Z',
      nonce: 'stale',
    };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const lock = acquireDataDirLock(dir, { command: 'server', port: 3001 });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, port: 3001 });
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another process (pid reuse)', () => {
    const dir = newDir();
    // Our own pid, but recorded with another start time: an earlier incarnation, as a container's pid 1 after a
    // restart.
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: process.pid,
        host: 'vm',
        command: 'server',
        startedAt: '',
        processStart: '1',
        nonce: 'old',
      }),
    );
    acquireDataDirLock(dir, { command: 'server' }).release();
  });
});
