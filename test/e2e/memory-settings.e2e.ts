import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { v8MemoryOptions } from '../../src/memory-settings.js';
import { freePort } from '../support/test-app.js';
import { builtProject } from '../support/built-project.js';

/**
 * `npm start` (dist/src/main.js) on a Node that can replace its own process (`process.execve`, Node ≥ 22.15): it
 * restarts itself with glibc's allocator settings and its V8's memory options when they are missing. This machine's
 * Node is 20, so the test runs with the Node named by NODE_WITH_EXECVE (.ci/run fetches Node 24 from the npm registry
 * for it), and is skipped without one.
 */
const NODE = process.env.NODE_WITH_EXECVE;

/** The command line of a running process, as the kernel holds it (what V8 read when the process started). */
const commandOf = (pid: number): string[] => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);

/** The environment of a running process, as the kernel holds it (what glibc read when the process started). */
const environmentOf = (pid: number): Record<string, string> =>
  Object.fromEntries(
    readFileSync(`/proc/${pid}/environ`, 'utf8')
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );

let server: ChildProcess | undefined;
const dataDirs: string[] = [];
afterEach(async () => {
  if (server?.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts the built server with `env` on an empty DATA_DIR; resolves with its process and its log once ready. */
async function startServer(env: Record<string, string>): Promise<{ pid: number; log: () => string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'savoir-allocator-'));
  dataDirs.push(dataDir);
  const port = await freePort();
  let log = '';
  server = spawn(NODE!, [builtProject('src/main.js')], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${log}`);
    const status = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return { pid: server.pid!, log: () => log };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!NODE)(`npm start on a Node with process.execve (${NODE ?? 'none: NODE_WITH_EXECVE unset'})`, () => {
  it('restarts itself as the same process with the allocator settings and V8 options, and serves', async () => {
    const { pid, log } = await startServer({});
    const environment = environmentOf(pid);
    expect(environment).toMatchObject({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '262144' });
    const v8Version = execFileSync(NODE!, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).trim();
    expect(commandOf(pid)).toEqual([NODE, ...v8MemoryOptions(v8Version), builtProject('src/main.js')]);
    // The process that answers is the one started (its log lines carry its pid), not a child of it.
    expect(log()).toContain(`"pid":${pid}`);
    expect(environment.DATA_DIR).toBeTruthy();
  }, 120_000);

  it('keeps a setting given in the environment and adds only the missing one', async () => {
    const { pid } = await startServer({ MALLOC_ARENA_MAX: '4' });
    expect(environmentOf(pid)).toMatchObject({ MALLOC_ARENA_MAX: '4', MALLOC_MMAP_THRESHOLD_: '262144' });
  }, 120_000);
});
