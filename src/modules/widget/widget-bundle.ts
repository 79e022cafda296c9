import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The project root: this file is src/modules/widget/ in the sources and dist/src/modules/widget/ once built. */
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..', here.includes(`${join('dist', 'src')}`) ? '..' : '');

/** Where `npm run build:web` writes the widget and where the server reads it. */
export const WIDGET_BUNDLE = join(root, 'dist/web/widget.js');

export interface WidgetBundle {
  code: Buffer;
  gzipped: Buffer;
  /** Content hash: the ETag, and the version in `/widget.js?v=`. */
  version: string;
}

let loaded: { mtimeMs: number; bundle: WidgetBundle } | undefined;

/** The built widget, read again when the file changes (a rebuild); null when it was never built. */
export function widgetBundle(path = WIDGET_BUNDLE): WidgetBundle | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return null;
  }
  if (loaded?.mtimeMs !== mtimeMs) {
    const code = readFileSync(path);
    loaded = { mtimeMs, bundle: { code, gzipped: gzipSync(code, { level: 9 }), version: createHash('sha256').update(code).digest('hex').slice(0, 16) } };
  }
  return loaded.bundle;
}
