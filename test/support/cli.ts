import { DataSource } from 'typeorm';
import type { CliContext } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/program.js';
import type { TestApp } from './test-app.js';

/** Runs a `savoir` command line in this process, on the test application, and returns its exit code and output. */
export async function runCliOn(
  t: TestApp,
  args: string[],
): Promise<{ code: number | undefined; out: string; err: string }> {
  let out = '';
  let err = '';
  const context: CliContext = {
    withApp: (_command, task) => task(t.app, t.config),
    withDatabase: (_command, task) => task(t.app.get(DataSource), t.config),
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    env: {},
  };
  const code = await runCli(args, context);
  return { code, out, err };
}
