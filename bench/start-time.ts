/**
 * Start time as a user sees it: from spawning `npm start` (no build: it runs dist/, built at install) to the first
 * 200 of /health/ready, on the embedded database, in two cases:
 *   first  a new DATA_DIR (first start after `npm install`: the database comes from the build's template)
 *   warm   a DATA_DIR holding the demo content (`savoir seed demo`) that a server has run on once, until it stored its
 *          question matchers and calibrated their answer thresholds: a restart, which loads them (a seeded DATA_DIR
 *          holds none: each start would train and calibrate them, on the same cores, while starting)
 * Each case RUNS times (default 5); prints every time and the median. The server is stopped with SIGTERM between runs.
 * Beside the wall time, the CPU time (user + system, every thread) of the start's processes at that first 200: on a
 * busy machine the wall time is mostly waiting for a core, the CPU time much less so.
 *
 * COMPARE=<another checkout, built> alternates its `npm start` with this one's, run after run (ABBA), on the same
 * demo DATA_DIR: a side by side comparison within one run, as the machine's load changes.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/start-time.js   (env: RUNS, PORT=3931, COMPARE)
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metricValues, processesCpu } from './load.js';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = process.env.PORT ?? '3931';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The checkouts started, in the order of the first run. */
const BUILDS = process.env.COMPARE ? [ROOT, process.env.COMPARE] : [ROOT];
const scratch = mkdtempSync(join(tmpdir(), 'savoir-start-'));
const METRICS_TOKEN = 'bench-metrics-token-0123456789';
const env = (dataDir: string) => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATA_DIR: dataDir,
  PORT,
  LOG_LEVEL: 'warn',
  METRICS_TOKEN,
});

/** CPU seconds used so far by the processes of a process group (npm, its shell, the server). */
const groupCpu = (group: number) =>
  processesCpu((stat) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === group) / 1e6;

interface Start {
  wall: number;
  cpu: number;
}

/**
 * Whether the server has stored its question matchers (before putting them in place: see QuestionIndex) and
 * calibrated the answer threshold of each of their locales; `editor`: an API key that may read the calibrations.
 */
const matchersSettled = (dataDir: string, editor: string) => async () => {
  const get = (path: string, token: string) =>
    fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { authorization: `Bearer ${token}` } }).then(
      (r) => r.text(),
      () => '',
    );
  if (metricValues(await get('/metrics', METRICS_TOKEN), 'savoir_matcher_model_version').length === 0) return false;
  const locales = readdirSync(join(dataDir, 'savoir-matcher-models')).flatMap(
    (file) => /-([\w-]+)\.v8$/.exec(file)?.[1] ?? [],
  );
  for (const locale of locales) {
    const calibration = JSON.parse((await get(`/v1/matcher/calibration?locale=${locale}`, editor)) || '{}') as {
      calibrated?: boolean;
      status?: number;
    };
    if (calibration.status) throw new Error(`could not read the calibrations: ${JSON.stringify(calibration)}`);
    if (!calibration.calibrated) return false;
  }
  return true;
};

/** Starts `npm start` of `root` on `dataDir` until ready (and, with `stayUntil`, until that resolves true). */
async function timeToReady(root: string, dataDir: string, stayUntil?: () => Promise<boolean>): Promise<Start> {
  const started = performance.now();
  // Its own process group, so that npm and the server under it stop together.
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: env(dataDir),
    stdio: 'ignore',
    detached: true,
  });
  let ready: Start | undefined;
  while (!ready) {
    const status = await fetch(`http://127.0.0.1:${PORT}/health/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) ready = { wall: (performance.now() - started) / 1000, cpu: groupCpu(child.pid!) };
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  while (stayUntil && !(await stayUntil())) await new Promise((resolve) => setTimeout(resolve, 100));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // npm exits before the server it started, which frees the port before its last writes (the search index, the
  // database): wait until no process of the group is left.
  for (;;) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return ready;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const report = (label: string, starts: Map<string, Start[]>) => {
  for (const [root, runs] of starts) {
    const walls = runs.map((r) => r.wall);
    const cpus = runs.map((r) => r.cpu);
    console.log(
      `${label.padEnd(28)} median ${median(walls).toFixed(2)} s, CPU ${median(cpus).toFixed(2)} s   ` +
        `runs: ${runs.map((r) => `${r.wall.toFixed(2)} (CPU ${r.cpu.toFixed(2)})`).join(', ')}` +
        (BUILDS.length > 1 ? `   ${root}` : ''),
    );
  }
};
/** The checkouts in run `run`'s order: ABBA, so that neither is always the one started after the other. */
const order = (run: number) => (run % 2 === 0 ? BUILDS : [...BUILDS].reverse());
const perBuild = () => new Map(BUILDS.map((root) => [root, [] as Start[]]));

const first = perBuild();
for (let run = 0; run < RUNS; run += 1) {
  for (const root of order(run)) {
    const dataDir = join(scratch, `first-${run}`);
    first.get(root)!.push(await timeToReady(root, dataDir));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
report('first start (new DATA_DIR)', first);

const demo = join(scratch, 'demo');
execFileSync(process.execPath, [join(ROOT, 'dist/src/cli/main.js'), 'seed', 'demo'], {
  env: env(demo),
  stdio: 'ignore',
});
const editor = /\bsv_[\w-]+/.exec(
  execFileSync(
    process.execPath,
    [join(ROOT, 'dist/src/cli/main.js'), 'keys', 'create', '--name', 'start-time bench', '--role', 'editor'],
    { env: env(demo) },
  ).toString(),
)![0];
const warm = perBuild();
// Each build runs once until its matchers are stored and calibrated (the builds may store them differently), which
// warms the file cache too.
for (const root of BUILDS) await timeToReady(root, demo, matchersSettled(demo, editor));
for (let run = 0; run < RUNS; run += 1)
  for (const root of order(run)) warm.get(root)!.push(await timeToReady(root, demo));
report('warm start (demo content)', warm);
rmSync(scratch, { recursive: true, force: true });
