import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Written last by `npm run build`: its time is the build's. */
const BUILD_STAMP = join(ROOT, 'dist', 'embedded-template.tar.gz');
const INPUTS = ['src', 'migrations', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestInput(): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    const files = statSync(path).isDirectory()
      ? (readdirSync(path, { recursive: true }) as string[]).map((file) => join(path, file))
      : [path];
    for (const file of files) {
      const { mtimeMs } = statSync(file);
      if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  }
  return newest;
}

/**
 * The project as `npm install` built it (dist/), for tests that run it as a process: the path of a built file, e.g.
 * `builtProject('src/cli/main.js')`. The tests never build (a build inside a test file cost minutes of `npm test` on a
 * busy machine); a build older than a source fails the test file at once, naming the command to run, rather than
 * testing stale code.
 */
export function builtProject(file: string): string {
  const built = statSync(BUILD_STAMP, { throwIfNoEntry: false });
  const newest = newestInput();
  if (!built || built.mtimeMs < newest.mtimeMs) {
    throw new Error(
      `dist/ is ${built ? `older than ${newest.file.slice(ROOT.length)}` : 'missing'}: run \`npm run build\` before these tests`,
    );
  }
  return join(ROOT, 'dist', file);
}
