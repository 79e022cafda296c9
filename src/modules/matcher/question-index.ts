import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Audience } from '../../common/domain.js';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../../config/app-config.js';
import { LiveArticles, type LivePhrasings } from '../articles/live-articles.js';
import type { ContentEventType } from '../outbox/content-event.entity.js';
import type { OutboxFollower } from '../outbox/outbox-follower.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { stopwordsOf } from '../../common/language/analysis.js';
import { WorkerClient, workerModuleUrl } from '../../common/worker-client.js';
import type { LocaleModel, QuestionMatch } from './locale-matchers.js';
import { MatcherTrainer } from './matcher-trainer.js';
import type { MatchingRequest } from './matching-worker.js';

/** Content events after which the live questions may differ. */
export const RELEVANT_EVENTS: ContentEventType[] = ['article.published', 'article.unpublished', 'article.expired', 'article.archived', 'article.updated'];
const POLL_MS = 1_000;

/**
 * One question matcher per locale, trained on the titles and alternative questions of the live, unexpired
 * articles. Each instance follows the outbox itself (in-process commits wake it at once; other instances' commits
 * are seen by polling), and retrains on a worker thread (MatcherTrainer): queries keep using the previous model
 * until the new one is ready, so a publish never blocks serving. Questions are matched on another worker thread,
 * which holds the current models (a match takes about half a millisecond of CPU on a large knowledge base: the
 * serving thread does the rest of the request meanwhile, on the other core).
 */
@Injectable()
export class QuestionIndex implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QuestionIndex.name);
  /** Whether the matching worker holds models (the models themselves are not kept in this thread). */
  private trained = false;
  /** Bumped whenever the models change: a match of older models is not cached. */
  private generation = 0;
  private readonly matching = new WorkerClient<MatchingRequest, QuestionMatch[] | true>(workerModuleUrl(import.meta.url, 'modules/matcher/matching-worker'), {
    name: 'matching worker',
    // A worker started after one died holds no models: retrain (questions go to the search engine meanwhile).
    onStart: () => {
      if (!this.trained) return;
      this.trained = false;
      this.builtEventId = '-1';
      void this.check();
    },
  });
  /** Repeated questions (FAQ and bot traffic repeats a lot) answered from memory until the matchers change. */
  private readonly cache: LRUCache<string, QuestionMatch[]> | undefined;
  private seenEventId = '-1';
  private builtEventId = '-1';
  private building: Promise<void> | undefined;
  private readonly follower: OutboxFollower;
  private stopped = false;
  private readonly trainer = new MatcherTrainer();
  /** When the models now matching were put in place, and how long training them took (undefined until then). */
  lastTraining: { finishedAt: number; durationMs: number } | undefined;
  /** What the current models were trained on (`savoir doctor`). */
  private trainedOn: { articles: number; locales: number; at: Date } | undefined;

  constructor(
    private readonly live: LiveArticles,
    outbox: OutboxService,
    config: AppConfig,
  ) {
    this.follower = outbox.follow({ types: RELEVANT_EVENTS, pollMs: POLL_MS, wake: () => void this.check() });
    if (config.SEARCH_CACHE_SIZE > 0) this.cache = new LRUCache({ max: config.SEARCH_CACHE_SIZE });
  }

  onApplicationBootstrap(): void {
    void this.check();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.all([this.trainer.close(), this.matching.close()]);
    this.follower.stop();
    await this.building;
  }

  /** Resolves once the matchers reflect every content event committed so far (tests, benchmarks). */
  async current(): Promise<void> {
    for (;;) {
      await this.check();
      await this.building;
      if (this.builtEventId === this.seenEventId) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Live article-locales and locales the current models know, and when they were trained; undefined until trained. */
  modelState(): { articles: number; locales: number; at: Date } | undefined {
    return this.trained ? this.trainedOn : undefined;
  }

  /**
   * Best articles for a question over a locale chain (see LocaleMatchers.match), matched on the matching worker.
   * `undefined` when the matchers cannot be consulted: until trained, and when that worker died (the next question
   * starts another, which is trained again); serving then depends on the search engine.
   */
  async match(question: string, locales: string[], audiences: Audience[], limit: number): Promise<QuestionMatch[] | undefined> {
    if (!this.trained || this.stopped) return undefined;
    const key = this.cache && JSON.stringify([question, locales, [...audiences].sort(), limit]);
    const cached = key && this.cache!.get(key);
    if (cached) return cached;
    const generation = this.generation;
    let matches: QuestionMatch[];
    try {
      matches = (await this.matching.request({ match: { question, locales, audiences, limit } })) as QuestionMatch[];
    } catch (error) {
      this.logger.error({ message: 'could not match a question', error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
    // Answered by a worker started since the question was sent: it held no models yet.
    if (!this.trained) return undefined;
    if (key && generation === this.generation) this.cache!.set(key, matches);
    return matches;
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    try {
      const last = await this.follower.position();
      this.seenEventId = last;
      if (last !== this.builtEventId && !this.building) {
        this.building = this.rebuild(last).finally(() => (this.building = undefined));
      }
    } catch (error) {
      this.logger.warn({ message: 'could not check for content changes', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async rebuild(upTo: string): Promise<void> {
    try {
      await this.train(upTo);
    } catch (error) {
      if (this.stopped) return;
      // Keep serving the previous model; the next check retries.
      this.logger.error({ message: 'could not rebuild the question matchers', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async train(upTo: string): Promise<void> {
    const started = Date.now();
    const rows = await this.live.phrasings();
    const byLocale = new Map<string, LivePhrasings[]>();
    for (const row of rows) {
      if (!byLocale.has(row.locale)) byLocale.set(row.locale, []);
      byLocale.get(row.locale)!.push(row);
    }
    const next: LocaleModel[] = [];
    for (const [locale, articles] of byLocale) {
      // Shut down between two locales: no new worker.
      if (this.stopped) return;
      const model = await this.trainer.train(
        articles.map((a) => ({ key: a.articleId, questions: [a.title, ...a.questions] })),
        new Set(stopwordsOf(locale)),
      );
      next.push({ locale, model, articles: articles.map(({ questions: _q, ...a }) => a) });
    }
    if (this.stopped) return;
    await this.matching.request({ models: next });
    this.trained = true;
    this.generation += 1;
    this.cache?.clear();
    this.builtEventId = upTo;
    this.lastTraining = { finishedAt: Date.now(), durationMs: Date.now() - started };
    this.trainedOn = { articles: rows.length, locales: next.length, at: new Date() };
    this.logger.debug({ message: 'question matchers rebuilt', articles: rows.length, locales: next.length, ms: this.lastTraining.durationMs });
  }
}
