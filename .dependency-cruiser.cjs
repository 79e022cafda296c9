/**
 * The dependency rules CI holds the code to (`npm run lint:deps`). Layers, from the bottom: common, config and
 * database; the feature modules (src/modules/<name>); the GraphQL root and the application (src/graphql, app.ts,
 * app.module.ts, main.ts). A module's tables are its own: others go through its exported services and repositories
 * (e.g. articles' LiveArticles, taxonomy's CategoryTree, analytics' ServedCounts), never its entities; the SQL they
 * write is held to the same rule by scripts/check-table-owners.ts (also run by `npm run lint:deps`).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle, type-only imports included: a circle makes two files one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'base-below-modules',
      severity: 'error',
      comment: 'common, config and database sit below the feature modules and must not import them.',
      from: { path: '^src/(common|config|database)/' },
      to: { path: '^src/(modules|graphql|app\\.ts|app\\.module\\.ts|main\\.ts)' },
    },
    {
      name: 'modules-below-application',
      severity: 'error',
      comment: 'Feature modules must not import the application or the GraphQL root that assemble them.',
      from: { path: '^src/modules/' },
      to: { path: '^src/(app\\.ts|app\\.module\\.ts|main\\.ts|graphql/(graphql\\.module|loaders|context)\\.ts)$' },
    },
    {
      name: 'own-tables-only',
      severity: 'error',
      comment:
        "A module reads another module's tables through that module's exported services and repositories, not its " +
        'entities (importing an entity as a type only, to name what a service returns, is fine).',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/.+\\.entity\\.ts$', pathNot: '^src/modules/$1/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
