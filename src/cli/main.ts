#!/usr/bin/env node
import { cacheCompiledCode } from '../compile-cache.js';

// Before the command's modules load (imported below).
cacheCompiledCode();
const { runCli } = await import('./program.js');

/** The `savoir` command (package.json `bin`). A finished command exits at once: nothing it opened keeps running. */
const code = await runCli(process.argv.slice(2));
if (code !== undefined) process.exit(code);
