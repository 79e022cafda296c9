/**
 * Run by `npm run build`: writes the embedded database template (see EMBEDDED_TEMPLATE_FILE), or the file named as
 * first argument. Written aside then renamed, so that an interrupted build never leaves half a template.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../config/app-config.js';
import { EMBEDDED_TEMPLATE_FILE, migratedEmbeddedDump } from './embedded.js';

const file = process.argv[2] ?? EMBEDDED_TEMPLATE_FILE;
const dump = await migratedEmbeddedDump(loadConfig({}, { LOG_LEVEL: 'warn' }), 'gzip');
writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
renameSync(`${file}.tmp`, file);
