import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import cliProgress from 'cli-progress';
import { AppModule } from '../src/app.module.js';
import { createLogger } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { SearchIndexer } from '../src/modules/search/search-indexer.js';
import { SEARCH_ENGINE, SearchEngine } from '../src/modules/search/search-engine.js';

/**
 * `npm run reindex`: rebuilds the search index from the database (the source of truth), with a progress bar, then
 * moves the indexing consumer to the outbox position the rebuild reflects, so that later changes are applied on top.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env, process.env.LOG_LEVEL ? {} : { LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config }), { logger: createLogger(config) });
  try {
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    if (engine.ephemeral) {
      process.stdout.write(
        'The in-process engine keeps its index in the memory of the running service, which rebuilds it from the database at every start;\n' +
          'this run rebuilds a throw-away index to check that every live revision indexes.\n',
      );
    }
    const bar = new cliProgress.SingleBar({ format: 'reindex [{bar}] {percentage}% | {value}/{total} documents | {duration}s', hideCursor: true }, cliProgress.Presets.shades_classic);
    let started = false;
    const count = await app.get(SearchIndexer).rebuild(({ done, total }) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    });
    bar.stop();
    process.stdout.write(`Indexed ${count} documents into the ${engine.name} engine.\n`);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `reindex failed: ${error?.stack ?? error}`}\n`);
  process.exit(error instanceof ConfigError ? 78 : 1);
});
