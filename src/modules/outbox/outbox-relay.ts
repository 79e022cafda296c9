import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ContentEvent } from './content-event.entity.js';
import type { OutboxFollower } from './outbox-follower.js';
import { OutboxService } from './outbox.service.js';

export interface OutboxRelayOptions {
  /** Consumer name: its position in the outbox is stored under it. */
  name: string;
  /** Applies a batch of events in id order. Throwing retries the same batch later, with backoff. */
  handle: (events: ContentEvent[]) => Promise<void>;
  batchSize?: number;
  pollIntervalMs?: number;
  maxBackoffMs?: number;
}

export interface RelayStatus {
  name: string;
  lastEventId: string;
  failures: number;
  lastError: string | null;
}

const LEASE_SECONDS = 30;

/**
 * Follows the outbox for one consumer, at least once, in order: an OutboxFollower wakes it, and a cursor stored in
 * `outbox_consumers` says how far it got. Several instances may run: a lease in
 * `outbox_consumers` lets one of them work at a time without holding a database connection while it calls out.
 */
export class OutboxRelay {
  private readonly logger: Logger;
  private readonly owner = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private wakeRequested = false;
  private failures = 0;
  private follower: OutboxFollower | undefined;
  /** `wake`, as one function: a bulk write holds it once however often it is asked for. */
  private readonly wakeLater = () => this.wake();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly options: OutboxRelayOptions,
  ) {
    this.logger = new Logger(`Relay:${options.name}`);
  }

  async start(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO outbox_consumers (name, last_event_id, failures) VALUES ($1, 0, 0) ON CONFLICT (name) DO NOTHING`,
      [this.options.name],
    );
    this.stopped = false;
    // `wake` itself defers to a bulk write, for this follower's signal and the poll timer alike.
    this.follower = this.outbox.follow({ wake: this.wakeLater, immediate: true });
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.follower?.stop();
    clearTimeout(this.timer);
    await this.running;
    await this.dataSource
      .query(
        `UPDATE outbox_consumers SET lease_owner = NULL, lease_until = NULL WHERE name = $1 AND lease_owner = $2`,
        [this.options.name, this.owner],
      )
      .catch(() => undefined);
  }

  /** Moves this consumer to an outbox position (after rebuilding what it feeds from a snapshot taken there). */
  async moveTo(lastEventId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO outbox_consumers (name, last_event_id, failures) VALUES ($1, $2, 0)
       ON CONFLICT (name) DO UPDATE SET last_event_id = $2, failures = 0, last_error = NULL, lease_owner = NULL, lease_until = NULL`,
      [this.options.name, lastEventId],
    );
  }

  /** Runs a pass now (or right after the current one), or at the end of a bulk write (OutboxService.bulk). */
  wake(): void {
    if (this.stopped || this.outbox.held(this.wakeLater)) return;
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.stopped) return;
      if (this.wakeRequested) {
        this.wakeRequested = false;
        this.wake();
      } else {
        this.schedule();
      }
    });
  }

  /** Resolves once every event committed so far has been applied (used by reindex and tests). */
  async drain(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ pending }] = await this.dataSource.query(
        `SELECT (SELECT coalesce(max(id), 0) FROM content_events) - c.last_event_id AS pending FROM outbox_consumers c WHERE c.name = $1`,
        [this.options.name],
      );
      if (Number(pending) <= 0) return;
      if (Date.now() > deadline) throw new Error(`relay ${this.options.name} did not drain in ${timeoutMs} ms`);
      this.wake();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async status(): Promise<RelayStatus> {
    const [row] = await this.dataSource.query(
      `SELECT last_event_id, failures, last_error FROM outbox_consumers WHERE name = $1`,
      [this.options.name],
    );
    return {
      name: this.options.name,
      lastEventId: String(row?.last_event_id ?? 0),
      failures: row?.failures ?? 0,
      lastError: row?.last_error ?? null,
    };
  }

  private schedule(): void {
    const base = this.options.pollIntervalMs ?? 1000;
    const delay =
      this.failures === 0
        ? base
        : Math.min(this.options.maxBackoffMs ?? 30_000, 250 * 2 ** Math.min(this.failures, 10));
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    try {
      for (let more = true; more && !this.stopped;) {
        const claimed = await this.dataSource.query(
          `UPDATE outbox_consumers SET lease_owner = $2, lease_until = now() + make_interval(secs => $3)
           WHERE name = $1 AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until < now())
           RETURNING last_event_id`,
          [this.options.name, this.owner, LEASE_SECONDS],
        );
        const rows = claimed[0] as { last_event_id: string }[] | undefined;
        if (!rows || rows.length === 0) return; // another instance holds the lease
        const after = rows[0].last_event_id;
        const batchSize = this.options.batchSize ?? 200;
        const events = await this.dataSource
          .getRepository(ContentEvent)
          .createQueryBuilder('e')
          .where('e.id > :after', { after })
          .orderBy('e.id', 'ASC')
          .limit(batchSize)
          .getMany();
        if (events.length === 0) return;
        await this.options.handle(events);
        await this.dataSource.query(
          `UPDATE outbox_consumers SET last_event_id = $2, failures = 0, last_error = NULL WHERE name = $1 AND lease_owner = $3`,
          [this.options.name, events[events.length - 1].id, this.owner],
        );
        this.failures = 0;
        more = events.length === batchSize;
      }
    } catch (error) {
      this.failures += 1;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ message: 'outbox batch failed; will retry', failures: this.failures, error: message });
      await this.dataSource
        .query(`UPDATE outbox_consumers SET failures = failures + 1, last_error = $2 WHERE name = $1`, [
          this.options.name,
          message.slice(0, 1000),
        ])
        .catch(() => undefined);
    }
  }
}

/** Creates relays bound to this service's data source and outbox. */
export class OutboxRelayFactory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  create(options: OutboxRelayOptions): OutboxRelay {
    return new OutboxRelay(this.dataSource, this.outbox, options);
  }
}
