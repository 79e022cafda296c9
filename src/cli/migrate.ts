import { Command, InvalidArgumentError } from 'commander';
import type { DataSource } from 'typeorm';
import { appliedMigrations, runMigrationsLocked } from '../database/migrate.js';
import { CliContext } from './context.js';

export interface MigrationState {
  name: string;
  applied: boolean;
}

/** Every migration of this version, in order, and whether the database has it (none before the first start). */
export async function migrationStates(dataSource: DataSource): Promise<MigrationState[]> {
  const applied = new Set(await appliedMigrations(dataSource));
  return dataSource.migrations.map((migration) => {
    const name = migration.name ?? migration.constructor.name;
    return { name, applied: applied.has(name) };
  });
}

const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number, 1 or more');
  return n;
};

export function registerMigrateCommands(program: Command, context: CliContext): void {
  const migrate = program
    .command('migrate')
    .description('the database schema (the server also applies pending migrations at start)');
  migrate
    .command('status')
    .description('list the migrations, applied or pending')
    .action(async () => {
      const states = await context.withDatabase('migrate status', migrationStates);
      const pending = states.filter((state) => !state.applied).length;
      context.out(
        states.map((state) => `  ${state.applied ? 'applied' : 'pending'}  ${state.name}\n`).join('') +
          `${states.length - pending} applied, ${pending} pending.\n`,
      );
    });
  migrate
    .command('up')
    .description('apply every pending migration')
    .action(async () => {
      const applied = await context.withDatabase('migrate up', runMigrationsLocked);
      context.out(
        applied.length === 0
          ? 'Nothing to apply: the schema is up to date.\n'
          : applied.map((m) => `  applied  ${m.name}\n`).join(''),
      );
    });
  migrate
    .command('down')
    .description('revert the last applied migration(s); a server started afterwards applies them again')
    .option('--steps <n>', 'how many migrations to revert', positive, 1)
    .action(async (options: { steps: number }) => {
      const reverted = await context.withDatabase('migrate down', async (dataSource) => {
        const names: string[] = [];
        for (const state of (await migrationStates(dataSource))
          .filter((s) => s.applied)
          .reverse()
          .slice(0, options.steps)) {
          await dataSource.undoLastMigration({ transaction: 'each' });
          names.push(state.name);
        }
        return names;
      });
      context.out(
        reverted.length === 0
          ? 'Nothing to revert: no migration is applied.\n'
          : reverted.map((name) => `  reverted  ${name}\n`).join(''),
      );
    });
}
