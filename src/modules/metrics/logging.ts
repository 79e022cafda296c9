import type { LoggerService } from '@nestjs/common';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type PinoPrettyFactory from 'pino-pretty';
import type { AppConfig } from '../../config/app-config.js';

/** LOG_LEVEL names (Nest's) to pino's levels. */
const PINO_LEVEL: Record<string, Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * The process's one logger: JSON lines (`LOG_FORMAT=json`, the default) or readable text (`LOG_FORMAT=text`), at
 * LOG_LEVEL. Nest's own messages go through it too (PinoNestLogger), so every line has one format. `destination`
 * replaces standard output (tests read the lines).
 */
export function createRootLogger(config: AppConfig, destination?: DestinationStream): Logger {
  const level = PINO_LEVEL[config.LOG_LEVEL] ?? 'info';
  if (config.LOG_FORMAT === 'text') {
    // Required only for this format: the JSON default does not read pino-pretty's modules at each start.
    const PinoPretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPrettyFactory;
    return pino(
      { level },
      destination ??
        PinoPretty({
          sync: true,
          singleLine: true,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname,context',
          messageFormat: '{if context}[{context}] {end}{msg}',
        }),
    );
  }
  return pino(
    { level, timestamp: isoTime, formatters: { level: (label) => ({ level: label }) } },
    destination ?? logDestination(1),
  );
}

/** Where a logger (or its parent) writes its lines: pino keeps it under a symbol of its own. */
const destinationOf = (logger: Logger) =>
  (logger as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] as DestinationStream & Record<symbol, unknown>;

/**
 * The line pino writes for `logger.info(fields, msg)`, for fields the caller has written as JSON already
 * (`,"key":value` each), made of the logger's own parts (level, time, bindings, message, end of line): pino walks the
 * object and quotes each key and string, over half of an access line's cost. The loggers of createRootLogger have no
 * mixin, hook or log formatter that this would skip. A destination that reads pino's metadata of each line
 * (pino-pretty, for LOG_FORMAT=text) gets the line through pino.
 */
export function infoLineWriter(logger: Logger, msg: string): (fieldsJson: string) => void {
  const { lsCacheSym, timeSym, chindingsSym, messageKeySym, endSym, needsMetadataGsym } = pino.symbols;
  const parts = logger as unknown as Record<symbol, unknown>;
  const stream = destinationOf(logger);
  if (stream[needsMetadataGsym]) {
    return (fieldsJson) => logger.info(JSON.parse(`{${fieldsJson.slice(1)}}`) as object, msg);
  }
  const level = (parts[lsCacheSym] as Record<number, string>)[logger.levels.values.info];
  const time = parts[timeSym] as () => string;
  const bindings = parts[chindingsSym] as string;
  const end = `,${JSON.stringify(parts[messageKeySym])}:${JSON.stringify(msg)}${parts[endSym] as string}`;
  return (fieldsJson) => stream.write(level + time() + bindings + fieldsJson + end);
}

let isoSecond = Number.NaN;
let isoPrefix = '';

/**
 * pino's `"time"` field as ISO 8601 in UTC, as pino.stdTimeFunctions.isoTime writes it, but formatting the date once
 * per second rather than once per line (an access line per request: `toISOString` was a tenth of a line's cost).
 */
export function isoTime(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== isoSecond) {
    isoSecond = second;
    isoPrefix = `,"time":"${new Date(second * 1000).toISOString().slice(0, 20)}`;
  }
  const ms = now - second * 1000;
  return `${isoPrefix}${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z"`;
}

/**
 * Characters of log lines gathered before one write (an access line is ~250): 16 KB, SonicBoom's largest write, cost
 * 0.4 µs of CPU a line less than 4 KB (fewer writes and their callbacks).
 */
const LOG_BATCH_CHARS = 16 * 1024;
/** A quiet server's lines are written within this delay all the same. */
const LOG_FLUSH_MS = 500;

/** SonicBoom's descriptor is a field of its own, not in its types; -1 until a path is open. */
type SonicBoom = ReturnType<typeof pino.destination> & { readonly fd: number };

/**
 * Log lines gathered in an array and handed to pino's SonicBoom LOG_BATCH_CHARS at a time, so that a busy server makes
 * one write for dozens of access lines rather than one each (a write and its callback cost the serving thread more
 * than formatting the line). Not SonicBoom's own `minLength`: it appends every line to its pending text and measures
 * that whole text again (`Buffer.byteLength`, which flattens it), so a line costs more the longer the write in progress
 * takes (3.95 against 2.58 µs of CPU a line, formatting included, 20 lines per event-loop turn into a file, on an idle
 * core). SonicBoom still does the writing: asynchronous while serving (retried on EAGAIN), synchronous from the
 * shutdown on (`writeSynchronously`) and at exit.
 */
export class BatchedDestination implements DestinationStream {
  private lines: string[] = [];
  private chars = 0;
  /** An asynchronous write handed to SonicBoom and not finished: its 'drain' says when all are. */
  private writing = false;
  private synchronous = false;
  private readonly flusher: NodeJS.Timeout;

  constructor(private writer: SonicBoom) {
    writer.on('drain', () => (this.writing = false));
    this.flusher = setInterval(() => this.handOver(), LOG_FLUSH_MS).unref();
    openDestinations.add(this);
    writer.once('close', () => this.forget());
  }

  write(line: string): void {
    this.lines.push(line);
    this.chars += line.length;
    if (this.chars >= LOG_BATCH_CHARS) this.handOver();
  }

  /** Hands the gathered lines to SonicBoom, which writes them at once (or after the write in progress). */
  handOver(): void {
    if (this.lines.length === 0) return;
    this.writer.write(this.lines.join(''));
    this.writing = !this.synchronous;
    this.lines = [];
    this.chars = 0;
  }

  /**
   * Waits for the asynchronous writes under way, then writes every line synchronously (the shutdown: a write still in
   * flight when the process exits is lost, or lands after the exit's synchronous writes, since SonicBoom's `flushSync`
   * skips it; 11 of 300 reads right after a `flushSync` missed lines). Blocks the thread a write at a time, which a
   * server that has stopped serving can afford.
   */
  async writeSynchronously(): Promise<void> {
    if (this.synchronous) return;
    this.handOver();
    // A write that fails ends the wait too (its 'error' is SonicBoom's to report).
    if (this.writing) await once(this.writer, 'drain').catch(() => undefined);
    // A path opens asynchronously.
    if (this.writer.fd < 0) await once(this.writer, 'ready');
    this.writeSynchronouslyFromNowOn();
  }

  /**
   * Writes every line gathered before returning (the process is exiting: no event-loop turn is left). Through a
   * synchronous writer: lines handed to the asynchronous one when it is idle start a write that its `flushSync` skips
   * (CI read none of 10 lines right after). A write already in flight (an exit without a shutdown: an uncaught
   * exception) may land after these lines.
   */
  flushSync(): void {
    // What SonicBoom holds behind a write in flight comes before the lines gathered since.
    this.writer.flushSync();
    if (this.lines.length === 0) return;
    if (!this.synchronous) this.writeSynchronouslyFromNowOn();
    this.handOver();
  }

  /** Writes the lines gathered and closes the file; settles once they are written. */
  async end(): Promise<void> {
    this.handOver();
    const closed = once(this.writer, 'close');
    this.writer.end();
    await closed;
  }

  private writeSynchronouslyFromNowOn(): void {
    this.writer = pino.destination({ dest: this.writer.fd, sync: true }) as SonicBoom;
    this.synchronous = true;
    this.writer.once('close', () => this.forget());
  }

  private forget(): void {
    clearInterval(this.flusher);
    openDestinations.delete(this);
  }
}

/** The destinations not closed yet, whose gathered lines are written out when the process exits. */
const openDestinations = new Set<BatchedDestination>();
// One listener for every destination (tests make an application, and a destination, per file or test). 'exit' comes
// with process.exit (createApp's SIGTERM and SIGINT handling too), an uncaught exception, or an empty event loop.
process.on('exit', () => openDestinations.forEach((destination) => destination.flushSync()));

/**
 * Where the JSON lines go (a file descriptor or a path): asynchronous writes, so that a line never blocks a request on
 * a slow reader, in batches (BatchedDestination), written out when the process exits; a process killed outright loses
 * at most LOG_FLUSH_MS of lines.
 */
export function logDestination(dest: number | string): BatchedDestination {
  return new BatchedDestination(pino.destination({ dest, sync: false }) as SonicBoom);
}

/**
 * From the shutdown on, the logger's lines are written synchronously, once the writes under way are done (see
 * BatchedDestination.writeSynchronously); other destinations (tests', pino-pretty) are left as they are.
 */
export async function writeLogSynchronously(logger: Logger): Promise<void> {
  const destination = destinationOf(logger);
  if (destination instanceof BatchedDestination) await destination.writeSynchronously();
}

/**
 * Nest's LoggerService over pino. Nest passes the logger's context last (`new Logger('Webhooks').warn(...)`) and,
 * for errors, a stack before it; the service's own messages are often objects whose `message` is the text.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const stack = typeof params[0] === 'string' ? params[0] : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
    } else if (message !== null && typeof message === 'object') {
      const { message: text, ...fields } = message as Record<string, unknown>;
      this.logger[level]({ context, ...fields, stack }, typeof text === 'string' ? text : '');
    } else {
      this.logger[level]({ context, stack }, String(message));
    }
  }
}
