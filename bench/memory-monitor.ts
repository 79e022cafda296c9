/**
 * Where a server's memory goes over time: preloaded into it (`node --import`), appends a line every second, and one at
 * each worker thread's start and exit, to MEMORY_LOG: seconds since the start, VmRSS and VmHWM, anonymous and file RSS
 * (/proc/self), the main thread's V8 heap (committed and used; its new and old spaces committed), external memory
 * (PGlite's WebAssembly memory most) and ArrayBuffers, threads and worker threads alive, and each worker's heap
 * (committed/used) where Node can tell (≥ 22.16); the rest of a worker's share is what RSS does at its start and exit.
 *
 * Also a line within 10 ms of each rise of VmHWM by 2 MB or more (`high-water mark rose`), and one at each request to a
 * worker that is not a match (a handover, a training job) and at its answer: what the process was doing at its peak;
 * and one when the serving thread was held 100 ms or more (`serving thread held N ms`): what requests waited behind.
 *
 * MAPS_EVERY_S=N also writes the process's mappings every N seconds to MEMORY_LOG's file + `.maps` (dumpMappings).
 *
 * Run: npx tsc -p tsconfig.json && MEMORY_LOG=/tmp/memory.txt SERVER_ARGS=--import=./dist/bench/memory-monitor.js \
 *   node dist/bench/embedded-serving.js
 */
import { PGlite } from '@electric-sql/pglite';
import { appendFileSync, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';
import { getHeapSpaceStatistics } from 'node:v8';
import { statusFieldMb } from './proc-status.js';

const file = process.env.MEMORY_LOG;
if (workerThreads.isMainThread && file) {
  const started = Date.now();
  let workers = 0;
  const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
  const kb = (text: string, field: string) => statusFieldMb(text, field).toFixed(0);
  /** Each live worker's heap, as `name committed/used` in MB (Node ≥ 22.16 and 24: `worker.getHeapStatistics`). */
  const live = new Map<workerThreads.Worker, string>();
  let heaps = '';
  const readHeaps = async () => {
    const parts = await Promise.all(
      [...live].map(async ([worker, name]) => {
        const stats = await (
          worker as { getHeapStatistics?: () => Promise<{ total_heap_size: number; used_heap_size: number }> }
        )
          .getHeapStatistics?.()
          .catch(() => undefined);
        return stats ? `${name} ${mb(stats.total_heap_size)}/${mb(stats.used_heap_size)}` : '';
      }),
    );
    heaps = parts.filter(Boolean).join(', ');
  };
  const line = (event = '') => {
    const status = readFileSync('/proc/self/status', 'utf8');
    const m = process.memoryUsage();
    const threads = /^Threads:\s+(\d+)/m.exec(status)?.[1];
    const spaces = getHeapSpaceStatistics();
    const space = (name: string) => spaces.find((s) => s.space_name === name)?.space_size ?? 0;
    appendFileSync(
      file,
      `${((Date.now() - started) / 1000).toFixed(1)} rss ${kb(status, 'VmRSS')} hwm ${kb(status, 'VmHWM')} ` +
        `anon ${kb(status, 'RssAnon')} file ${kb(status, 'RssFile')} heapTotal ${mb(m.heapTotal)} ` +
        `heapUsed ${mb(m.heapUsed)} (new ${mb(space('new_space'))} old ${mb(space('old_space'))}) external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)} ` +
        `threads ${threads} workers ${workers}${heaps && ` (heaps ${heaps})`}${event && ` ${event}`}\n`,
    );
  };
  // Every `new Worker` of the server (its modules import the class after this module replaced it).
  const Base = workerThreads.Worker;
  workerThreads.Worker = class extends Base {
    constructor(url: string | URL, options?: workerThreads.WorkerOptions) {
      super(url, options);
      const name = String(url).split('/').pop();
      workers += 1;
      live.set(this, name?.replace(/\.js$/, '') ?? 'worker');
      line(`start ${name} ${JSON.stringify(options?.resourceLimits ?? {})}`);
      // The requests that are not matches (a handover, a job), and their answers: when the high-water mark rises.
      const post = this.postMessage.bind(this);
      const pending = new Set<number>();
      this.postMessage = (
        message: { id?: number; match?: unknown },
        transfer?: readonly workerThreads.Transferable[],
      ) => {
        if (message && typeof message === 'object' && !('match' in message) && message.id !== undefined) {
          pending.add(message.id);
          line(
            `${name} request ${message.id} ${Object.keys(message)
              .filter((k) => k !== 'id')
              .join(',')}`,
          );
        }
        post(message, transfer);
      };
      this.on('message', (reply: { id?: number }) => {
        if (reply.id !== undefined && pending.delete(reply.id)) line(`${name} answered ${reply.id}`);
      });
      this.once('exit', () => {
        workers -= 1;
        live.delete(this);
        line(`exit ${name}`);
      });
    }
  };
  syncBuiltinESMExports();
  setInterval(() => void readHeaps().then(() => line()), 1000).unref();
  // Each rise of the high-water mark by 2 MB or more, within 10 ms of it; and each time this thread was held 100 ms or
  // more (logged when it is free again: what held it started that long before).
  let highWater = 0;
  let lastPoll = performance.now();
  const statements = timeStatements();
  setInterval(() => {
    const now = performance.now();
    if (now - lastPoll >= 100) {
      const within = statements.splice(0).filter((s) => s.at >= lastPoll);
      const spent = within.reduce((sum, s) => sum + s.ms, 0);
      const slowest = within.sort((a, b) => b.ms - a.ms).slice(0, 3);
      line(
        `serving thread held ${Math.round(now - lastPoll)} ms (embedded database: ${within.length} messages, ` +
          `${Math.round(spent)} ms${slowest.map((s) => `; ${Math.round(s.ms)} ms ${s.sql}`).join('')})`,
      );
    } else statements.length = 0;
    lastPoll = now;
    const hwm = statusFieldMb(readFileSync('/proc/self/status', 'utf8'), 'VmHWM');
    if (hwm < highWater + 2) return;
    highWater = hwm;
    line('high-water mark rose');
  }, 10).unref();
  line('begin');
  const mapsEvery = Number(process.env.MAPS_EVERY_S ?? 0);
  if (mapsEvery > 0) {
    setInterval(() => dumpMappings(`${file}.maps`, (Date.now() - started) / 1000), mapsEvery * 1000).unref();
  }
}

/**
 * Each protocol message the embedded database ran on this thread: when it ended, how long it ran, and the statement it
 * belongs to (the last one parsed: node-postgres sends Parse, Bind, Execute and Sync as messages of their own), first
 * 300 characters, so that a hold names the statements inside it.
 */
function timeStatements(): { at: number; ms: number; sql: string }[] {
  const timed: { at: number; ms: number; sql: string }[] = [];
  const run = PGlite.prototype.execProtocolRawSync;
  let sql = '';
  PGlite.prototype.execProtocolRawSync = function (this: PGlite, message: Uint8Array) {
    // Parse: 'P', length, statement name\0, query\0; Query: 'Q', length, query\0.
    if (message[0] === 0x50 || message[0] === 0x51) {
      const start = message[0] === 0x50 ? message.indexOf(0, 5) + 1 : 5;
      sql = Buffer.from(message.subarray(start, message.indexOf(0, start)))
        .toString('utf8')
        .replace(/\s+/g, ' ')
        .slice(0, 300);
    }
    const began = performance.now();
    try {
      return run.call(this, message);
    } finally {
      const ended = performance.now();
      timed.push({ at: ended, ms: ended - began, sql });
    }
  };
  return timed;
}

/**
 * Every mapping of the process holding 1 MB of RSS or more, to the file given: seconds, address range, size and RSS
 * in MB, permissions, and the file or the kernel's name (`[heap]`, `[stack]`) when it has one; the smaller ones summed
 * into one line. Which mappings grow is read by comparing two dumps (a thread's stack, a glibc arena: 64 MB-aligned
 * reservations, V8's 256 KB pages: the small ones).
 */
function dumpMappings(path: string, seconds: number): void {
  const lines: string[] = [];
  let smallRss = 0;
  let smallCount = 0;
  let mapping = '';
  for (const row of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(row);
    if (header) {
      const size = (parseInt(header[2], 16) - parseInt(header[1], 16)) / 1048576;
      mapping = `${header[1]}-${header[2]} size ${size.toFixed(1)} ${header[3]} ${header[4] || 'anon'}`;
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(row);
    if (!rss) continue;
    const rssMb = Number(rss[1]) / 1024;
    if (rssMb >= 1) lines.push(`${seconds.toFixed(0)} ${mapping} rss ${rssMb.toFixed(1)}`);
    else {
      smallRss += rssMb;
      smallCount += 1;
    }
  }
  lines.push(`${seconds.toFixed(0)} smaller ${smallCount} mappings rss ${smallRss.toFixed(1)}`);
  appendFileSync(path, `${lines.join('\n')}\n`);
}
