import { setFlagsFromString } from 'node:v8';
import { letWorkersSizeTheirYoungGeneration, restartWithMemorySettings } from './memory-settings.js';
import { cacheCompiledCode } from './compile-cache.js';
import { precompileEmbeddedDatabase } from './database/embedded-wasm.js';

// First: the process is replaced (same id) when it can be and lacks them; nothing else has run yet.
restartWithMemorySettings();
letWorkersSizeTheirYoungGeneration();
cacheCompiledCode();

// V8 recompiles a WebAssembly function with its optimising compiler once it has run a budget of code (1.8 M on
// Node 20, 13 M on Node 24). The embedded database's start and first statements spent it for PostgreSQL functions that
// run mostly then: 0.5-1 s of CPU on V8's threads during a warm start (Node 20), on the cores the start needs. With
// 54 M (30 times Node 20's budget) the functions that stay hot are still optimised, after a few statements more (same
// statement throughput measured after the first seconds). Set before the database's module is compiled, which reads it.
setFlagsFromString('--wasm-tiering-budget=54000000');
// Before the server's modules load (imported below), so that the embedded database's compilation runs beside their
// loading. A guess from the environment only: with a database server the compiled module is never used.
if (!process.env.DATABASE_URL && !process.env.DATABASE_HOST) precompileEmbeddedDatabase();
const { runCli } = await import('./cli/program.js');

/** The server process (`npm start`, the container): `savoir serve`. */
const code = await runCli(['serve']);
if (code !== undefined) process.exit(code);
