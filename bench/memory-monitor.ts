/**
 * Where a server's memory goes over time: preloaded into it (`node --import`), appends a line every second, and one at
 * each worker thread's start and exit, to MEMORY_LOG: seconds since the start, VmRSS and VmHWM, anonymous and file RSS
 * (/proc/self), the main thread's V8 heap (committed and used; its new and old spaces committed), external memory
 * (PGlite's WebAssembly memory most) and ArrayBuffers, threads and worker threads alive, and each worker's heap
 * (committed/used) where Node can tell (≥ 22.16); the rest of a worker's share is what RSS does at its start and exit.
 *
 * Run: npx tsc -p tsconfig.json && MEMORY_LOG=/tmp/memory.txt SERVER_ARGS=--import=./dist/bench/memory-monitor.js \
 *   node dist/bench/embedded-serving.js
 */
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
      this.once('exit', () => {
        workers -= 1;
        live.delete(this);
        line(`exit ${name}`);
      });
    }
  };
  syncBuiltinESMExports();
  setInterval(() => void readHeaps().then(() => line()), 1000).unref();
  line('begin');
}
