import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { hasRole, type Principal } from '../../common/domain.js';
import { badInput, conflict, DomainError, FieldError, forbidden, notFound } from '../../common/errors.js';
import { redactPersonalData } from '../../common/redact.js';
import { flattenValidationErrors } from '../../common/validation.js';
import { AppConfig, usesDatabaseServer } from '../../config/app-config.js';
import { uuid7Time } from '../../common/uuid7.js';
import { ServedLogService, WRITE_WINDOW_MS } from '../served-log/served-log.service.js';
import { ClientEventDto, EventsAck, FeedbackDto, FeedbackView } from './ingest.dto.js';

/** Largest batch of client events accepted in one request. */
export const MAX_EVENTS_PER_BATCH = 1000;
/** Client clocks run a little ahead; events further in the future than this are refused. */
const CLOCK_SKEW_MS = 5 * 60_000;

interface Target {
  id: string;
  channel: string;
  session_id: string | null;
}

interface FeedbackRow {
  id: string;
  served_id: string;
  helpful: boolean;
  reason: string | null;
  comment: string | null;
  created_at: Date;
}

const feedbackView = (row: FeedbackRow): FeedbackView => ({
  id: row.id,
  servedId: row.served_id,
  helpful: row.helpful,
  reason: row.reason,
  comment: row.comment,
  createdAt: row.created_at,
});

/**
 * Feedback and client events. Each is written in one committed statement or transaction before the request is
 * answered, and is idempotent on its client-chosen id: a retry is acknowledged again and counted once; the same id
 * with different content is a 409.
 *
 * `public` and `bot` keys are the customer-facing clients: they may only report on answers and searches of their
 * own channel. `agent` keys and above may report on any channel (the agent desktop relays a customer's outcome).
 */
@Injectable()
export class IngestService {
  /** Requests waiting now for ids another instance may still be writing (see `targets`). */
  private waiting = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly servedLog: ServedLogService,
    private readonly config: AppConfig,
  ) {}

  async recordFeedback(input: FeedbackDto, by: Principal): Promise<{ created: boolean; feedback: FeedbackView }> {
    const served = (await this.targets('served_answers', [input.servedId])).get(input.servedId);
    if (!served) throw notFound('Served answer', input.servedId);
    this.assertChannel(by, served, 'servedId');
    const comment = input.comment === undefined ? null : redactPersonalData(input.comment);
    const reason = input.reason ?? null;
    const [inserted] = (await this.dataSource.query(
      `INSERT INTO feedback (id, served_id, helpful, reason, comment, session_id, api_key_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING id, served_id, helpful, reason, comment, created_at`,
      [input.id ?? randomUUID(), input.servedId, input.helpful, reason, comment, served.session_id, by.keyId],
    )) as FeedbackRow[];
    if (inserted) return { created: true, feedback: feedbackView(inserted) };

    const existing = (await this.dataSource.query(
      `SELECT id, served_id, helpful, reason, comment, created_at FROM feedback WHERE id = $1 OR served_id = $2`,
      [input.id ?? null, input.servedId],
    )) as FeedbackRow[];
    const same = existing.find(
      (row) =>
        row.served_id === input.servedId &&
        (input.id === undefined || row.id === input.id) &&
        row.helpful === input.helpful &&
        row.reason === reason &&
        row.comment === comment,
    );
    if (same && existing.length === 1) return { created: false, feedback: feedbackView(same) };
    const byId = existing.find((row) => row.id === input.id);
    throw conflict(
      byId && byId.served_id !== input.servedId
        ? `Feedback ${input.id} was already recorded for another served answer`
        : `Feedback was already recorded for served answer ${input.servedId} with different content; one vote per served answer`,
      { existing: feedbackView(byId ?? existing[0]) },
    );
  }

  /** Validates a raw request body as a batch of events (a JSON array), reporting errors as `[index].field`. */
  parseEvents(body: unknown): ClientEventDto[] {
    if (!Array.isArray(body)) throw badInput('The body must be a JSON array of events');
    if (body.length === 0 || body.length > MAX_EVENTS_PER_BATCH) {
      throw badInput(`A batch holds 1 to ${MAX_EVENTS_PER_BATCH} events; this one has ${body.length}`);
    }
    const errors: FieldError[] = [];
    const events = body.map((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        errors.push({ field: `[${index}]`, message: 'must be an object' });
        return undefined as unknown as ClientEventDto;
      }
      const event = plainToInstance(ClientEventDto, item);
      errors.push(
        ...flattenValidationErrors(validateSync(event, { whitelist: true, forbidNonWhitelisted: true }), `[${index}]`),
      );
      if (event.servedId !== undefined && event.searchId !== undefined) {
        errors.push({ field: `[${index}].searchId`, message: 'give servedId or searchId, not both' });
      }
      return event;
    });
    if (errors.length > 0) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `Validation failed: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
        {},
        errors,
      );
    }
    return events;
  }

  async recordEvents(events: ClientEventDto[], by: Principal, now = Date.now()): Promise<EventsAck> {
    const unique = new Map<string, ClientEventDto>();
    const errors: FieldError[] = [];
    events.forEach((event, index) => {
      if (Date.parse(event.at) > now + CLOCK_SKEW_MS)
        errors.push({ field: `[${index}].at`, message: 'is in the future' });
      const seen = unique.get(event.id);
      if (seen && fingerprint(seen) !== fingerprint(event))
        throw conflict(`Event ${event.id} appears twice in the batch with different content`);
      unique.set(event.id, event);
    });
    if (errors.length > 0)
      throw badInput(`Validation failed: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);

    const batch = [...unique.values()];
    // Both at once: a batch naming recent ids of both kinds waits one write window, not two.
    const [served, searches] = await Promise.all([
      this.targets(
        'served_answers',
        batch.map((e) => e.servedId),
      ),
      this.targets(
        'searches',
        batch.map((e) => e.searchId),
      ),
    ]);
    const missing: FieldError[] = [];
    events.forEach((event, index) => {
      const target = event.servedId !== undefined ? served.get(event.servedId) : searches.get(event.searchId!);
      const field = event.servedId !== undefined ? 'servedId' : 'searchId';
      if (!target)
        missing.push({
          field: `[${index}].${field}`,
          message: `unknown ${field === 'servedId' ? 'served answer' : 'search'}`,
        });
      else this.assertChannel(by, target, `[${index}].${field}`);
    });
    if (missing.length > 0) {
      throw new DomainError(
        'NOT_FOUND',
        `Unknown ${missing.map((m) => `${m.field}`).join(', ')}; nothing was recorded`,
        {},
        missing,
      );
    }
    const sessionOf = (e: ClientEventDto) =>
      e.sessionId ??
      (e.servedId !== undefined ? served.get(e.servedId)!.session_id : searches.get(e.searchId!)!.session_id);

    const inserted = await this.dataSource.transaction(async (m) => {
      const rows = (await m.query(
        `INSERT INTO client_events (id, type, served_id, search_id, session_id, at, api_key_id)
         SELECT id, type, served_id, search_id, session_id, at, $7 FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[])
           AS e(id, type, served_id, search_id, session_id, at)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          batch.map((e) => e.id),
          batch.map((e) => e.type),
          batch.map((e) => e.servedId ?? null),
          batch.map((e) => e.searchId ?? null),
          batch.map(sessionOf),
          batch.map((e) => e.at),
          by.keyId,
        ],
      )) as { id: string }[];
      if (rows.length < batch.length) await this.assertRetries(m, batch, new Set(rows.map((r) => r.id)), sessionOf);
      return rows.length;
    });
    return { accepted: events.length, duplicates: events.length - inserted };
  }

  /** Events already stored must be the same events, or the batch is refused (and rolled back). */
  private async assertRetries(
    m: EntityManager,
    batch: ClientEventDto[],
    inserted: Set<string>,
    sessionOf: (e: ClientEventDto) => string | null,
  ): Promise<void> {
    const retried = batch.filter((e) => !inserted.has(e.id));
    const stored = (await m.query(
      `SELECT id, type, served_id, search_id, session_id, at FROM client_events WHERE id = ANY($1::uuid[])`,
      [retried.map((e) => e.id)],
    )) as {
      id: string;
      type: string;
      served_id: string | null;
      search_id: string | null;
      session_id: string | null;
      at: Date;
    }[];
    const byId = new Map(stored.map((row) => [row.id, row]));
    for (const event of retried) {
      const row = byId.get(event.id);
      const same =
        row &&
        row.type === event.type &&
        row.served_id === (event.servedId ?? null) &&
        row.search_id === (event.searchId ?? null) &&
        row.session_id === sessionOf(event) &&
        row.at.getTime() === Date.parse(event.at);
      if (!same)
        throw conflict(
          `Event ${event.id} was already recorded with different content; nothing in this batch was recorded`,
          { eventId: event.id },
        );
    }
  }

  /**
   * The log rows of these ids. Rows are written every 100 ms, after their id was returned: a client reporting at once
   * (a "helpful" click, a bot's event) names an id not in the table yet. This instance's own waiting rows are written
   * now; an id too recent to have been written by another instance is looked for again until it must have been.
   */
  private async targets(
    table: 'served_answers' | 'searches',
    ids: (string | undefined)[],
  ): Promise<Map<string, Target>> {
    const found = new Map<string, Target>();
    const wanted = [...new Set(ids)].filter((id): id is string => id !== undefined);
    const missing = () => wanted.filter((id) => !found.has(id));
    const look = async () => {
      const rows = (await this.dataSource.query(
        `SELECT id, channel, session_id FROM ${table} WHERE id = ANY($1::uuid[])`,
        [missing()],
      )) as Target[];
      for (const row of rows) found.set(row.id, row);
    };
    if (missing().length === 0) return found;
    await look();
    if (missing().length > 0 && this.servedLog.isWaiting(missing())) {
      await this.servedLog.flush();
      await look();
      if (this.servedLog.isWaiting(missing())) {
        throw new DomainError(
          'UNAVAILABLE',
          `The ${table === 'served_answers' ? 'served answer' : 'search'} is not written yet (the database is not keeping up); retry`,
          {},
          [],
          1,
        );
      }
    }
    // Only another instance can have issued an id this one's log does not hold: the embedded database has no other.
    if (!usesDatabaseServer(this.config) || !missing().some(mayStillBeWritten)) return found;
    // Each waiting request costs a query per interval and is held up to WRITE_WINDOW_MS, whoever forged its ids.
    if (this.waiting >= this.config.INGEST_MAX_WAITING_REQUESTS) {
      throw new DomainError('UNAVAILABLE', 'Too many reports are waiting for answers just served; retry', {}, [], 1);
    }
    this.waiting += 1;
    try {
      while (missing().some(mayStillBeWritten)) {
        await sleep(RECHECK_INTERVAL_MS);
        await look();
      }
    } finally {
      this.waiting -= 1;
    }
    return found;
  }

  private assertChannel(by: Principal, target: Target, field: string): void {
    if (!hasRole(by.role, 'agent') && target.channel !== by.channel) {
      throw forbidden(
        `${field}: a ${by.role} key of channel "${by.channel}" may only report on its own channel's answers and searches (this one is "${target.channel}")`,
      );
    }
  }
}

const RECHECK_INTERVAL_MS = 100;

/** Whether an id may be a log row's (uuid7) issued so recently that its row may not be written yet. */
function mayStillBeWritten(id: string): boolean {
  const issuedAt = uuid7Time(id);
  return issuedAt !== undefined && Math.abs(Date.now() - issuedAt) < WRITE_WINDOW_MS;
}

const fingerprint = (e: ClientEventDto) =>
  JSON.stringify([e.type, e.servedId ?? null, e.searchId ?? null, e.sessionId ?? null, Date.parse(e.at)]);
