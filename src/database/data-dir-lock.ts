import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The lock file inside DATA_DIR, beside PGlite's files (PostgreSQL ignores it). */
export const LOCK_FILE = 'savoir.lock';

/** Who holds an embedded data directory, as written in its lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** What runs there: `server` or a CLI command such as `savoir keys create`. */
  command: string;
  /** The HTTP port of a server. */
  port?: number;
  startedAt: string;
  /** The holder's start time as the kernel counts it (Linux), so that a reused pid is not taken for the holder. */
  processStart?: string;
  /** Unique per acquisition: a lock is only ever removed by comparing it. */
  nonce: string;
}

/** Another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${describeHolder(holder)}. ` +
        'Two processes must never open one embedded database: stop that process first, use the API it serves, ' +
        'choose another DATA_DIR, or use a PostgreSQL server (DATABASE_URL).',
    );
  }
}

export function describeHolder(holder: LockHolder): string {
  const what = holder.command === 'server' ? 'the Savoir server' : `"${holder.command}"`;
  const where = [
    `pid ${holder.pid}`,
    ...(holder.port !== undefined ? [`port ${holder.port}`] : []),
    `started ${holder.startedAt}`,
  ];
  if (holder.host !== hostname()) where.push(`on host ${holder.host}`);
  return `${what} (${where.join(', ')})`;
}

/** Linux: field 22 of /proc/<pid>/stat, the process start time in clock ticks since boot. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Whether the process that wrote the lock still runs. Judged on this machine: a pid that no longer exists, or that
 * now belongs to a process started at another time (pid reuse, a container's pid 1 after a restart), is dead.
 */
function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = processStart(holder.pid);
  return holder.processStart === undefined || now === undefined || now === holder.processStart;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // Lock files are published whole (link of a complete file), so an unreadable one was damaged: treat as stale.
    return { pid: -1, host: '', command: 'unreadable lock', startedAt: '', nonce: '' };
  }
}

/** Publishes `holder` as the lock file if there is none: written aside, then linked, which fails if one exists. */
function tryCreate(file: string, holder: LockHolder): boolean {
  const draft = `${file}.${holder.nonce}`;
  writeFileSync(draft, `${JSON.stringify(holder)}\n`);
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Removes the lock file if it is still the stale one read: it is renamed aside first (atomic), then compared; a live
 * lock published meanwhile by a quicker process is put back.
 */
function removeStale(file: string, stale: LockHolder): void {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && moved.nonce !== stale.nonce) {
    try {
      linkSync(aside, file);
    } catch {
      // Another process published its lock in between: it stands.
    }
  }
  unlinkSync(aside);
}

/** The lock this process holds on an embedded data directory, released by `release()` or at exit. */
export class DataDirLock {
  private released = false;
  private readonly onExit = () => this.release();

  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {
    process.once('exit', this.onExit);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    if (readHolder(this.file)?.nonce === this.holder.nonce) rmSync(this.file, { force: true });
  }
}

/**
 * Takes the lock on `dataDir` for this process, or throws DataDirLockedError naming the live holder. A lock left by
 * a dead process (killed, crashed, machine restarted) is taken over.
 */
export function acquireDataDirLock(dataDir: string, who: { command: string; port?: number }): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: who.command,
    ...(who.port !== undefined ? { port: who.port } : {}),
    startedAt: new Date().toISOString(),
    processStart: processStart(process.pid),
    nonce: randomUUID(),
  };
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if (tryCreate(file, me)) return new DataDirLock(file, me);
    const current = readHolder(file);
    if (!current) continue;
    if (isAlive(current)) throw new DataDirLockedError(dir, current);
    removeStale(file, current);
  }
  throw new Error(`Could not take the lock ${file}: other processes keep taking it`);
}

/** The live holder of `dataDir`, if any (for `savoir doctor`). */
export function dataDirHolder(dataDir: string): LockHolder | undefined {
  const holder = readHolder(join(resolve(dataDir), LOCK_FILE));
  return holder && isAlive(holder) ? holder : undefined;
}
