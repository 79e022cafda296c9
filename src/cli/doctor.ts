import { Command } from 'commander';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppConfig, ConfigError, embeddedDataDir, usesDatabaseServer } from '../config/app-config.js';
import { dataDirHolder, describeHolder } from '../database/data-dir-lock.js';
import { SEARCH_ENGINE, SearchEngine } from '../modules/search/search-engine.js';
import { QuestionIndex } from '../modules/matcher/question-index.js';
import { CliContext, cliConfig, CommandFailed } from './context.js';
import { migrationStates } from './migrate.js';

export type CheckStatus = 'PASS' | 'WARN' | 'FAIL' | 'SKIP';

export interface Check {
  status: CheckStatus;
  subject: string;
  detail: string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The nearest directory that exists on the way to `path`: where a new data directory would be created. */
function existingAncestor(path: string): string {
  let dir = resolve(path);
  while (!existsSync(dir)) dir = dirname(dir);
  return dir;
}

function databaseName(config: AppConfig): string {
  if (!usesDatabaseServer(config)) return `embedded database in ${resolve(config.DATA_DIR)}`;
  if (!config.DATABASE_URL)
    return `PostgreSQL at ${config.DATABASE_HOST}:${config.DATABASE_PORT}/${config.DATABASE_NAME ?? ''}`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

/**
 * The database check. Returns the check and whether the application can be opened for the checks after it: not
 * when another process holds the embedded database (that process is checked instead), there is none yet, or
 * migrations are pending (the doctor changes nothing).
 */
async function checkDatabase(context: CliContext, config: AppConfig): Promise<{ check: Check; next?: string }> {
  const subject = 'database';
  const dataDir = embeddedDataDir(config);
  if (dataDir) {
    const holder = dataDirHolder(dataDir);
    if (holder?.command === 'server' && holder.port !== undefined) {
      const ready = await fetch(`http://127.0.0.1:${holder.port}/health/ready`, {
        signal: AbortSignal.timeout(3_000),
      }).then(
        (response) => response.ok,
        () => false,
      );
      const detail = `${databaseName(config)}, held by ${describeHolder(holder)}`;
      return ready
        ? {
            check: { status: 'PASS', subject, detail: `${detail}, which answers ready` },
            next: 'the running server holds the database',
          }
        : {
            check: {
              status: 'FAIL',
              subject,
              detail: `${detail}, which does not answer /health/ready on port ${holder.port}`,
            },
          };
    }
    if (holder) {
      return {
        check: {
          status: 'WARN',
          subject,
          detail: `${databaseName(config)} is in use by ${describeHolder(holder)}: run the doctor again once it ends`,
        },
        next: 'the database is in use',
      };
    }
    if (!existsSync(join(config.DATA_DIR, 'PG_VERSION'))) {
      const parent = existingAncestor(config.DATA_DIR);
      try {
        accessSync(parent, constants.W_OK);
      } catch {
        return {
          check: {
            status: 'FAIL',
            subject,
            detail: `${resolve(config.DATA_DIR)} does not exist and ${parent} is not writable: the database cannot be created`,
          },
        };
      }
      return {
        check: {
          status: 'PASS',
          subject,
          detail: `${resolve(config.DATA_DIR)} holds no database yet: it is created at the first start`,
        },
        next: 'no database yet',
      };
    }
  }
  try {
    const states = await context.withDatabase('doctor', migrationStates);
    const pending = states.filter((state) => !state.applied).length;
    const detail = `${databaseName(config)} answers; ${states.length - pending} migrations applied, ${pending} pending`;
    if (pending > 0)
      return {
        check: {
          status: 'WARN',
          subject,
          detail: `${detail} (applied at the next start, or by \`savoir migrate up\`)`,
        },
        next: 'migrations are pending',
      };
    return { check: { status: 'PASS', subject, detail } };
  } catch (error) {
    return { check: { status: 'FAIL', subject, detail: `${databaseName(config)}: ${message(error)}` } };
  }
}

/** The search engine and the question matcher, as the application sees them once started. */
async function checkServices(context: CliContext): Promise<Check[]> {
  try {
    return await context.withApp('doctor', async (app) => {
      const health = await app.get<SearchEngine>(SEARCH_ENGINE).health();
      const search: Check = health.ready
        ? {
            status: 'PASS',
            subject: 'search engine',
            detail: `${health.engine} ready${health.detail ? ` (${health.detail})` : ''}`,
          }
        : {
            status: 'FAIL',
            subject: 'search engine',
            detail: `${health.engine} not ready${health.detail ? `: ${health.detail}` : ''}`,
          };
      const index = app.get(QuestionIndex);
      await index.current();
      const state = index.state();
      const known = state && state.articles + state.freshArticles;
      const model: Check = !state
        ? { status: 'FAIL', subject: 'question matcher', detail: 'could not be trained (see the log above)' }
        : known === 0
          ? {
              status: 'WARN',
              subject: 'question matcher',
              detail:
                'no live article to train on: every question to /v1/answers is handed off (publish articles, or `savoir seed demo`)',
            }
          : {
              status: 'PASS',
              subject: 'question matcher',
              detail:
                `model of event ${state.version} ${state.source === 'loaded' ? 'loaded from the database' : 'trained by this instance'} (trained ${state.trainedAt.toISOString()} in ${(state.trainingMs / 1000).toFixed(1)} s), ` +
                `${state.articles} live article translations in ${state.locales} locale(s); fresh tier: ${state.freshArticles} changed since`,
            };
      return [search, model];
    });
  } catch (error) {
    return [{ status: 'FAIL', subject: 'application', detail: `could not start: ${message(error)}` }];
  }
}

/** Every check, in order; later ones are skipped when an earlier one makes them meaningless. */
export async function runDoctor(context: CliContext): Promise<Check[]> {
  let config: AppConfig;
  try {
    config = cliConfig(context.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [{ status: 'FAIL', subject: 'configuration', detail: error.message.replace(/\n\s*/g, ' ') }];
  }
  const checks: Check[] = [
    {
      status: 'PASS',
      subject: 'configuration',
      detail: `valid: ${databaseName(config)}, ${config.MEILI_URL ? `Meilisearch at ${config.MEILI_URL}` : 'in-process search engine'}`,
    },
  ];
  const database = await checkDatabase(context, config);
  checks.push(database.check);
  const skipped = database.next ?? (database.check.status === 'FAIL' ? 'the database cannot be opened' : undefined);
  if (skipped) {
    for (const subject of ['search engine', 'question matcher'])
      checks.push({ status: 'SKIP', subject, detail: `not checked: ${skipped}` });
    return checks;
  }
  checks.push(...(await checkServices(context)));
  return checks;
}

export function formatChecks(checks: Check[]): string {
  const width = Math.max(...checks.map((check) => check.subject.length));
  const failed = checks.filter((check) => check.status === 'FAIL').length;
  return (
    checks.map((check) => `${check.status}  ${check.subject.padEnd(width)}  ${check.detail}\n`).join('') +
    (failed === 0 ? 'No problem found.\n' : `${failed} problem(s) found.\n`)
  );
}

export function registerDoctorCommand(program: Command, context: CliContext): void {
  program
    .command('doctor')
    .description('check the configuration, database, search engine and question matcher; exit code 1 on any failure')
    .action(async () => {
      const checks = await runDoctor(context);
      context.out(formatChecks(checks));
      if (checks.some((check) => check.status === 'FAIL')) throw new CommandFailed();
    });
}
