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

const gzipSize = (code: Uint8Array): number => gzipSync(code, { level: 9 }).length;

/** Bundles the FAQ widget (web/widget/src) into one minified script, dist/web/widget.js, served at /widget.js. */
export async function buildWidget(outfile = WIDGET_BUNDLE): Promise<{ bytes: number; gzipBytes: number }> {
  const source = join(projectRoot(), 'web/widget/src/index.ts');
  mkdirSync(dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}.tmp`;
  await build({ entryPoints: [source], outfile: partial, bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'none', logLevel: 'warning' });
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
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return [...seen];
}

/**
 * Bundles the back-office (web/admin/src, React) into dist/web/admin: index.html and assets/ named by content hash
 * (screens loaded on demand are chunks of their own). Returns the size of the JavaScript of the first load.
 */
export async function buildAdmin(outdir = ADMIN_DIR): Promise<{ firstLoadBytes: number; firstLoadGzipBytes: number }> {
  const root = projectRoot();
  const assets = join(outdir, 'assets');
  mkdirSync(assets, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: join(root, 'web/admin/src/main.tsx') },
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
  // Screens loaded on demand are entry points too, in esbuild's metafile: the application's is the one from main.tsx.
  const entry = Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint === 'web/admin/src/main.tsx')!;
  const css = metafile.outputs[entry].cssBundle;
  const url = (path: string) => `/admin/assets/${basename(path)}`;
  writeAtomically(
    join(outdir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Savoir back-office</title>
${css ? `<link rel="stylesheet" href="${url(css)}">\n` : ''}<script type="module" src="${url(entry)}"></script>
</head>
<body>
<div id="root"></div>
</body>
</html>
`,
  );
  // Assets of earlier builds go; a parallel build of the same sources writes the same names.
  for (const name of readdirSync(assets)) if (!names.has(name) && !name.endsWith('.tmp')) rmSync(join(assets, name), { force: true });
  const byPath = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const loaded = firstLoad(metafile, entry).map((path) => byPath.get(resolve(root, path))!);
  return { firstLoadBytes: loaded.reduce((sum, code) => sum + code.length, 0), firstLoadGzipBytes: loaded.reduce((sum, code) => sum + gzipSize(code), 0) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(`widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
  const admin = await buildAdmin();
  console.log(`admin first load: ${(admin.firstLoadBytes / 1024).toFixed(1)} KB of JavaScript, ${(admin.firstLoadGzipBytes / 1024).toFixed(1)} KB gzipped`);
  if (admin.firstLoadGzipBytes > ADMIN_FIRST_LOAD_BUDGET) {
    console.error(`The back-office's first load is over its budget of ${ADMIN_FIRST_LOAD_BUDGET / 1024} KB gzipped: load more screens on demand`);
    process.exit(1);
  }
}
