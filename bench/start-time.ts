/**
 * Start time as a user sees it: from spawning `npm start` (no build: it runs dist/, built at install) to the first
 * 200 of /health/ready, on the embedded database, in two cases:
 *   first  a new DATA_DIR (first start after `npm install`: the database comes from the build's template)
 *   warm   a DATA_DIR holding the demo content (`savoir seed demo`), started again
 * Each case RUNS times (default 5); prints every time and the median. The server is stopped with SIGTERM between runs.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/start-time.js   (env: RUNS, PORT=3931)
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = process.env.PORT ?? '3931';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'savoir-start-'));
const env = (dataDir: string) => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATA_DIR: dataDir,
  PORT,
  LOG_LEVEL: 'warn',
});

async function timeToReady(dataDir: string): Promise<number> {
  const started = performance.now();
  // Its own process group, so that npm and the server under it stop together.
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: env(dataDir),
    stdio: 'ignore',
    detached: true,
  });
  let ready = 0;
  while (!ready) {
    const status = await fetch(`http://127.0.0.1:${PORT}/health/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) ready = performance.now() - started;
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // npm exits before the server it started: wait for the port to be free again.
  while (
    await fetch(`http://127.0.0.1:${PORT}/health`).then(
      () => true,
      () => false,
    )
  )
    await new Promise((resolve) => setTimeout(resolve, 50));
  return ready / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const report = (label: string, seconds: number[]) =>
  console.log(
    `${label.padEnd(28)} median ${median(seconds).toFixed(2)} s   runs: ${seconds.map((s) => s.toFixed(2)).join(', ')}`,
  );

const first: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const dataDir = join(scratch, `first-${run}`);
  first.push(await timeToReady(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
}
report('first start (new DATA_DIR)', first);

const demo = join(scratch, 'demo');
execFileSync(process.execPath, [join(ROOT, 'dist/src/cli/main.js'), 'seed', 'demo'], {
  env: env(demo),
  stdio: 'ignore',
});
const warm: number[] = [];
await timeToReady(demo); // warm-up: the file cache
for (let run = 0; run < RUNS; run += 1) warm.push(await timeToReady(demo));
report('warm start (demo content)', warm);
rmSync(scratch, { recursive: true, force: true });
