import { pbkdf2 } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../config/app-config.js';
import { createRootLogger, infoLineWriter, isoTime, logDestination } from './logging.js';

describe('isoTime', () => {
  afterEach(() => vi.useRealTimers());

  it("writes the same time field as pino's isoTime, across seconds, minutes and years", () => {
    vi.useFakeTimers();
    for (const instant of [
      '2026-12-05T01:23:45.000Z',
      '2026-12-05T01:23:45.007Z',
      '2026-12-05T01:23:45.070Z',
      '2026-12-05T01:23:45.999Z',
      '2026-12-05T01:23:46.001Z',
      '2026-12-31T23:59:59.999Z',
      '2027-01-01T00:00:00.000Z',
      '2026-12-05T01:23:45.500Z',
    ]) {
      vi.setSystemTime(new Date(instant));
      expect(isoTime()).toBe(`,"time":"${instant}"`);
    }
  });
});

describe('infoLineWriter', () => {
  afterEach(() => vi.useRealTimers());

  const fields = {
    requestId: 'r-1',
    method: 'GET',
    route: null,
    status: 200,
    durationMs: 1.25,
    keyId: 'k "quoted" \\ é',
    channel: 'bot',
  };
  /** The fields as the writer takes them: `,"key":value` each. */
  const fieldsJson = `,${JSON.stringify(fields).slice(1, -1)}`;

  it("writes the line pino writes for info(fields, msg), the child logger's bindings included", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-06T07:30:00.123Z'));
    const written: string[] = [];
    const logger = createRootLogger(loadConfig({ LOG_LEVEL: 'log' }), { write: (line) => written.push(line) });
    const access = logger.child({ context: 'access' });
    infoLineWriter(access, 'request')(fieldsJson);
    access.info(fields, 'request');
    expect(written).toHaveLength(2);
    expect(written[0]).toBe(written[1]);
    expect(JSON.parse(written[0])).toMatchObject({ level: 'info', context: 'access', ...fields, msg: 'request' });
  });

  it("goes through pino when the destination reads pino's metadata of each line (pino-pretty)", () => {
    const written: unknown[] = [];
    const destination = {
      [pino.symbols.needsMetadataGsym]: true as const,
      lastObj: {} as object,
      write(this: { lastObj: object }) {
        written.push(this.lastObj);
      },
    };
    const logger = createRootLogger(loadConfig({ LOG_LEVEL: 'log', LOG_FORMAT: 'text' }), destination);
    infoLineWriter(logger, 'request')(fieldsJson);
    expect(written).toEqual([fields]);
  });
});

describe('logDestination', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => `{"n":${i},"msg":"${'é'.repeat(i % 40)}"}\n`);
  const scratchFile = () => join(mkdtempSync(join(tmpdir(), 'savoir-log-')), 'server.log');
  /** Every thread of libuv's pool busy for a while, as on a loaded server: an asynchronous write waits behind them. */
  const occupyThreadPool = () =>
    Promise.all(
      Array.from({ length: Number(process.env.UV_THREADPOOL_SIZE ?? 4) }, () =>
        promisify(pbkdf2)('secret', 'salt', 200_000, 64, 'sha512'),
      ),
    );

  it('writes every line, in order, whether lines come one at a time or many per event-loop turn', async () => {
    const file = scratchFile();
    const destination = logDestination(file);
    for (const [i, line] of lines.entries()) {
      destination.write(line);
      // The first lines one per turn, as on a quiet server; then 50 per turn, as on a busy one.
      if (i < 100 || i % 50 === 0) await new Promise(setImmediate);
    }
    await destination.end();
    expect(readFileSync(file, 'utf8')).toBe(lines.join(''));
  });

  it('writes the lines still gathered synchronously, as at exit', async () => {
    const file = scratchFile();
    // A descriptor, as standard output is: writable at once (a path is opened asynchronously).
    const destination = logDestination(openSync(file, 'w'));
    for (const line of lines.slice(0, 10)) destination.write(line);
    const poolBusy = occupyThreadPool();
    destination.flushSync();
    expect(readFileSync(file, 'utf8')).toBe(lines.slice(0, 10).join(''));
    await poolBusy;
    await destination.end();
    expect(readFileSync(file, 'utf8')).toBe(lines.slice(0, 10).join(''));
  });

  it('writes every line once when it flushes behind a write in flight (which may land last)', async () => {
    const file = scratchFile();
    const destination = logDestination(openSync(file, 'w'));
    const poolBusy = occupyThreadPool();
    // 16 KB of lines start an asynchronous write, which waits for the pool; the next ones are gathered meanwhile.
    for (const line of lines) destination.write(line);
    destination.flushSync();
    await poolBusy;
    await destination.end();
    const written = readFileSync(file, 'utf8').split(/(?<=\n)/);
    expect(written.sort()).toEqual([...lines].sort());
  });
});
