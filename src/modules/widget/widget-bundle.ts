import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../../common/package-root.js';

/** Where `npm run build:web` writes the widget and where the server reads it. */
export const WIDGET_BUNDLE = join(packageRoot(), 'dist/web/widget.js');

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
    loaded = {
      mtimeMs,
      bundle: {
        code,
        gzipped: gzipSync(code, { level: 9 }),
        version: createHash('sha256').update(code).digest('hex').slice(0, 16),
      },
    };
  }
  return loaded.bundle;
}
