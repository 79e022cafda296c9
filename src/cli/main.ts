#!/usr/bin/env node
import { cacheCompiledCode } from '../compile-cache.js';
import { letWorkersSizeTheirYoungGeneration, restartWithMemorySettings } from '../memory-settings.js';

// The server runs on the settings `npm start` gives it (src/main.ts); other commands end soon and keep their process.
if (process.argv[2] === 'serve') restartWithMemorySettings();
letWorkersSizeTheirYoungGeneration();
// Before the command's modules load (imported below).
cacheCompiledCode();
const { runCli } = await import('./program.js');

/** The `savoir` command (package.json `bin`). A finished command exits at once: nothing it opened keeps running. */
const code = await runCli(process.argv.slice(2));
if (code !== undefined) process.exit(code);
