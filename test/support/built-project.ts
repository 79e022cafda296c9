import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Written last by `npm run build`: its time is the build's. */
const BUILD_STAMP = join(ROOT, 'dist', 'embedded-template.tar.gz');
const INPUTS = ['src', 'migrations', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
const LOCK = join(ROOT, 'node_modules', '.cache', 'savoir-build.lock');

function newestInput(): number {
  let newest = 0;
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    const files = statSync(path).isDirectory() ? (readdirSync(path, { recursive: true }) as string[]).map((file) => join(path, file)) : [path];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function isCurrent(): boolean {
  try {
    return statSync(BUILD_STAMP).mtimeMs >= newestInput();
  } catch {
    return false;
  }
}

/**
 * The project as `npm install` built it (dist/), for tests that run it as a process: rebuilt only when a source is
 * newer than the build, once for all the test files that ask at the same time (a lock directory serialises them).
 * Returns the path of a built file, e.g. `builtProject('src/cli/main.js')`.
 */
export async function builtProject(file: string): Promise<string> {
  mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than the longest build is a leftover.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 300_000) rmdirSync(LOCK);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!isCurrent()) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    rmdirSync(LOCK);
  }
  return join(ROOT, 'dist', file);
}
