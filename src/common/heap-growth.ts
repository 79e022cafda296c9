import { setFlagsFromString } from 'node:v8';

/** The growth the server set (see limitHeapGrowth); undefined in scripts and tests, which keep V8's defaults. */
let servingPercent: number | undefined;
/** Jobs under way in `withHeapGrowth`. */
let limitedJobs = 0;

/**
 * Makes V8 collect the whole heap once it has grown `percent` past what the last full collection kept (0: V8's own
 * growth). V8 scales its growth with the machine's memory, not the process's needs: under load a server keeping
 * ~150 MB live let its heap reach 270-290 MB before collecting (bench/README.md, session 12). Set while running, for
 * the server only: scripts and tests keep V8's defaults. The flag is the process's, so worker threads follow it too.
 */
export function limitHeapGrowth(percent: number): void {
  servingPercent = percent;
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * Runs `work` with the heap's growth limited to `percent` (never more than the server's own limit), then goes back to
 * the server's. For background jobs that hold a worker's memory beside the serving heap for minutes (a full training
 * of the question matchers): the serving heap then gives back the room its garbage takes between two collections,
 * 20-35 MB at 10-15% under load (bench/README.md, session 15), for more frequent collections while the job runs only.
 * Nothing changes in a process whose growth the server did not limit (scripts, tests, `HEAP_GROWTH_PERCENT=0`).
 */
export async function withHeapGrowth<T>(percent: number, work: () => Promise<T>): Promise<T> {
  if (!servingPercent) return work();
  if (limitedJobs++ === 0) setFlagsFromString(`--heap-growing-percent=${Math.min(percent, servingPercent)}`);
  try {
    return await work();
  } finally {
    if (--limitedJobs === 0) setFlagsFromString(`--heap-growing-percent=${servingPercent}`);
  }
}
