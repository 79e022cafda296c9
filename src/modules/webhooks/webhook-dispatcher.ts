import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { DataSource, type QueryDeepPartialEntity } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { ChangeEvent, toChangeEvent } from '../changes/change-event.js';
import type { ContentEvent } from '../outbox/content-event.entity.js';
import { OutboxRelay, OutboxRelayFactory } from '../outbox/outbox-relay.js';
import { retryDelayMs, selects, SIGNATURE_HEADER, signDelivery, TIMESTAMP_HEADER } from './delivery-rules.js';
import { PrivateTargetError, pinnedLookup } from './target-address.js';
import { WebhookTargets } from './webhook-targets.js';
import { DeliveryAttempt, Webhook, WebhookDelivery } from './webhook.entity.js';

/** Deliveries sent at once by one instance. */
const BATCH = 10;

interface ClaimedDelivery {
  id: string;
  event_type: string;
  payload: ChangeEvent;
  attempts: number;
  url: string;
  secret: string;
}

/**
 * Sends content events to webhooks in two durable steps, so that no receiver can slow or block an edit:
 * 1. an outbox relay fans each committed event out into `webhook_deliveries` (one row per matching webhook,
 *    idempotent on (webhook, event), so a replayed batch adds nothing);
 * 2. a worker claims due deliveries with a lease (a later `next_attempt_at`; SKIP LOCKED between instances), makes
 *    the HTTP call with no transaction open, then records the outcome and, on failure, the next attempt time.
 * Each webhook gets its events in order: only its oldest pending delivery can be claimed, so a failing receiver
 * holds back its own queue (until success or the last attempt) and nobody else's. A crash mid-call leaves the
 * delivery due again when its lease ends: delivery is at least once.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly relay: OutboxRelay;
  private timer: NodeJS.Timeout | undefined;
  /** The current pass and at most one queued after it: wakes during a pass coalesce into the queued one. */
  private passes: Promise<void> = Promise.resolve();
  private queued = false;
  private stopped = true;
  /** Aborts calls in flight at shutdown: they count as failed attempts and are retried after the restart. */
  private readonly shutdown = new AbortController();
  /** Delivery attempts made by this instance, by outcome: succeeded, failed and retried later, failed for good. */
  readonly attempts = { succeeded: 0, retrying: 0, failed: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly targets: WebhookTargets,
    relays: OutboxRelayFactory,
  ) {
    this.relay = relays.create({ name: 'webhooks', handle: (events) => this.fanOut(events) });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopped = false;
    await this.relay.start();
    this.timer = setInterval(() => this.wake(), this.config.WEBHOOK_POLL_INTERVAL_MS);
    this.timer.unref();
    this.wake();
  }

  /** Stops before the database closes (onApplicationShutdown), so the last outcomes are recorded. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.shutdown.abort();
    clearInterval(this.timer);
    await this.relay.stop();
    await this.passes;
  }

  /** Resolves once every committed event has been turned into deliveries (tests, tooling). */
  drain(timeoutMs?: number): Promise<void> {
    return this.relay.drain(timeoutMs);
  }

  /** Sends what is due now, or right after the pass under way. */
  wake(): void {
    if (this.stopped || this.queued) return;
    this.queued = true;
    this.passes = this.passes.then(async () => {
      this.queued = false;
      await this.pass().catch((error) => this.logger.warn({ message: 'delivery pass failed', error: String(error) }));
    });
  }

  private async fanOut(events: ContentEvent[]): Promise<void> {
    const webhooks = await this.dataSource.getRepository(Webhook).find({ where: { active: true } });
    const rows: QueryDeepPartialEntity<WebhookDelivery>[] = [];
    for (const event of events) {
      const change = toChangeEvent(event, true);
      if (!change) continue;
      for (const webhook of webhooks) {
        // A webhook hears what happens after it was registered, not the backlog the relay has yet to read.
        if (webhook.createdAt <= event.createdAt && selects(webhook.events, change.type)) {
          rows.push({
            webhookId: webhook.id,
            eventId: event.id,
            eventType: change.type,
            payload: change as QueryDeepPartialEntity<ChangeEvent>,
            status: 'pending',
            attempts: 0,
            attemptLog: [],
          });
        }
      }
    }
    if (rows.length === 0) return;
    await this.dataSource.createQueryBuilder().insert().into(WebhookDelivery).values(rows).orIgnore().execute();
    this.wake();
  }

  private async pass(): Promise<void> {
    while (!this.stopped) {
      const claimed = await this.claim();
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    }
  }

  private async claim(): Promise<ClaimedDelivery[]> {
    const leaseMs = this.config.WEBHOOK_TIMEOUT_MS + 30_000;
    const [rows] = await this.dataSource.query(
      `UPDATE webhook_deliveries d SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
         FROM webhooks w
        WHERE w.id = d.webhook_id AND d.id IN (
          SELECT p.id FROM webhook_deliveries p JOIN webhooks h ON h.id = p.webhook_id AND h.active
           WHERE p.status = 'pending' AND p.next_attempt_at <= now()
             AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e WHERE e.webhook_id = p.webhook_id AND e.status = 'pending' AND e.event_id < p.event_id)
           ORDER BY p.next_attempt_at, p.event_id LIMIT $1 FOR UPDATE OF p SKIP LOCKED)
        RETURNING d.id, d.event_type, d.payload, d.attempts, w.url, w.secret`,
      [BATCH, leaseMs],
    );
    return rows as ClaimedDelivery[];
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    let refused = false;
    const timeout = AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS);
    // The address lookup counts in the delivery's time, as the connection and the answer do.
    const signal = AbortSignal.any([timeout, this.shutdown.signal]);
    try {
      const url = new URL(delivery.url);
      const addresses = await this.targets.deliveryAddresses(url, signal);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Savoir-Webhooks/1',
        'x-savoir-delivery': delivery.id,
        'x-savoir-event': delivery.event_type,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signDelivery(delivery.secret, timestamp, body),
      };
      statusCode = await post(url, headers, body, signal, addresses && pinnedLookup(addresses));
      if (statusCode < 200 || statusCode >= 300) error = `receiver answered ${statusCode}`;
    } catch (cause) {
      // A target that is not public stays so until an admin changes it or the setting: retrying would not help.
      refused = cause instanceof PrivateTargetError;
      if (refused) error = `refused: ${(cause as Error).message} (WEBHOOK_ALLOW_PRIVATE_TARGETS is off)`;
      else if (timeout.aborted) error = `no answer within ${this.config.WEBHOOK_TIMEOUT_MS} ms`;
      else {
        // Node's errors carry a string code (ECONNREFUSED); a DOMException (the shutdown's abort) a number.
        const code = (cause as { code?: unknown }).code;
        error = String(typeof code === 'string' ? code : cause instanceof Error ? cause.message : cause).slice(0, 500);
      }
    }
    const attempts = delivery.attempts + 1;
    const attempt: DeliveryAttempt = {
      at: new Date(started).toISOString(),
      statusCode,
      error,
      durationMs: Date.now() - started,
    };
    const status =
      error === null ? 'succeeded' : refused || attempts >= this.config.WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'pending';
    const delay = retryDelayMs(attempts, this.config.WEBHOOK_RETRY_BASE_MS, this.config.WEBHOOK_RETRY_MAX_MS);
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = $2, attempts = $3, last_status_code = $4, last_error = $5,
              attempt_log = attempt_log || $6::jsonb,
              delivered_at = CASE WHEN $2 = 'succeeded' THEN now() END,
              next_attempt_at = now() + make_interval(secs => $7::double precision / 1000)
        WHERE id = $1`,
      [delivery.id, status, attempts, statusCode, error, JSON.stringify([attempt]), delay],
    );
    this.attempts[status === 'pending' ? 'retrying' : status] += 1;
    if (status === 'failed')
      this.logger.warn({ message: 'webhook delivery given up', deliveryId: delivery.id, attempts, error });
    else if (error !== null)
      this.logger.log({ message: 'webhook delivery failed; will retry', deliveryId: delivery.id, attempts, error });
  }
}

/**
 * POSTs one delivery and returns the receiver's status code, its body unread. Redirects are not followed: one is an
 * answer that is not 2xx, since following it would send signed content to a URL nobody registered (and checked).
 * `lookup`, when given, is where the connection goes, instead of a fresh DNS resolution.
 */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
  lookup: LookupFunction | undefined,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal,
        agent: false,
        lookup,
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
