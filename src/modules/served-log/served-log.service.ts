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
  /** The answer rule that applied (the first level's), and its version. */
  ruleId?: string | null;
  ruleVersion?: number | null;
  /** The channel profile version the text was rendered with (GET /v1/analytics/served/:id renders it again). */
  profileVersion?: number | null;
  /** The text served, only when it cannot be reproduced from revision, variant and profile version. */
  text?: string | null;
}

/** A question's best candidate, answered or not: what the answer rate of an article and its intents counts. */
export interface TopCandidate {
  articleId: string;
  revision: number;
  locale: string;
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
  /** For a question: its best candidate, if any. */
  top?: TopCandidate | null;
}

interface Table<T> {
  name: string;
  columns: string[];
  /** The row's column values, personal data redacted. */
  values: (id: string, at: Date, row: T) => unknown[];
  /** Rows waiting to be written, each as its COPY text (see `copyRow`), built once; it starts with the row's id. */
  pending: string[];
  /**
   * The ids of the rows waiting or being written, for the clients that name one at once (feedback on an answer just
   * served). Not derivable from `pending`: a batch leaves it when its write starts, before the rows are in the table.
   */
  waitingIds: Set<string>;
}

const FLUSH_INTERVAL_MS = 100;
/**
 * How long after its id was issued a row may still be on its way to the table: the flush interval, plus a wide margin
 * for a write that is slow under load. An id this recent that is not in the table yet may have been issued by another
 * instance, so a client's report on it is re-checked until this much time has passed before it is refused.
 */
export const WRITE_WINDOW_MS = 2000;
const ID_LENGTH = 36;
const FLUSH_ROWS = 500;
/** Rows a table may keep waiting: past it, the oldest are dropped (logging must never exhaust the server's memory). */
const MAX_PENDING = 100_000;

/**
 * The served-answer log and the search log, written off the request path: rows are buffered in memory (as COPY text,
 * queries redacted) and flushed every 100 ms (or sooner when 500 are waiting) with one COPY per table and batch. The
 * id is assigned at once, so the response can carry it. A graceful shutdown flushes what is left before the database
 * closes (after the HTTP server has finished the requests in flight, see `createApp`).
 *
 * A row the database refuses (e.g. text it cannot store) is found by splitting its batch and dropped alone, counted in
 * `refusedRows`; rows that failed for any other reason (the database unreachable) are kept and retried.
 */
@Injectable()
export class ServedLogService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(ServedLogService.name);
  private readonly served: Table<ServedRow> = {
    name: 'served_answers',
    columns: [
      'id',
      'served_at',
      'channel',
      'api_key_id',
      'kind',
      'article_id',
      'revision',
      'locale',
      'variant',
      'query',
      'search_id',
      'rank',
      'score',
      'confidence',
      'session_id',
      'rule_id',
      'rule_version',
      'profile_version',
      'served_text',
    ],
    values: (id, at, r) => [
      id,
      at,
      r.channel,
      r.apiKeyId,
      r.kind,
      r.articleId,
      r.revision,
      r.locale,
      r.variant,
      r.query == null ? null : redactPersonalData(r.query),
      r.searchId ?? null,
      r.rank ?? null,
      r.score ?? null,
      r.confidence ?? null,
      r.sessionId ?? null,
      r.ruleId ?? null,
      r.ruleVersion ?? null,
      r.profileVersion ?? null,
      r.text ?? null,
    ],
    pending: [],
    waitingIds: new Set(),
  };
  private readonly searches: Table<SearchRow> = {
    name: 'searches',
    columns: [
      'id',
      'created_at',
      'channel',
      'api_key_id',
      'kind',
      'query',
      'locale',
      'filters',
      'hit_count',
      'top_score',
      'session_id',
      'answered',
      'top_article_id',
      'top_revision',
      'top_locale',
    ],
    values: (id, at, r) => [
      id,
      at,
      r.channel,
      r.apiKeyId,
      r.kind,
      redactPersonalData(r.query),
      r.locale,
      JSON.stringify(r.filters),
      r.hitCount,
      r.topScore,
      r.sessionId ?? null,
      r.answered ?? null,
      r.top?.articleId ?? null,
      r.top?.revision ?? null,
      r.top?.locale ?? null,
    ],
    pending: [],
    waitingIds: new Set(),
  };
  /** Rows written to the database. */
  writtenRows = 0;
  /** Rows dropped because the database refused them (a value it cannot store). */
  refusedRows = 0;
  /** Rows dropped because too many were waiting (the database unreachable or not keeping up). */
  overflowRows = 0;
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
    // The HTTP server has answered its last request by now: one flush writes every row (or logs why it could not).
    await this.flush();
  }

  /** Rows queued and not written yet. */
  get waitingRows(): number {
    return this.served.pending.length + this.searches.pending.length;
  }

  /** Whether any of these ids is a row of this instance still waiting to be written. */
  isWaiting(ids: string[]): boolean {
    return ids.some((id) => this.served.waitingIds.has(id) || this.searches.waitingIds.has(id));
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
    table.waitingIds.add(id);
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
      const unwritten = await this.writeBatch(table, table.pending.splice(0, Math.min(left, FLUSH_ROWS)));
      if (unwritten.length > 0) {
        // Logging must never break serving: keep the rows for the next flush, up to the bound.
        table.pending.unshift(...unwritten);
        if (table.pending.length > MAX_PENDING)
          this.drop(table, table.pending.length - MAX_PENDING, 'they could not be written');
        return;
      }
    }
  }

  /**
   * Writes a batch; when the database refuses its data, splits it in halves until the refused rows are alone, and
   * drops those (a poisoned row costs about 2·log2(500) statements, and loses only itself). Returns the rows left
   * unwritten by any other failure, to retry.
   */
  private async writeBatch<T>(table: Table<T>, batch: string[]): Promise<string[]> {
    // Parts left to write, the next one last.
    const parts = [batch];
    for (let rows = parts.pop(); rows; rows = parts.pop()) {
      try {
        await this.copy(table, `${rows.join('\n')}\n`);
        this.forget(table, rows);
        this.writtenRows += rows.length;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!refusesData(error)) {
          this.logger.error({
            message: `could not write ${rows.length} ${table.name} rows; will retry`,
            error: message,
          });
          return [rows, ...parts.reverse()].flat();
        }
        if (rows.length > 1) {
          const half = rows.length >>> 1;
          parts.push(rows.slice(half), rows.slice(0, half));
        } else {
          this.forget(table, rows);
          this.refusedRows += 1;
          this.logger.error({
            message: `dropped a ${table.name} row the database refused`,
            id: rows[0].slice(0, ID_LENGTH),
            error: message,
          });
        }
      }
    }
    return [];
  }

  /** Drops the oldest waiting rows of a table, in chunks: one log line per chunk, not per row. */
  private drop<T>(table: Table<T>, count: number, why: string): void {
    this.forget(table, table.pending.splice(0, count));
    this.overflowRows += count;
    this.logger.error({
      message: `dropped the ${count} oldest ${table.name} rows waiting to be written: ${why}`,
      waiting: table.pending.length,
    });
  }

  /** Rows no longer waiting: written or dropped. */
  private forget<T>(table: Table<T>, rows: string[]): void {
    for (const row of rows) table.waitingIds.delete(row.slice(0, ID_LENGTH));
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
 * Whether the database refused the data itself (SQLSTATE class 22 "data exception", e.g. a NUL byte in text; class 23
 * "integrity constraint violation"; 54000 "program limit exceeded", a value too large): writing it again fails again.
 * Anything else (a connection refused or lost, the server shutting down) may pass on a retry.
 */
function refusesData(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23') || code === '54000');
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
