import { runCli } from './cli/program.js';

/** The server process (`npm start`, the container): `savoir serve`. */
const code = await runCli(['serve']);
if (code !== undefined) process.exit(code);
