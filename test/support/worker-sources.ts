import { transformFile } from '@swc/core';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Worker threads cannot load the TypeScript sources the tests run from (Node does not run TypeScript, and module
 * hooks in workers crash Node 20 when a worker follows another). So the sources are compiled once, with SWC as
 * vitest does, into a temporary directory that the code starting workers finds in TS_WORKER_BUILD (see
 * workerModuleUrl), beside a link to the project's packages (the language analysis they load imports its stemmers).
 * Returns a function that removes the directory.
 */
export async function compileSourcesForWorkers(root: string): Promise<() => void> {
  const out = mkdtempSync(join(tmpdir(), 'savoir-workers-'));
  const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );
  await Promise.all(
    sources.map(async (file) => {
      const { code } = await transformFile(join(root, 'src', file), {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          target: 'es2022',
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'es6' },
      });
      const target = join(out, 'src', file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, code);
    }),
  );
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'), 'dir');
  process.env.TS_WORKER_BUILD = pathToFileURL(`${out}/`).href;
  return () => rmSync(out, { recursive: true, force: true });
}
