import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Boots the application on a throw-away in-memory database (what the generated files are made from). */
export const THROWAWAY_APP_ENV = {
  DATA_DIR: 'memory://',
  LOG_LEVEL: 'warn',
  SCHEDULER_INTERVAL_MS: 3_600_000,
} as const;

/**
 * A file generated from the code and committed (schema.graphql, the back-office's API types): rewrites it with
 * `write`, else fails (exit 1) when the committed one differs, naming the first different line and the command to run.
 */
export function writeOrCheck(
  path: string,
  expected: string,
  options: { write: boolean; source: string; command: string },
): void {
  const file = resolve(process.cwd(), path);
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (options.write) {
    writeFileSync(file, expected);
    process.stdout.write(`${path} ${committed === expected ? 'unchanged' : 'updated'}\n`);
  } else if (committed !== expected) {
    const [a, b] = [committed.split('\n'), expected.split('\n')];
    const line = a.findIndex((text, i) => text !== b[i]);
    process.stderr.write(
      `${path} is out of date with the ${options.source} (first difference at line ${line + 1}:\n  committed: ${JSON.stringify(a[line] ?? null)}\n  code:      ${JSON.stringify(b[line] ?? null)}).\nRun \`${options.command}\` and commit the result.\n`,
    );
    process.exit(1);
  } else {
    process.stdout.write(`${path} matches the ${options.source}\n`);
  }
}
