import { Command } from 'commander';
import { registerTransferCommands } from '../../src/cli/transfer-commands.js';
import { runCommand } from './cli.js';

/** Runs `savoir import` or `savoir export` as a plain script (the same command the savoir CLI registers). */
export function runTransferScript(name: 'import' | 'export'): void {
  const program = new Command('savoir');
  registerTransferCommands(program);
  const command = program.commands.find((c) => c.name() === name)!;
  runCommand(async () => {
    await program.parseAsync([name, ...process.argv.slice(2)], { from: 'user' });
    if (process.exitCode) process.exit(process.exitCode);
  }, command.helpInformation());
}
