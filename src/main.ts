import { precompileEmbeddedDatabase } from './database/embedded-wasm.js';

// Before the server's modules load (imported below), so that the embedded database's compilation runs beside their
// loading. A guess from the environment only: with a database server the compiled module is never used.
if (!process.env.DATABASE_URL && !process.env.DATABASE_HOST) precompileEmbeddedDatabase();
const { runCli } = await import('./cli/program.js');

/** The server process (`npm start`, the container): `savoir serve`. */
const code = await runCli(['serve']);
if (code !== undefined) process.exit(code);
