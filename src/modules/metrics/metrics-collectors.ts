import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { OutboxService } from '../outbox/outbox.service.js';
import { SEARCH_ENGINE, type SearchEngine } from '../search/search-engine.js';
import { ServedLogService } from '../served-log/served-log.service.js';
import { type MatcherState, QuestionIndex } from '../matcher/question-index.js';
import { WebhookDispatcher } from '../webhooks/webhook-dispatcher.js';
import { AppMetrics } from './app-metrics.js';

/**
 * The service metrics, read from the services when Prometheus scrapes (nothing is done per request): the served-answer
 * log's queue, the outbox consumers' lag, the question matchers' age, the search engine's health, webhook deliveries.
 * Counters kept by the services are copied at each scrape (reset, then set to their total). A figure that cannot be
 * read (the database down) is left out of that scrape rather than failing it.
 */
@Injectable()
export class MetricsCollectors implements OnModuleInit {
  private readonly logger = new Logger('Metrics');

  constructor(
    @Optional() @Inject(AppMetrics) private readonly metrics: AppMetrics | null,
    private readonly servedLog: ServedLogService,
    private readonly outbox: OutboxService,
    private readonly questions: QuestionIndex,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly webhooks: WebhookDispatcher,
  ) {}

  onModuleInit(): void {
    if (!this.metrics) return;
    const registers = [this.metrics.registry];
    const { servedLog, outbox, questions, engine, webhooks } = this;
    const unreadable = (what: string, error: unknown) =>
      this.logger.warn({ message: `could not read ${what} for the metrics`, error: String(error) });

    new Gauge({
      name: 'savoir_served_log_waiting_rows',
      help: 'Served-answer and search log rows queued, not written yet',
      registers,
      collect() {
        this.set(servedLog.waitingRows);
      },
    });
    new Counter({
      name: 'savoir_served_log_rows_written_total',
      help: 'Served-answer and search log rows written',
      registers,
      collect() {
        this.reset();
        this.inc(servedLog.writtenRows);
      },
    });
    new Counter({
      name: 'savoir_served_log_rows_dropped_total',
      help: 'Log rows dropped: refused by the database, or past the queue bound',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        this.inc({ reason: 'refused' }, servedLog.refusedRows);
        this.inc({ reason: 'overflow' }, servedLog.overflowRows);
      },
    });

    new Gauge({
      name: 'savoir_outbox_lag_events',
      help: 'Committed content events each outbox consumer has yet to apply',
      labelNames: ['consumer'],
      registers,
      async collect() {
        this.reset();
        try {
          for (const { name, lag } of await outbox.consumerLags()) this.set({ consumer: name }, lag);
        } catch (error) {
          unreadable('the outbox lag', error);
        }
      },
    });

    /** A figure of the matchers in use, absent until they are loaded or trained. */
    const matcherGauge = (name: string, help: string, value: (state: MatcherState) => number) =>
      new Gauge({
        name,
        help: `${help} (absent until loaded or trained)`,
        registers,
        collect() {
          const state = questions.state();
          // Not `reset`: it sets a gauge without labels to 0, which would read as a model trained just now.
          if (state) this.set(value(state));
          else this.remove();
        },
      });
    matcherGauge(
      'savoir_matcher_model_age_seconds',
      'Seconds since the trained question matchers now in use were trained, here or by another instance',
      (state) => (Date.now() - state.trainedAt.getTime()) / 1000,
    );
    matcherGauge(
      'savoir_matcher_training_seconds',
      'How long training the question matchers now in use took',
      (state) => state.trainingMs / 1000,
    );
    new Gauge({
      name: 'savoir_matcher_model_version',
      help: 'Last outbox event the trained question matchers include, by where they come from (trained by this instance, or loaded from the database)',
      labelNames: ['source'],
      registers,
      collect() {
        this.reset();
        const state = questions.state();
        if (state) this.set({ source: state.source }, Number(state.version));
      },
    });
    matcherGauge(
      'savoir_matcher_fresh_articles',
      "Live article translations answered from the question matcher's fresh tier: changed since its training",
      (state) => state.freshArticles,
    );

    new Gauge({
      name: 'savoir_search_engine_up',
      help: '1 when the search engine answers, 0 when it does not',
      labelNames: ['engine'],
      registers,
      async collect() {
        this.reset();
        this.set({ engine: engine.name }, (await engine.health()).ready ? 1 : 0);
      },
    });

    new Counter({
      name: 'savoir_webhook_delivery_attempts_total',
      help: 'Webhook delivery attempts by outcome: succeeded, failed and retried later (retrying), failed for good (failed)',
      labelNames: ['outcome'],
      registers,
      collect() {
        this.reset();
        for (const [outcome, count] of Object.entries(webhooks.attempts)) this.inc({ outcome }, count);
      },
    });
  }
}
