import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { EmbeddedDatabaseHolder } from '../../database/database.module.js';
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
  /** For a question (`answer`, `suggestion`): whether it got an answer confident enough for the channel. */
  answered?: boolean | null;
}

interface Table<T> {
  name: string;
  columns: string[];
  /** The row's column values, personal data redacted. */
  values: (id: string, at: Date, row: T) => unknown[];
  /** Rows waiting to be written, each as its COPY text (see `copyRow`), built once. */
  pending: string[];
}

const FLUSH_INTERVAL_MS = 100;
const FLUSH_ROWS = 500;
/** Rows a table may keep waiting: past it, the oldest are dropped (logging must never exhaust the server's memory). */
const MAX_PENDING = 100_000;

/**
 * The served-answer log and the search log, written off the request path: rows are buffered in memory (as COPY text,
 * queries redacted) and flushed every 100 ms (or sooner when 500 are waiting) with one COPY per table and batch. The
 * id is assigned at once, so the response can carry it. A graceful shutdown flushes what is left before the database
 * closes.
 */
@Injectable()
export class ServedLogService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(ServedLogService.name);
  private readonly served: Table<ServedRow> = {
    name: 'served_answers',
    columns: ['id', 'served_at', 'channel', 'api_key_id', 'kind', 'article_id', 'revision', 'locale', 'variant', 'query', 'search_id', 'rank', 'score', 'confidence', 'session_id'],
    values: (id, at, r) => [id, at, r.channel, r.apiKeyId, r.kind, r.articleId, r.revision, r.locale, r.variant, r.query == null ? null : redactPersonalData(r.query), r.searchId ?? null, r.rank ?? null, r.score ?? null, r.confidence ?? null, r.sessionId ?? null],
    pending: [],
  };
  private readonly searches: Table<SearchRow> = {
    name: 'searches',
    columns: ['id', 'created_at', 'channel', 'api_key_id', 'kind', 'query', 'locale', 'filters', 'hit_count', 'top_score', 'session_id', 'answered'],
    values: (id, at, r) => [id, at, r.channel, r.apiKeyId, r.kind, redactPersonalData(r.query), r.locale, JSON.stringify(r.filters), r.hitCount, r.topScore, r.sessionId ?? null, r.answered ?? null],
    pending: [],
  };
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  /** A flush queued behind the one writing, not started yet. */
  private nextFlush: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly embedded: EmbeddedDatabaseHolder,
  ) {}

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
    // One queued flush serves every caller until it starts, as it writes what is queued then: while the database is
    // slower than the timer, flushes do not pile up behind each other.
    this.nextFlush ??= this.flushing = this.flushing.then(async () => {
      this.nextFlush = undefined;
      await this.write(this.searches);
      await this.write(this.served);
    });
    return this.nextFlush;
  }

  private enqueue<T>(table: Table<T>, row: T): string {
    // Time-ordered ids: the log's primary keys are appended to, not scattered over their index.
    const at = new Date();
    const id = uuid7(at.getTime());
    if (table.pending.length >= MAX_PENDING) this.drop(table, FLUSH_ROWS, 'the database is not keeping up');
    // Once per full batch: a flush is queued when the 500th row waits, not again for every row after it.
    if (table.pending.push(copyRow(table.values(id, at, row))) % FLUSH_ROWS === 0) void this.flush();
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
        await this.copy(table, `${batch.join('\n')}\n`);
      } catch (error) {
        // Logging must never break serving: keep the rows for the next flush, up to the bound.
        table.pending.unshift(...batch);
        this.logger.error({ message: `could not write ${batch.length} ${table.name} rows; will retry`, error: error instanceof Error ? error.message : String(error) });
        if (table.pending.length > MAX_PENDING) this.drop(table, table.pending.length - MAX_PENDING, 'they could not be written');
        return;
      }
    }
  }

  /** Drops the oldest waiting rows of a table, in chunks: one log line per chunk, not per row. */
  private drop<T>(table: Table<T>, count: number, why: string): void {
    table.pending.splice(0, count);
    this.logger.error({ message: `dropped the ${count} oldest ${table.name} rows waiting to be written: ${why}`, waiting: table.pending.length });
  }

  /** COPY in text format: a database parses and stores it for about two thirds of an INSERT's cost. */
  private async copy<T>(table: Table<T>, text: string): Promise<void> {
    const pool: pg.Pool = (this.dataSource.driver as PostgresDriver).master;
    const client = await pool.connect();
    const sql = `COPY ${table.name} (${table.columns.join(', ')}) FROM`;
    const pglite = this.embedded.instance;
    try {
      if (pglite) {
        // PGlite takes COPY data as a blob, not through the wire protocol. Holding the pool's only client keeps
        // every other query, and any open transaction, away from PGlite while this statement runs.
        await pglite.query(`${sql} '/dev/blob'`, [], { blob: new Blob([text]) });
      } else {
        await pipeline(Readable.from([text]), client.query(copyFrom(`${sql} STDIN`)));
      }
    } catch (error) {
      // A server connection that failed mid-COPY is not trusted again; the embedded client carried no data.
      client.release(pglite ? undefined : error instanceof Error ? error : true);
      throw error;
    }
    client.release();
  }
}

/**
 * One row in COPY's text format, without its line end: tab-separated, `\N` for NULL, backslash escapes for the
 * separators. Joined rather than concatenated: a waiting row is one flat string, not a rope of its pieces for the
 * garbage collector to copy.
 */
function copyRow(values: unknown[]): string {
  return values.map(copyValue).join('\t');
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  // Most values need no escape: testing first spares the replacement's allocation.
  return SEPARATOR.test(text) ? text.replace(SEPARATORS, (c) => COPY_ESCAPES[c]) : text;
}

const SEPARATOR = /[\\\n\r\t]/;
const SEPARATORS = new RegExp(SEPARATOR.source, 'g');

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
