import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WIDGET_BUNDLE } from '../src/modules/widget/widget-bundle.js';

/** Bundles the FAQ widget (web/widget/src) into one minified script, dist/web/widget.js, served at /widget.js. */
export async function buildWidget(outfile = WIDGET_BUNDLE): Promise<{ bytes: number; gzipBytes: number }> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const source = join(root.endsWith('dist') ? dirname(root) : root, 'web/widget/src/index.ts');
  mkdirSync(dirname(outfile), { recursive: true });
  // Written aside then renamed: a server (or a parallel test file) never reads a half-written bundle.
  const partial = `${outfile}.${process.pid}.tmp`;
  await build({ entryPoints: [source], outfile: partial, bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'none', logLevel: 'warning' });
  renameSync(partial, outfile);
  const code = readFileSync(outfile);
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(`widget.js: ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`);
}
