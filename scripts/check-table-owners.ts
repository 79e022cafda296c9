/**
 * Fails when a feature module's SQL touches a table another module owns, or code outside the modules (CLI, database,
 * GraphQL root) touches any (see table-owners.ts for the owners and how they are found). Run by `npm run lint:deps`,
 * next to dependency-cruiser's import rules.
 */
import { fileURLToPath } from 'node:url';
import { checkTableOwners } from './table-owners.js';

// Compiled to dist/scripts/: the project is two levels up.
const root = fileURLToPath(new URL('../..', import.meta.url));
const { violations, problems } = checkTableOwners(root);
for (const v of violations)
  console.error(
    `${v.file}:${v.line}: ${v.module} touches "${v.table}", owned by ${v.owner}: ` +
      'go through its exported services or repositories',
  );
for (const problem of problems) console.error(problem);
if (violations.length + problems.length > 0) {
  console.error(`table owners: ${violations.length} violation(s), ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('table owners: every module touches only its own tables');
