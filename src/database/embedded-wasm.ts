import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let compiling: Promise<WebAssembly.Module | undefined> | undefined;

/**
 * Starts compiling the embedded database's WebAssembly (PostgreSQL, 9 MB) on V8's background threads. PGlite compiles
 * it itself when the database opens, once every module of the server has loaded, and the start waited for it (0.1-0.4 s
 * of a warm start); started before those modules load, the compilation runs beside their loading. A failure leaves the
 * compilation to PGlite, as before.
 */
export function precompileEmbeddedDatabase(): void {
  const wasm = join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), 'pglite.wasm');
  // Never rejected: nothing may await it (a start that fails before opening the database).
  compiling ??= readFile(wasm)
    .then((bytes) => WebAssembly.compile(bytes))
    .catch(() => undefined);
}

/** The module `precompileEmbeddedDatabase` compiled, once compiled (undefined if it was not started or failed). */
export const precompiledEmbeddedDatabase = (): Promise<WebAssembly.Module | undefined> =>
  compiling ?? Promise.resolve(undefined);
