import { setFlagsFromString } from 'node:v8';

/**
 * glibc's allocator settings the server's memory was measured with (the container sets them too: see Dockerfile).
 * MALLOC_ARENA_MAX: one arena per allocating thread (worker threads, libuv's pool) each kept what it freed; with two,
 * a first training peaked ~50-70 MB lower. MALLOC_MMAP_THRESHOLD_: blocks of 256 KB and more (a training's typed
 * arrays) are mapped apart and given back when freed, rather than glibc raising that threshold to the largest block
 * freed and keeping them: a retraining under load peaked at 598 MB with both, 687 MB with the arenas alone
 * (bench/README.md, session 15). Ignored by other C libraries (musl) and other systems.
 */
export const ALLOCATOR_SETTINGS = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '262144' } as const;

/**
 * V8 options the server's memory was measured with, for the V8 of `v8Version`; V8 reads them only when it starts.
 * Both for V8 13 (Node 24) and later; Node 20 and 22 (V8 11 and 12) behave so without them.
 * - `--max-semi-space-size=8`: a young generation of 16 MB of semi-spaces. V8 13 sizes it from the heap limit, 128 MB:
 *   ~60-90 MB more under load than with Node 20's 32 MB (bench/README.md, session 17). With 16 MB, half Node 20's, a
 *   retraining of 10,000 × 2 under the mixed load peaked at 565-572 MB instead of 591-595 (three runs each), at the
 *   same request rates within the runs' spread; the serving thread spends ~2× as long in scavenges (3-5% of its time
 *   instead of 2%; bench/README.md, session 21).
 * - `--liftoff-only`: V8 13's optimising compiler takes ~600 MB for a few hundred milliseconds to compile one
 *   PostgreSQL function of the embedded database (105 KB of WebAssembly; the memory goes to the first phase after its
 *   graph is built, whichever that is), once the function has run enough: a process at 315 MB peaked at 815. V8 11
 *   and 12 compile it within 60 MB. No run-time setting avoids it: the tier-up budget only delays it (a day's
 *   analytics would spend any budget), and V8 ignores `--liftoff-only` once started.
 */
export function v8MemoryOptions(v8Version: string): string[] {
  return Number(v8Version.split('.')[0]) >= 13 ? ['--max-semi-space-size=8', '--liftoff-only'] : [];
}

/**
 * Lets each worker thread started from now on have the young generation its `resourceLimits` give it: V8 13 puts
 * `--max-semi-space-size` (given for the main thread, see v8MemoryOptions) before a worker's own limit, so every worker
 * of a server started with it had the main thread's new space (32 MB with the 16 MB semi-spaces given then, 4 times its
 * limit; a training worker's heap: 44 MB committed against 20; bench/README.md, session 19). The main thread's heap
 * keeps the size it started with. Call it once the process runs with its settings (after restartWithMemorySettings);
 * without the option, it changes nothing.
 */
export function letWorkersSizeTheirYoungGeneration(): void {
  setFlagsFromString('--max-semi-space-size=0');
}

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/**
 * A V8 or Node option's name as it is compared: without quotes, its value, dashes or a `no-` prefix (`--no-x` sets
 * `x`). The tiering options are one: `--liftoff` or `--wasm-tier-up` given by the user is a choice `--liftoff-only`
 * would override.
 */
const optionName = (option: string): string => {
  const name = option
    .replace(/^["']|["']$/g, '')
    .split('=')[0]
    .replace(/^--(no-)?/, '')
    .replaceAll('_', '-');
  return ['liftoff', 'wasm-tier-up'].includes(name) ? 'liftoff-only' : name;
};

/**
 * Replaces this process by the same command with the settings above when some are missing, on Linux, where Node can
 * (`process.execve`: Node ≥ 22.15 or ≥ 23.11): glibc and V8 read them only when a process starts, so a bare
 * `npm start` gets them this way. Same process id, before the server's modules load. A setting already given (in the
 * environment, the command's options or NODE_OPTIONS, with any value, `--no-` included) is kept as it is: give one to
 * choose your own. With none missing, or an older Node, nothing happens.
 */
export function restartWithMemorySettings(
  env: NodeJS.ProcessEnv = process.env,
  execve = (process as { execve?: Execve }).execve,
  execArgv: string[] = process.execArgv,
  v8Version: string = process.versions.v8,
): void {
  if (process.platform !== 'linux' || !execve) return;
  const missingVariables = Object.entries(ALLOCATOR_SETTINGS).filter(([name]) => env[name] === undefined);
  const given = new Set([...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].map(optionName));
  const missingOptions = v8MemoryOptions(v8Version).filter((option) => !given.has(optionName(option)));
  if (missingVariables.length === 0 && missingOptions.length === 0) return;
  try {
    execve(process.execPath, [process.execPath, ...missingOptions, ...execArgv, ...process.argv.slice(1)], {
      ...env,
      ...Object.fromEntries(missingVariables),
    });
  } catch (error) {
    // The server still runs as it is, on the settings it was given.
    process.emitWarning(`could not restart with the memory settings: ${String(error)}`);
  }
}
