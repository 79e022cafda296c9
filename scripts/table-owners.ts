/**
 * Which module owns each table, and the modules whose SQL touches a table they do not own. A table's owner is the
 * module whose entity maps it (`@Entity('name')` under src/modules/<owner>/), or, for the tables without an entity,
 * the short list below. Other modules read and write it through the owner's exported services and repositories: that
 * coupling shows as an import, which dependency-cruiser checks (.dependency-cruiser.cjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { entityTables, tablesInSource } from './sql-tables.js';

/** Owners of the tables without an entity. A name ending in `*` stands for every table it begins. */
export const OWNED_WITHOUT_ENTITY: Record<string, string[]> = {
  // The usage log (written by served-log, see PART_OF), what clients report on it, and the rollups counted from both.
  analytics: ['served_answers', 'searches', 'feedback', 'client_events', 'analytics_*', 'gap_topic*'],
  matcher: ['matcher_models', 'matcher_training_lease'],
  // Every version of a channel profile, written with each change (what a served text is rendered again with).
  channels: ['channel_profile_versions'],
};

/** TypeORM's own bookkeeping, owned by no module. */
export const UNOWNED = ['migrations'];

/**
 * Modules that are part of another's concept and share its tables. served-log is the write path of analytics'
 * usage log (served_answers, searches): a module of its own, global, so that serving and search can log without
 * importing analytics' reports; analytics reads, erases and rolls up what it wrote.
 */
export const PART_OF: Record<string, string> = { 'served-log': 'analytics' };

/**
 * Files that build a table's name (`FROM ${table}`), with the tables they name that way: the scan cannot read a
 * substitution, so each such file says here what it touches, and the owners are checked as for a written name.
 */
export const BUILT_NAMES: Record<string, string[]> = {
  'src/modules/served-log/served-log.service.ts': ['served_answers', 'searches'],
  'src/modules/analytics/ingest.service.ts': ['served_answers', 'searches'],
  'src/modules/analytics/rollup.service.ts': ['analytics_*'],
  'src/modules/analytics/reports.service.ts': ['analytics_*'],
  // The FAQ ranking joins its scores as a subquery or, ranked in slices, as a CTE: no table is named.
  'src/modules/articles/live-articles.ts': [],
};

/**
 * Files allowed to touch other modules' tables for now, with the reason. A file listed here that no longer needs it
 * fails the check, so the list cannot outlive its reason.
 */
export const EXEMPT: Record<string, string> = {};

export interface Violation {
  file: string;
  line: number;
  table: string;
  module: string;
  owner: string;
}

export class TableOwners {
  private readonly exact = new Map<string, string>();
  private readonly prefixes: [string, string][] = [];

  constructor(entityOwners: Map<string, string>) {
    for (const [table, owner] of entityOwners) this.exact.set(table, owner);
    for (const [owner, tables] of Object.entries(OWNED_WITHOUT_ENTITY)) {
      for (const table of tables) {
        if (table.endsWith('*')) this.prefixes.push([table.slice(0, -1), owner]);
        else this.exact.set(table, owner);
      }
    }
  }

  /** The module owning a table (or every table a `prefix_*` pattern stands for); undefined for a name that is none. */
  ownerOf(table: string): string | undefined {
    return this.exact.get(table) ?? this.prefixes.find(([prefix]) => table.startsWith(prefix))?.[1];
  }

  /** The tables named explicitly (entities and the list above). */
  get namedTables(): string[] {
    return [...this.exact.keys()];
  }
}

/** A feature module's name; for the rest of src/ (CLI, database, GraphQL root), which owns no table, its folder. */
const moduleOf = (file: string): string => {
  const parts = file.split('/');
  return parts[1] === 'modules' ? parts[2] : parts.slice(0, -1).join('/');
};

/** The module a module's tables are counted under. */
const conceptOf = (module: string): string => PART_OF[module] ?? module;

/** The TypeScript sources under src/ (tests aside), as paths relative to `root` with `/`. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name))
        files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, 'src'));
  return files.sort();
}

export function loadOwners(root: string, files = sourceFiles(root)): TableOwners {
  const owners = new Map<string, string>();
  for (const file of files.filter((f) => f.startsWith('src/modules/'))) {
    for (const table of entityTables(readFileSync(join(root, file), 'utf8'), file)) owners.set(table, moduleOf(file));
  }
  return new TableOwners(owners);
}

/** Every place SQL under src/ touches a table another module owns, and the problems of the lists above. */
export function checkTableOwners(root: string): { violations: Violation[]; problems: string[] } {
  const files = sourceFiles(root);
  const owners = loadOwners(root, files);
  const violations: Violation[] = [];
  const problems: string[] = [];
  const exemptUsed = new Set<string>();
  for (const file of files) {
    const module = moduleOf(file);
    const references = tablesInSource(readFileSync(join(root, file), 'utf8'), file);
    const built = references.filter((r) => r.table === null);
    if (built.length > 0 && !BUILT_NAMES[file])
      problems.push(
        `${file}:${built[0].line}: builds a table name (\`FROM \${...}\`): list the tables it names in BUILT_NAMES`,
      );
    if (built.length === 0 && BUILT_NAMES[file])
      problems.push(`${file}: builds no table name; remove it from BUILT_NAMES`);
    const named = [
      ...references.filter((r): r is { table: string; line: number } => r.table !== null),
      ...(built.length > 0 ? (BUILT_NAMES[file] ?? []).map((table) => ({ table, line: built[0].line })) : []),
    ];
    for (const { table, line } of named) {
      const owner = owners.ownerOf(table);
      if (owner === undefined || conceptOf(owner) === conceptOf(module)) continue;
      if (EXEMPT[file]) exemptUsed.add(file);
      else violations.push({ file, line, table, module, owner });
    }
  }
  for (const file of Object.keys(EXEMPT))
    if (!exemptUsed.has(file)) problems.push(`${file}: touches no other module's table; remove it from EXEMPT`);
  for (const file of Object.keys(BUILT_NAMES))
    if (!files.includes(file)) problems.push(`${file}: no such file; remove it from BUILT_NAMES`);
  return { violations, problems };
}
