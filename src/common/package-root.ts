import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Savoir's package.json, found from this module whether it runs from sources or from dist/. */
export function packageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'content'))) return dir;
    if (dirname(dir) === dir)
      throw new Error("Savoir's package folder (with package.json and content/) was not found above this module");
  }
}
