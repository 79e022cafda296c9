/**
 * glibc's allocator settings the server's memory was measured with (the container sets them too: see Dockerfile).
 * MALLOC_ARENA_MAX: one arena per allocating thread (worker threads, libuv's pool) each kept what it freed; with two,
 * a first training peaked ~50-70 MB lower. MALLOC_MMAP_THRESHOLD_: blocks of 256 KB and more (a training's typed
 * arrays) are mapped apart and given back when freed, rather than glibc raising that threshold to the largest block
 * freed and keeping them: a retraining under load peaked at 598 MB with both, 687 MB with the arenas alone
 * (bench/README.md, session 15). Ignored by other C libraries (musl) and other systems.
 */
export const ALLOCATOR_SETTINGS = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '262144' } as const;

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/**
 * Replaces this process by the same command with ALLOCATOR_SETTINGS in its environment, when some are missing, on
 * Linux, where Node can (`process.execve`: Node ≥ 22.15 or ≥ 23.11): glibc reads them only when a process starts, so a
 * bare `npm start` gets them this way. Same process id, before the server's modules load. A setting already in the
 * environment is kept as it is (set either to choose your own); with none missing, or an older Node, nothing happens.
 */
export function restartWithAllocatorSettings(
  env: NodeJS.ProcessEnv = process.env,
  execve = (process as { execve?: Execve }).execve,
): void {
  const missing = Object.entries(ALLOCATOR_SETTINGS).filter(([name]) => env[name] === undefined);
  if (process.platform !== 'linux' || !execve || missing.length === 0) return;
  execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    ...env,
    ...Object.fromEntries(missing),
  });
}
