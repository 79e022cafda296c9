import { ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** Shared by the analytics benchmarks: the built server as a child process on a PostgreSQL database. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ADMIN_KEY = 'bench-admin-key-0123456789';

export function databaseUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${name}`;
  return url.toString();
}

export async function recreateDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** Starts `node dist/src/main.js` and resolves once it is ready. */
export async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = env.PORT ?? '3917';
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      BOOTSTRAP_ADMIN_KEY: ADMIN_KEY,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: port,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    const status = (await fetch(`${url}/health/ready`).catch(() => undefined))?.status;
    if (status === 200) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('server did not start');
}

export async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Requests each report `runs` times after two warm-ups and prints a Markdown table of p50 and max in milliseconds,
 * measured by the client (reports labelled "CSV" are asked for as CSV).
 */
export async function timeReports(url: string, reports: [string, string][], runs: number): Promise<void> {
  console.log('| report | p50 ms | max ms |\n|---|---|---|');
  for (const [label, path] of reports) {
    const accept = label.includes('CSV') ? 'text/csv' : 'application/json';
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      const started = performance.now();
      const res = await fetch(`${url}/v1/analytics${path}`, {
        headers: { authorization: `Bearer ${ADMIN_KEY}`, accept },
      });
      await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (i >= 2) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${label} | ${times[Math.floor(times.length / 2)].toFixed(0)} | ${times[times.length - 1].toFixed(0)} |`,
    );
  }
}
