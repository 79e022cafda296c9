import { Command } from 'commander';
import { SEARCH_ENGINE, SearchEngine } from '../modules/search/search-engine.js';
import { SearchIndexer } from '../modules/search/search-indexer.js';
import { SearchIndexSnapshots } from '../modules/search/search-index-snapshots.js';
import { CliContext, progressBar } from './context.js';

/**
 * `savoir reindex`: rebuilds the search index from the database (the source of truth), then moves the indexing
 * consumer to the outbox position the rebuild reflects, so that later changes are applied on top.
 */
export function registerReindexCommand(program: Command, context: CliContext): void {
  program
    .command('reindex')
    .description('rebuild the search index from the database')
    .action(async () => {
      const output = await context.withApp('reindex', async (app) => {
        const engine = app.get<SearchEngine>(SEARCH_ENGINE);
        const progress = progressBar('reindex', 'documents');
        const count = await app.get(SearchIndexer).rebuild(progress.update).finally(progress.stop);
        const note = !engine.ephemeral
          ? ''
          : app.get(SearchIndexSnapshots).enabled
            ? 'The in-process engine keeps its index in the memory of the running service; this index is stored in the data\n' +
              'directory as this command ends, and the service loads it at its next start.\n'
            : 'The in-process engine keeps its index in the memory of the running service, which builds it at its start:\n' +
              'this run rebuilt a throw-away index, checking that every live revision indexes.\n';
        return `${note}Indexed ${count} documents into the ${engine.name} engine.\n`;
      });
      context.out(output);
    });
}
