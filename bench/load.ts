import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { AppConfig, loadConfig } from '../src/config/app-config.js';

/**
 * The configuration of a benchmarked server: the environment's, quiet, without a rate limit, and the embedded
 * database in memory unless DATA_DIR names a directory, as `npm start` has (in memory, PGlite's file system
 * reallocates a table's file as it grows, which makes writing the log dearer than on disk).
 */
export function benchConfig(): AppConfig {
  return loadConfig({
    ...process.env,
    DATA_DIR: process.env.DATA_DIR ?? 'memory://',
    LOG_LEVEL: 'warn',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000',
  });
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadResult {
  /** Mean requests per second. */
  requests: number;
  /** Requests completed. */
  total: number;
  p50: number;
  p99: number;
  /** The slowest request, ms. */
  max: number;
  /** Responses other than 2xx, and requests failed (timeouts included), when the plan tolerates them. */
  non2xx: number;
  errors: number;
  /** Of the errors: requests given up after autocannon's 10 s timeout. */
  timeouts: number;
  /** The load client's own longest event-loop delay, ms: that much of a latency may be the client's. */
  clientLoopDelayMax: number;
  /** The slowest request that was not its connection's first (whose wait includes the connection's), ms. */
  maxAfterFirst: number;
  /** Responses by status code. */
  statusCodes: Record<string, number>;
}

/**
 * Replays `requests` in order, in a loop, from CONNECTIONS connections for DURATION seconds, with autocannon in a
 * separate process (bench/load-client.ts), so that the load generator does not share the server's event loop, as
 * real clients do not. Throws if any response is not 2xx or any request fails, unless `tolerant` (then counted).
 */
export async function runLoad(plan: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: LoadRequest[];
  tolerant?: boolean;
}): Promise<LoadResult> {
  const file = join(mkdtempSync(join(tmpdir(), 'savoir-bench-')), 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  const client = spawn(process.execPath, [fileURLToPath(new URL('./load-client.js', import.meta.url)), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  client.stdout.on('data', (chunk) => (output += chunk));
  await once(client, 'exit');
  const result = JSON.parse(output) as LoadResult;
  if (!plan.tolerant && result.non2xx + result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx responses, ${result.errors} errors (${result.timeouts} timeouts)`);
  return result;
}

/**
 * Runs `work` under this process's CPU profiler when `dir` is given, and writes the profile there as
 * `<name>.cpuprofile` (Chrome DevTools format).
 */
export async function profiled<T>(dir: string | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!dir) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/**
 * What serving a load cost this process: CPU per request, the longest event-loop stall and garbage-collection pause.
 */
export interface ServerCost {
  cpuUsPerRequest: number;
  /** Of which on the main thread (the rest: garbage collection and compilation helpers, workers). */
  mainThreadUsPerRequest: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  gcMaxMs: number;
  gcTotalMs: number;
}

/** Runs a load (`work`) while watching this process: where p99 latency comes from when the server is the bottleneck. */
export async function observed(work: () => Promise<LoadResult>): Promise<LoadResult & ServerCost> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const pauses: number[] = [];
  const gc = new PerformanceObserver((list) => list.getEntries().forEach((entry) => pauses.push(entry.duration)));
  gc.observe({ entryTypes: ['gc'] });
  loop.enable();
  const [cpu, main] = [process.cpuUsage(), mainThreadCpu()];
  try {
    const result = await work();
    const used = process.cpuUsage(cpu);
    return {
      ...result,
      cpuUsPerRequest: (used.user + used.system) / result.total,
      mainThreadUsPerRequest: (mainThreadCpu() - main) / result.total,
      loopDelayP99Ms: loop.percentile(99) / 1e6,
      loopDelayMaxMs: loop.max / 1e6,
      gcMaxMs: Math.max(0, ...pauses),
      gcTotalMs: pauses.reduce((a, b) => a + b, 0),
    };
  } finally {
    loop.disable();
    gc.disconnect();
  }
}

/** CPU time (µs) used so far by a process or thread, from its /proc `stat` line (Linux). */
export function statCpu(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1_000_000 / 100); // utime, stime; USER_HZ is 100 on Linux
}

/** CPU time (µs) used so far by the machine's processes whose /proc `stat` line `matches` (those that exited: none). */
export function processesCpu(matches: (stat: string) => boolean): number {
  let used = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (matches(stat)) used += statCpu(stat);
    } catch {
      // the process ended meanwhile
    }
  }
  return used;
}

/** The metric's series in a Prometheus /metrics text: their values, none when it has none. */
export function metricValues(text: string, name: string): number[] {
  return [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].map((m) => Number(m[1]));
}

/** CPU time (µs) used so far by this process's main thread. */
export const mainThreadCpu = (): number => statCpu(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
