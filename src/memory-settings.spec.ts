import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restartWithMemorySettings } from './memory-settings.js';

const NODE_24_V8 = '13.6.233.17-node.63';
const NODE_20_V8 = '11.3.244.8-node.38';
const BOTH_VARIABLES = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '262144' };

interface Restart {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** The execve call a start would make, or undefined when it would go on as it is. */
function restartOf(env: NodeJS.ProcessEnv, v8Version = NODE_20_V8, execArgv: string[] = []): Restart | undefined {
  let call: Restart | undefined;
  const execve = (file: string, args: string[], next: NodeJS.ProcessEnv) => {
    call = { file, args, env: next };
  };
  restartWithMemorySettings(env, execve as never, execArgv, v8Version);
  return call;
}

describe.runIf(process.platform === 'linux')('restartWithMemorySettings', () => {
  it('restarts the same command with both allocator settings when neither is set, the rest of the environment kept', () => {
    expect(restartOf({ PORT: '3000' }, NODE_20_V8, ['--enable-source-maps'])).toEqual({
      file: process.execPath,
      args: [process.execPath, '--enable-source-maps', ...process.argv.slice(1)],
      env: { PORT: '3000', ...BOTH_VARIABLES },
    });
  });

  it('keeps an allocator setting already given, adding only the missing one', () => {
    expect(restartOf({ MALLOC_MMAP_THRESHOLD_: '1048576' })?.env).toEqual({
      MALLOC_ARENA_MAX: '2',
      MALLOC_MMAP_THRESHOLD_: '1048576',
    });
  });

  it('goes on as it is with both set on Node 20, as after its restart', () => {
    expect(restartOf({ MALLOC_ARENA_MAX: '8', MALLOC_MMAP_THRESHOLD_: '262144' })).toBeUndefined();
  });

  it("on Node 24's V8, also adds the young generation's size and Liftoff only, before the command's own options", () => {
    expect(restartOf(BOTH_VARIABLES, NODE_24_V8, ['--enable-source-maps'])?.args).toEqual([
      process.execPath,
      '--max-semi-space-size=8',
      '--liftoff-only',
      '--enable-source-maps',
      ...process.argv.slice(1),
    ]);
    expect(restartOf(BOTH_VARIABLES, NODE_24_V8, ['--max-semi-space-size=16', '--liftoff-only'])).toBeUndefined();
  });

  it('keeps a V8 option given with any value, negated, in the command or in NODE_OPTIONS', () => {
    expect(restartOf(BOTH_VARIABLES, NODE_24_V8, ['--max_semi_space_size=64', '--no-liftoff-only'])).toBeUndefined();
    const restart = restartOf({ ...BOTH_VARIABLES, NODE_OPTIONS: '--max-semi-space-size=32' }, NODE_24_V8);
    expect(restart?.args).toEqual([process.execPath, '--liftoff-only', ...process.argv.slice(1)]);
    expect(restart?.env.NODE_OPTIONS).toBe('--max-semi-space-size=32');
    expect(restartOf({ ...BOTH_VARIABLES, NODE_OPTIONS: '"--max-semi-space-size=32"' }, NODE_24_V8)?.args).toEqual(
      restart?.args,
    );
  });

  it("takes the user's own WebAssembly tiering as a choice, not adding Liftoff only over it", () => {
    expect(restartOf(BOTH_VARIABLES, NODE_24_V8, ['--max-semi-space-size=16', '--no-liftoff'])).toBeUndefined();
    expect(restartOf(BOTH_VARIABLES, NODE_24_V8, ['--max-semi-space-size=16', '--wasm-tier-up'])).toBeUndefined();
  });

  it('goes on as it is, with a warning, when the restart fails', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      const failing = () => {
        throw new Error('EACCES');
      };
      expect(() => restartWithMemorySettings({}, failing as never, [], NODE_20_V8)).not.toThrow();
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual(['could not restart with the memory settings: Error: EACCES']);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('letWorkersSizeTheirYoungGeneration', () => {
  // Node 24 runs the TypeScript module as it is (type stripping); NODE_WITH_EXECVE is the Node 24 that .ci/run fetches.
  const node24 = process.env.NODE_WITH_EXECVE;
  it.skipIf(!node24)(
    "gives workers the young generation of their limits on Node 24, started with the main thread's option",
    () => {
      const module = fileURLToPath(new URL('./memory-settings.ts', import.meta.url));
      // Makes garbage, then says how large the thread's new space grew (MB).
      const newSpaceAfterGarbage = `
        let kept = [];
        for (let i = 0; i < 2000000; i += 1) { kept.push({ i, text: 'x' + i }); if (kept.length > 100000) kept = []; }
        const newSpaceMb = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 1048576;`;
      const worker = `import { getHeapSpaceStatistics } from 'node:v8';
        import { parentPort } from 'node:worker_threads';
        ${newSpaceAfterGarbage}
        parentPort.postMessage(newSpaceMb);`;
      const script = `import { Worker } from 'node:worker_threads';
        import { getHeapSpaceStatistics } from 'node:v8';
        import { letWorkersSizeTheirYoungGeneration } from ${JSON.stringify(module)};
        letWorkersSizeTheirYoungGeneration();
        const worker = new Worker(${JSON.stringify(worker)}, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
        const workerMb = await new Promise((resolve) => worker.once('message', resolve));
        ${newSpaceAfterGarbage}
        console.log(JSON.stringify({ workerMb, mainMb: newSpaceMb }));`;
      const output = execFileSync(node24!, ['--max-semi-space-size=16', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const { workerMb, mainMb } = JSON.parse(output) as { workerMb: number; mainMb: number };
      // The worker's new space is its limit, 8 MB, give or take a few pages (8.75 once in CI, under load); without
      // letWorkersSizeTheirYoungGeneration it is the main thread's 32.
      expect(workerMb).toBeLessThan(16);
      // The main thread keeps the young generation of its option (two semi-spaces of up to 16 MB).
      expect(mainMb).toBeGreaterThanOrEqual(16);
    },
  );
});
