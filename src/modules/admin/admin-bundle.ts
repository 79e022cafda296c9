import { readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../../common/package-root.js';

/** Where `npm run build:web` writes the back-office (index.html and assets/) and where the server reads it. */
export const ADMIN_DIR = join(packageRoot(), 'dist/web/admin');

/** Built asset names: entry and chunk names end with esbuild's content hash, so a name never changes content. */
export const ASSET_NAME = /^[A-Za-z0-9_-]+-[A-Z0-9]{8}\.(js|css|map)$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

export interface AdminFile {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}

const cache = new Map<string, { mtimeMs: number; file: AdminFile }>();

/** A built file of the back-office, read again when it changes (a rebuild); null when absent. */
export function adminFile(relative: string, dir = ADMIN_DIR): AdminFile | null {
  const path = join(dir, relative);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return null;
  }
  const cached = cache.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.file;
  const body = readFileSync(path);
  const file = {
    body,
    gzipped: gzipSync(body, { level: 9 }),
    type: TYPES[extname(path)] ?? 'application/octet-stream',
  };
  cache.set(path, { mtimeMs, file });
  return file;
}
