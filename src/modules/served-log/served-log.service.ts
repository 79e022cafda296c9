import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { AppConfig } from '../../config/app-config.js';
import type { Channel } from '../../common/domain.js';
import { redactPersonalData } from '../../common/redact.js';
import { uuid7 } from '../../common/uuid7.js';

export interface ServedRow {
  channel: Channel;
  apiKeyId: string | null;
  /** What served it: `render`, `answer`, `suggestion`. */
  kind: string;
  articleId: string;
  revision: number;
  locale: string;
  variant: string;
  query?: string | null;
  searchId?: string | null;
  rank?: number | null;
  score?: number | null;
  confidence?: number | null;
  sessionId?: string | null;
}

export interface SearchRow {
  channel: Channel;
  apiKeyId: string | null;
  /** `search`, `answer`, `suggestion`. */
  kind: string;
  query: string;
  locale: string | null;
  filters: Record<string, unknown>;
  hitCount: number;
  topScore: number | null;
  sessionId?: string | null;
}

interface Table<T> {
  name: string;
  /** Column names with their SQL types (the element type of the array each column is sent as). */
  columns: [string, string][];
  /** The row's column values, personal data redacted. */
  values: (id: string, at: Date, row: T) => unknown[];
  /** Rows waiting to be written, as column values: one small array per row, built once. */
  pending: unknown[][];
}

const FLUSH_INTERVAL_MS = 100;
const FLUSH_ROWS = 500;
const MAX_PENDING = 100_000;

/**
 * The served-answer log and the search log, written off the request path: rows are buffered in memory (as column
 * values, queries redacted) and flushed every 100 ms (or sooner when 500 are waiting) in one statement per table
 * (COPY on a PostgreSQL server, INSERT on the embedded database). The id is assigned at once, so the response can
 * carry it. A graceful shutdown flushes what is left before the database closes.
 */
@Injectable()
export class ServedLogService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(ServedLogService.name);
  private readonly served: Table<ServedRow> = {
    name: 'served_answers',
    columns: [
      ['id', 'uuid'], ['served_at', 'timestamptz'], ['channel', 'text'], ['api_key_id', 'uuid'], ['kind', 'text'], ['article_id', 'uuid'], ['revision', 'int'],
      ['locale', 'text'], ['variant', 'text'], ['query', 'text'], ['search_id', 'uuid'], ['rank', 'int'], ['score', 'real'], ['confidence', 'real'], ['session_id', 'text'],
    ],
    values: (id, at, r) => [id, at, r.channel, r.apiKeyId, r.kind, r.articleId, r.revision, r.locale, r.variant, r.query == null ? null : redactPersonalData(r.query), r.searchId ?? null, r.rank ?? null, r.score ?? null, r.confidence ?? null, r.sessionId ?? null],
    pending: [],
  };
  private readonly searches: Table<SearchRow> = {
    name: 'searches',
    columns: [
      ['id', 'uuid'], ['created_at', 'timestamptz'], ['channel', 'text'], ['api_key_id', 'uuid'], ['kind', 'text'], ['query', 'text'],
      ['locale', 'text'], ['filters', 'jsonb'], ['hit_count', 'int'], ['top_score', 'real'], ['session_id', 'text'],
    ],
    values: (id, at, r) => [id, at, r.channel, r.apiKeyId, r.kind, redactPersonalData(r.query), r.locale, JSON.stringify(r.filters), r.hitCount, r.topScore, r.sessionId ?? null],
    pending: [],
  };
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  /** A PostgreSQL server takes the log through COPY; the embedded database through INSERT. */
  private readonly copies: boolean;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.copies = config.DATABASE_URL !== undefined;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    // Requests still being answered log rows while the last ones are written: flush again while that leaves fewer
    // rows waiting (a database that refuses them leaves as many, and stops the loop).
    for (let before = Infinity; this.waiting() > 0 && this.waiting() < before; ) {
      before = this.waiting();
      await this.flush();
    }
  }

  private waiting(): number {
    return this.searches.pending.length + this.served.pending.length;
  }

  /** Queues a served row and returns its id. */
  logServed(row: ServedRow): string {
    return this.enqueue(this.served, row);
  }

  /** Queues a search row and returns its id. */
  logSearch(row: SearchRow): string {
    return this.enqueue(this.searches, row);
  }

  /** Writes everything queued so far; resolves once it is committed (or has failed and been logged). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      await this.write(this.searches);
      await this.write(this.served);
    });
    return this.flushing;
  }

  private enqueue<T>(table: Table<T>, row: T): string {
    // Time-ordered ids: the log's primary keys are appended to, not scattered over their index.
    const at = new Date();
    const id = uuid7(at.getTime());
    // Once per full batch: a flush is queued when the 500th row waits, not again for every row after it.
    if (table.pending.push(table.values(id, at, row)) % FLUSH_ROWS === 0) void this.flush();
    return id;
  }

  /**
   * Writes the rows queued when it starts, not those queued while it writes: they wait for the next flush. Draining
   * until empty kept the log writing back to back under load, a few rows per statement (18,508 statements for 46,000
   * searches in one run), each paying a statement's and a commit's fixed cost.
   */
  private async write<T>(table: Table<T>): Promise<void> {
    for (let left = table.pending.length; left > 0; left -= FLUSH_ROWS) {
      const batch = table.pending.splice(0, Math.min(left, FLUSH_ROWS));
      try {
        await (this.copies ? this.copy(table, batch) : this.insert(table, batch));
      } catch (error) {
        // Logging must never break serving: keep the rows for the next flush, up to a bound that protects memory.
        table.pending.unshift(...batch);
        const dropped = Math.max(0, table.pending.length - MAX_PENDING);
        table.pending.splice(0, dropped);
        this.logger.error({ message: `could not write ${batch.length} ${table.name} rows; will retry`, dropped, error: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
  }

  /**
   * One INSERT with one array parameter per column (INSERT ... SELECT FROM unnest): the statement stays the same
   * size whatever the batch, so the database parses and binds a handful of parameters instead of thousands.
   */
  private async insert<T>(table: Table<T>, rows: unknown[][]): Promise<void> {
    const params = table.columns.map((_, column) => rows.map((values) => values[column]));
    const arrays = table.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await this.dataSource.query(`INSERT INTO ${table.name} (${columnList(table)}) SELECT * FROM unnest(${arrays})`, params);
  }

  /** COPY FROM STDIN in text format: a PostgreSQL server parses and stores it for about two thirds of the INSERT's cost. */
  private async copy<T>(table: Table<T>, rows: unknown[][]): Promise<void> {
    const pool: pg.Pool = (this.dataSource.driver as PostgresDriver).master;
    const client = await pool.connect();
    try {
      const sink = client.query(copyFrom(`COPY ${table.name} (${columnList(table)}) FROM STDIN`));
      await pipeline(Readable.from([rows.map(copyLine).join('')]), sink);
      client.release();
    } catch (error) {
      // A connection that failed mid-COPY is not trusted again.
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  }
}

const columnList = (table: Pick<Table<unknown>, 'columns'>): string => table.columns.map(([name]) => name).join(', ');

/** One row in COPY's text format: tab-separated, `\N` for NULL, backslash escapes for the separators. */
export function copyLine(values: unknown[]): string {
  let line = copyValue(values[0]);
  for (let i = 1; i < values.length; i += 1) line += `\t${copyValue(values[i])}`;
  return `${line}\n`;
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  // Most values need no escape: testing first spares the replacement's allocation.
  return SEPARATOR.test(text) ? text.replace(SEPARATORS, (c) => COPY_ESCAPES[c]) : text;
}

const SEPARATOR = /[\\\n\r\t]/;
const SEPARATORS = /[\\\n\r\t]/g;

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
