import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { packageRoot } from '../../common/package-root.js';
import { AppConfig, embeddedDataDir } from '../../config/app-config.js';

/** In the embedded database's directory (PostgreSQL ignores files it does not know). */
const FILE = 'savoir-search-index.v8';

/**
 * A stored in-process index, the outbox position it reflects (every event up to it applied) and the migrations the
 * database had then (a migration may change content in place, without events).
 */
export interface SearchIndexSnapshot {
  position: string;
  migrations: string[];
  state: unknown;
}

interface Header {
  code: string;
  position: string;
  migrations: string[];
}

/**
 * What a snapshot was made by: the search module and the language analysis as this build has them, and the installed
 * packages (stemmers, the radix tree). Another build's snapshot may hold other terms or another layout: it is not
 * read, the index is built from the database once, and stored again at the next stop.
 */
function codeVersion(): string {
  const hash = createHash('sha256');
  const search = dirname(fileURLToPath(import.meta.url));
  for (const folder of [search, join(search, '../../common/language')])
    for (const file of readdirSync(folder).sort())
      if (/\.[jt]s$/.test(file)) hash.update(file).update(readFileSync(join(folder, file)));
  const lock = join(packageRoot(), 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

/**
 * The in-process search index kept between starts, on the embedded database in a directory (a single process holds
 * it): written when the service stops, read at the next start instead of rebuilding the index from every live
 * revision (1.5-2.5 s at 10,000 articles × 2 locales, 0.3 s for the demo content, on the start's critical path).
 * The file is a JSON header line (code version, position, migrations) then the index as v8.serialize writes it.
 */
@Injectable()
export class SearchIndexSnapshots {
  private readonly logger = new Logger('SearchIndexSnapshots');
  private readonly file: string | undefined;
  /**
   * This process's code, read when it starts: a stop writes it, and the files on disk may by then be another build's
   * (an upgrade built in place before the restart).
   */
  private readonly code: string | undefined;

  constructor(config: AppConfig) {
    const dataDir = embeddedDataDir(config);
    this.file = dataDir ? join(dataDir, FILE) : undefined;
    this.code = dataDir ? codeVersion() : undefined;
  }

  get enabled(): boolean {
    return this.file !== undefined;
  }

  /** The stored snapshot, if there is one this code made and it can be read (else undefined, and why is logged). */
  async read(): Promise<SearchIndexSnapshot | undefined> {
    if (!this.file) return undefined;
    const bytes = await readFile(this.file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT')
        this.logger.warn({ message: 'could not read the search index snapshot', error: error.message });
      return undefined;
    });
    if (!bytes) return undefined;
    try {
      const end = bytes.indexOf(0x0a);
      const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Header;
      if (typeof header.position !== 'string' || !/^\d+$/.test(header.position))
        throw new Error(`no outbox position in its header: ${JSON.stringify(header.position)}`);
      if (header.code !== this.code) {
        this.logger.log({ message: 'the search index snapshot was made by another build: building the index' });
        return undefined;
      }
      if (!Array.isArray(header.migrations)) throw new Error('no migrations in its header');
      return { position: header.position, migrations: header.migrations, state: deserialize(bytes.subarray(end + 1)) };
    } catch (error) {
      this.logger.warn({
        message: 'the search index snapshot is unreadable: building the index',
        error: String(error),
      });
      return undefined;
    }
  }

  /** Stores a snapshot in place of the previous one (written aside, then renamed: never half-written). */
  async write(snapshot: SearchIndexSnapshot): Promise<void> {
    if (!this.file) return;
    const header: Header = { code: this.code!, position: snapshot.position, migrations: snapshot.migrations };
    const temporary = `${this.file}.tmp`;
    // The header and the index as they are (no copy of the index's bytes into one buffer: 28 MB at 10,000 × 2).
    await writeFile(temporary, [`${JSON.stringify(header)}\n`, serialize(snapshot.state)]);
    await rename(temporary, this.file);
  }
}
