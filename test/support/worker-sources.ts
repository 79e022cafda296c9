import { transformFile } from '@swc/core';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Worker threads and child processes cannot load the TypeScript sources the tests run from (Node does not run
 * TypeScript, and module hooks in workers crash Node 20 when a worker follows another). So the sources (src and
 * migrations) are compiled once per test run, with SWC as vitest does, into a directory that the code starting
 * workers finds in TS_WORKER_BUILD (see MatcherTrainer), and that tests run as processes (see `builtFile`). The
 * directory is under node_modules/.cache, so that the compiled code finds the project's packages. Returns a
 * function that removes it.
 */
export async function compileSourcesForWorkers(root: string): Promise<() => void> {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'savoir-test-build-'));
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const sources = ['src', 'migrations'].flatMap((dir) =>
    (readdirSync(join(root, dir), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts')).map((file) => join(dir, file)),
  );
  await Promise.all(
    sources.map(async (file) => {
      const { code } = await transformFile(join(root, file), {
        jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022', transform: { legacyDecorator: true, decoratorMetadata: true } },
        module: { type: 'es6' },
      });
      const target = join(out, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code);
    }),
  );
  process.env.TS_WORKER_BUILD = pathToFileURL(`${out}/`).href;
  return () => rmSync(out, { recursive: true, force: true });
}

/** A file of the compiled build, e.g. `builtFile('src/cli/main.js')` to run in a child process. */
export function builtFile(path: string): string {
  return fileURLToPath(new URL(path, process.env.TS_WORKER_BUILD));
}
