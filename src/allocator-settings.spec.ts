import { describe, expect, it } from 'vitest';
import { restartWithAllocatorSettings } from './allocator-settings.js';

/** The execve call a start would make, or undefined when it would go on as it is. */
function restartOf(env: NodeJS.ProcessEnv): { file: string; args: string[]; env: NodeJS.ProcessEnv } | undefined {
  let call: { file: string; args: string[]; env: NodeJS.ProcessEnv } | undefined;
  restartWithAllocatorSettings(env, ((file: string, args: string[], next: NodeJS.ProcessEnv) => {
    call = { file, args, env: next };
  }) as never);
  return call;
}

describe.runIf(process.platform === 'linux')('restartWithAllocatorSettings', () => {
  it('restarts the same command with both settings when neither is set, the rest of the environment kept', () => {
    const restart = restartOf({ PORT: '3000' });
    expect(restart).toEqual({
      file: process.execPath,
      args: [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      env: { PORT: '3000', MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '262144' },
    });
  });

  it('keeps a setting already given, adding only the missing one', () => {
    expect(restartOf({ MALLOC_MMAP_THRESHOLD_: '1048576' })?.env).toEqual({
      MALLOC_ARENA_MAX: '2',
      MALLOC_MMAP_THRESHOLD_: '1048576',
    });
  });

  it('goes on as it is with both set, as after its restart', () => {
    expect(restartOf({ MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '262144' })).toBeUndefined();
  });
});
