import { build, type Metafile } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ADMIN_DIR } from '../src/modules/admin/admin-bundle.js';
import { WIDGET_BUNDLE } from '../src/modules/widget/widget-bundle.js';

const projectRoot = (): string => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return root.endsWith('dist') ? dirname(root) : root;
};

/** Written aside then renamed: a server (or a parallel test file) never reads a half-written file. */
function writeAtomically(path: string, contents: Uint8Array | string): void {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}

/** The issue's budget for the JavaScript of /admin's first load, gzipped. */
export const ADMIN_FIRST_LOAD_BUDGET = 300 * 1024;
/** The agent panel's: it loads in a desktop's sidebar next to the agent's other tools. */
export const AGENT_PANEL_BUDGET = 100 * 1024;

const gzipSize = (code: Uint8Array): number => gzipSync(code, { level: 9 }).length;

/** Bundles the FAQ widget (web/widget/src) into one minified script, dist/web/widget.js, served at /widget.js. */
export async function buildWidget(outfile = WIDGET_BUNDLE): Promise<{ bytes: number; gzipBytes: number }> {
  const source = join(projectRoot(), 'web/widget/src/index.ts');
  mkdirSync(dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [source],
    outfile: partial,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
  renameSync(partial, outfile);
  const code = readFileSync(outfile);
  return { bytes: code.length, gzipBytes: gzipSize(code) };
}

/** The files a browser loads before the application runs: the entry and the chunks it imports statically. */
function firstLoad(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return [...seen];
}

/** The pages of the back-office: each an entry of its own, sharing chunks (React) with the others. */
const ADMIN_PAGES = [
  { entry: 'main', source: 'web/admin/src/main.tsx', file: 'index.html', title: 'Savoir back-office' },
  // The agent panel sits in a desktop sidebar or iframe: its own small bundle, without the back-office's screens.
  { entry: 'agent', source: 'web/admin/src/agent/main.tsx', file: 'agent.html', title: 'Savoir agent panel' },
] as const;

export interface FirstLoad {
  firstLoadBytes: number;
  firstLoadGzipBytes: number;
}

function htmlPage(title: string, script: string, css: string | undefined): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${css ? `<link rel="stylesheet" href="${css}">\n` : ''}<script type="module" src="${script}"></script>
</head>
<body>
<div id="root"></div>
</body>
</html>
`;
}

/**
 * Bundles the back-office (web/admin/src, React) into dist/web/admin: index.html (the back-office), agent.html (the
 * agent panel) and assets/ named by content hash (screens loaded on demand are chunks of their own). Returns the
 * size of the JavaScript of each page's first load.
 */
export async function buildAdmin(outdir = ADMIN_DIR): Promise<FirstLoad & { agent: FirstLoad }> {
  const root = projectRoot();
  const assets = join(outdir, 'assets');
  mkdirSync(assets, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(ADMIN_PAGES.map((page) => [page.entry, join(root, page.source)])),
    outdir: assets,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const names = new Set<string>();
  for (const file of result.outputFiles) {
    names.add(basename(file.path));
    writeAtomically(file.path, file.contents);
  }
  const metafile = result.metafile;
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const url = (path: string) => `/admin/assets/${basename(path)}`;
  const sizes = ADMIN_PAGES.map((page) => {
    // Screens loaded on demand are entry points too, in esbuild's metafile: the page's is the one from its source.
    const entry = Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint === page.source)!;
    const css = metafile.outputs[entry].cssBundle;
    writeAtomically(join(outdir, page.file), htmlPage(page.title, url(entry), css && url(css)));
    const loaded = firstLoad(metafile, entry).map((path) => byPath.get(resolve(root, path))!);
    return {
      firstLoadBytes: loaded.reduce((sum, code) => sum + code.length, 0),
      firstLoadGzipBytes: loaded.reduce((sum, code) => sum + gzipSize(code), 0),
    };
  });
  // Assets of earlier builds go; a parallel build of the same sources writes the same names.
  for (const name of readdirSync(assets))
    if (!names.has(name) && !name.endsWith('.tmp')) rmSync(join(assets, name), { force: true });
  return { ...sizes[0], agent: sizes[1] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(`widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
  const admin = await buildAdmin();
  console.log(
    `admin first load: ${(admin.firstLoadBytes / 1024).toFixed(1)} KB of JavaScript, ${(admin.firstLoadGzipBytes / 1024).toFixed(1)} KB gzipped`,
  );
  console.log(
    `agent panel first load: ${(admin.agent.firstLoadBytes / 1024).toFixed(1)} KB of JavaScript, ${(admin.agent.firstLoadGzipBytes / 1024).toFixed(1)} KB gzipped`,
  );
  if (admin.firstLoadGzipBytes > ADMIN_FIRST_LOAD_BUDGET) {
    console.error(
      `The back-office's first load is over its budget of ${ADMIN_FIRST_LOAD_BUDGET / 1024} KB gzipped: load more screens on demand`,
    );
    process.exit(1);
  }
  if (admin.agent.firstLoadGzipBytes > AGENT_PANEL_BUDGET) {
    console.error(`The agent panel's first load is over its budget of ${AGENT_PANEL_BUDGET / 1024} KB gzipped`);
    process.exit(1);
  }
}
