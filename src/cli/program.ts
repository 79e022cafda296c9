import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { DataDirLockedError } from '../database/data-dir-lock.js';
import { startServer } from '../server.js';
import { CliContext, CommandFailed, processContext, UnavailableError, UsageError } from './context.js';
import { registerDoctorCommand } from './doctor.js';
import { registerKeyCommands } from './keys.js';
import { registerMigrateCommands } from './migrate.js';
import { registerReindexCommand } from './reindex.js';
import { registerSeedCommands } from './seed.js';
import { registerTransferCommands } from './transfer-commands.js';

/** Exit codes of sysexits.h that scripts can tell apart. */
export const EXIT = { ok: 0, failed: 1, usage: 64, unavailable: 69, config: 78 } as const;

/** The `savoir` command and its subcommands. */
export function createProgram(context: CliContext): Command {
  const program = new Command('savoir')
    .description('Savoir, the knowledge base for contact centres. Settings come from the environment (see the README).')
    .showHelpAfterError('(add --help for the usage)')
    .exitOverride()
    .configureOutput({ writeOut: context.out, writeErr: context.err });
  program
    .command('serve')
    .description('start the service (what `npm start` runs)')
    .action(async () => {
      await startServer(loadConfig(context.env));
    });
  registerMigrateCommands(program, context);
  registerSeedCommands(program, context);
  registerKeyCommands(program, context);
  registerReindexCommand(program, context);
  registerDoctorCommand(program, context);
  registerTransferCommands(program, context);
  return program;
}

function exitCodeOf(error: unknown, context: CliContext): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof CommandFailed) return EXIT.failed;
  if (error instanceof UsageError) {
    context.err(`error: ${error.message}\n(add --help for the usage)\n`);
    return EXIT.usage;
  }
  if (error instanceof ConfigError || error instanceof UnavailableError || error instanceof DataDirLockedError) {
    context.err(`${error.message}\n`);
    return error instanceof ConfigError ? EXIT.config : EXIT.unavailable;
  }
  context.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.failed;
}

/**
 * Runs the command line `args` (without node and the script) and returns its exit code, or undefined for `serve`,
 * whose process goes on serving until a signal stops it.
 */
export async function runCli(args: string[], context: CliContext = processContext): Promise<number | undefined> {
  const program = createProgram(context);
  let command: string | undefined;
  program.hook('preAction', (_program, action) => {
    command = action.name();
  });
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    return exitCodeOf(error, context);
  }
  return command === 'serve' ? undefined : EXIT.ok;
}
