import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Transferable } from 'node:worker_threads';
import type { Audience } from '../../common/domain.js';
import { LRUCache } from 'lru-cache';
import { AppConfig, usesDatabaseServer } from '../../config/app-config.js';
import type { LiveArticle } from '../articles/live-article.js';
import { LiveArticles, type LivePhrasings, type PhrasingCount } from '../articles/live-articles.js';
import type { ContentEventType } from '../outbox/content-event.entity.js';
import type { OutboxFollower } from '../outbox/outbox-follower.js';
import { laterPosition, OutboxService } from '../outbox/outbox.service.js';
import { withHeapGrowth } from '../../common/heap-growth.js';
import { wholeBuffers, WorkerClient, workerModuleUrl } from '../../common/worker-client.js';
import { learnableLocales, type QuestionMatch, type SerialisedLocaleModel } from './locale-matchers.js';
import type { CalibrationSample } from './calibration.js';
import { MatcherCalibration } from './matcher-calibration.js';
import { MatcherStore, type TrainedModels } from './matcher-store.js';
import type { MatchingRequest, MatchingResult } from './matching-worker.js';

/** Content events after which the live questions may differ. */
export const RELEVANT_EVENTS: ContentEventType[] = [
  'article.published',
  'article.unpublished',
  'article.expired',
  'article.archived',
  'article.updated',
];
const POLL_MS = 1_000;
/**
 * Most changed articles the fresh tier learns; past it (a bulk import before its retraining), the trained model
 * still ignores every changed article, and those past the limit are left to the search engine until the retraining.
 * A started instance whose stored models are further behind than this trains instead of loading them.
 */
const FRESH_TIER_LIMIT = 2_000;
/** Longest an answer waits for a content change committed by this instance to reach the fresh tier (see `catchUp`). */
const CATCH_UP_WAIT_MS = 1_000;
/**
 * Refinement budget of a fresh-tier training (the centroid start is always complete): it must stay quick. 20 CLINC150
 * articles of 4 questions train in ~8 ms (50: ~33 ms; bench/README.md, session 19); a bulk change of 2,000 takes this.
 */
const FRESH_BUDGET_MS = 1_000;
/**
 * Article fields a change of which (an `article.updated` event) leaves every model as it is: the models hold each
 * translation's title and questions, and of the article its slug, audience and state (LiveArticle).
 */
const FIELDS_NOT_IN_MODELS = new Set([
  'categoryId',
  'tags',
  'intents',
  'ownerKeyId',
  'ownerName',
  'reviewIntervalDays',
  'reviewBy',
]);

/** A stream of changes that never settles is still learnt this many retrain debounce periods after its first change. */
const MAX_DELAY_PERIODS = 10;
/** The training lease on a shared database: renewed while training, so an instance that dies frees it soon. */
const LEASE_SECONDS = 120;
/** On a shared database, how often the calibrations another instance stored are read again. */
const CALIBRATION_RELOAD_MS = 30_000;
/**
 * The serving heap's growth (percent past its live size) while a full training or calibration runs: the training
 * holds tens of MB beside it for minutes (see withHeapGrowth). 10%: a retraining under load peaked 14 MB lower
 * than with 15%, at the same throughput (bench/README.md, session 15).
 */
const TRAINING_HEAP_GROWTH_PERCENT = 10;

/**
 * A matching worker's heap limits: a young generation of 8 MB rather than V8's ~48 (matches allocate little that
 * lives, the models are old; what a training keeps is old too: its questions, packed, and its weights, in typed
 * arrays). No bound on the old generation: a training's heap grows with its questions' texts and features.
 */
export const MATCHING_WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** The trained models the matching worker holds. */
interface TrainedState {
  /** The last outbox event they include. */
  version: string;
  /** Trained by this instance, or loaded from the database (trained by this or another instance earlier). */
  source: 'trained' | 'loaded';
  trainedAt: Date;
  trainingMs: number;
  /** Live article translations they know, and their locales. */
  articles: number;
  locales: number;
  /**
   * The locales this instance's last training trained (source `trained`); the others' models were carried over from
   * the models it replaced, their content unchanged since.
   */
  trainedLocales?: string[];
}

/** The fresh tier the matching worker holds: what changed after `base` (the trained models' version) up to `upTo`. */
interface FreshState {
  base: string;
  upTo: string;
  /** Changed articles, and the live article translations among them the fresh tier learnt. */
  changed: number;
  articles: number;
}

/** What `savoir doctor` and /metrics say about the matcher. */
export interface MatcherState extends TrainedState {
  /** Live article translations answered from the fresh tier (changed since the training). */
  freshArticles: number;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One question matcher per locale, on the titles and alternative questions of the live, unexpired articles, in two
 * tiers (see LocaleMatchers). The trained models are slow to train (minutes on a large knowledge base): they are
 * stored, versioned with the last outbox event they include, so a started instance loads them; and retrained in the
 * background once the content has settled (MATCHER_RETRAIN_DEBOUNCE_MS), by one instance at a time (a lease) while
 * the others load the result. The fresh tier holds the articles changed since the trained models' version, learnt
 * again in milliseconds after each change: each instance follows the outbox itself (in-process commits wake it at
 * once, other instances' commits are seen by polling). Questions are matched on a worker thread holding both tiers.
 */
@Injectable()
export class QuestionIndex implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QuestionIndex.name);
  private trained: TrainedState | undefined;
  private fresh: FreshState | undefined;
  /** Bumped whenever the matchers change: a match of older ones is not cached. */
  private generation = 0;
  private readonly matching = new WorkerClient<MatchingRequest, MatchingResult>(
    workerModuleUrl(import.meta.url, 'modules/matcher/matching-worker'),
    {
      name: 'matching worker',
      resourceLimits: () => MATCHING_WORKER_LIMITS,
      // A worker started after one died holds no matchers: load them again (questions go to the search engine
      // meanwhile).
      onStart: () => {
        if (!this.trained) return;
        this.trained = undefined;
        this.fresh = undefined;
        void this.check();
      },
    },
  );
  /** Repeated questions (FAQ and bot traffic repeats a lot) answered from memory until the matchers change. */
  private readonly cache: LRUCache<string, QuestionMatch[]> | undefined;
  private seenEventId = '-1';
  /** When the first and the last change not yet in the trained models were seen (the retraining debounce). */
  private pending: { first: number; last: number } | undefined;
  private establishing: Promise<void> | undefined;
  private refreshing: Promise<void> | undefined;
  private retraining: Promise<void> | undefined;
  /** Until this instance's last content commit is in the matchers (see `catchUp`). */
  private catchingUp: Promise<void> | undefined;
  /** How long the fresh tier took to learn the last changes. */
  private refreshMs = 0;
  /**
   * Content commits of this instance, those the last outbox position read covers, and those the fresh tier covers:
   * the matchers are behind from a commit on, before its event is even read (see `match`).
   */
  private commits = 0;
  private positionCommits = 0;
  private freshCommits = 0;
  private readonly follower: OutboxFollower;
  private stopped = false;
  private calibrationsReadAt = Date.now();
  /** Instances sharing a database train in turn; the embedded one has a single instance. */
  private readonly shared: boolean;
  private readonly holder = randomUUID();
  private readonly debounceMs: number;

  constructor(
    private readonly live: LiveArticles,
    private readonly outbox: OutboxService,
    private readonly store: MatcherStore,
    private readonly calibration: MatcherCalibration,
    config: AppConfig,
  ) {
    this.follower = outbox.follow({
      types: RELEVANT_EVENTS,
      pollMs: POLL_MS,
      wake: (cause) => (cause === 'commit' ? this.catchUp() : void this.check()),
    });
    if (config.SEARCH_CACHE_SIZE > 0) this.cache = new LRUCache({ max: config.SEARCH_CACHE_SIZE });
    this.shared = usesDatabaseServer(config);
    this.debounceMs = config.MATCHER_RETRAIN_DEBOUNCE_MS;
  }

  onApplicationBootstrap(): void {
    void this.check();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.matching.close();
    this.follower.stop();
    await Promise.all([this.establishing, this.refreshing, this.retraining]);
  }

  /**
   * Resolves once the matchers reflect every content event committed so far, the fresh tier included (tests,
   * benchmarks).
   */
  async current(): Promise<void> {
    for (;;) {
      await this.check();
      await Promise.all([this.establishing, this.refreshing]);
      if (this.trained && this.fresh?.base === this.trained.version && this.fresh.upTo === this.seenEventId) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Resolves once the trained models include every content event committed so far, retraining now rather than after
   * the debounce (tests, benchmarks, `savoir doctor`), the answer threshold is calibrated on them, and the fresh tier
   * is current.
   */
  async settled(): Promise<void> {
    for (;;) {
      await this.current();
      // A retraining or calibration under way.
      await this.retraining;
      if (this.trained!.version === this.seenEventId) return;
      this.retraining ??= this.retrain().finally(() => (this.retraining = undefined));
      await this.retraining;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The matchers in use; undefined until there are trained models. */
  state(): MatcherState | undefined {
    return this.trained && { ...this.trained, freshArticles: this.fresh?.articles ?? 0 };
  }

  /**
   * Best articles for a question over a locale chain (see LocaleMatchers.match), matched on the matching worker.
   * `undefined` when the matchers cannot be consulted: until loaded or trained, and when that worker died (the next
   * question starts another, which is loaded again); serving then depends on the search engine.
   */
  async match(
    question: string,
    locales: string[],
    audiences: Audience[],
    limit: number,
  ): Promise<QuestionMatch[] | undefined> {
    if (this.catchingUp)
      await Promise.race([this.catchingUp, new Promise((resolve) => setTimeout(resolve, CATCH_UP_WAIT_MS).unref())]);
    if (!this.trained || this.stopped) return undefined;
    const key = this.cache && JSON.stringify([question, locales, [...audiences].sort(), limit]);
    const cached = key && this.cache!.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const known =
      this.fresh && laterPosition(this.fresh.upTo, this.trained.version) ? this.fresh.upTo : this.trained.version;
    const behind = this.commits > this.freshCommits || laterPosition(this.seenEventId, known);
    let matches: QuestionMatch[];
    try {
      const match = { question, locales, audiences, limit, behind };
      matches = (await this.matching.request({ match })) as QuestionMatch[];
    } catch (error) {
      this.logger.error({ message: 'could not match a question', error: message(error) });
      return undefined;
    }
    // Answered by a worker started since the question was sent: it held no matchers yet.
    if (!this.trained) return undefined;
    if (key && generation === this.generation) this.cache!.set(key, matches);
    return matches;
  }

  /**
   * After a content commit of this instance, answers wait for the matchers to learn it (CATCH_UP_WAIT_MS at most,
   * typically a few hundred milliseconds): the client that published is likely to ask about it next, and until the
   * fresh tier has the new article the trained model answers its questions with another one.
   */
  private catchUp(): void {
    this.commits += 1;
    // A fresh tier slower to learn than the wait (a bulk import under way) would only slow the answers down.
    if (this.refreshMs > CATCH_UP_WAIT_MS) return void this.check();
    const caughtUp = (async () => {
      await this.check();
      await Promise.all([this.establishing, this.refreshing]);
    })();
    this.catchingUp = caughtUp;
    void caughtUp.finally(() => {
      if (this.catchingUp === caughtUp) this.catchingUp = undefined;
    });
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    try {
      const commits = this.commits;
      const last = await this.follower.position();
      const now = Date.now();
      this.positionCommits = Math.max(this.positionCommits, commits);
      // Never back: a read started before another may return after it.
      if (laterPosition(last, this.seenEventId)) {
        this.seenEventId = last;
        this.pending = { first: this.pending?.first ?? now, last: now };
      }
      // A commit of no event the matchers follow (nothing to relearn).
      if (this.fresh && this.fresh.base === this.trained?.version && this.fresh.upTo === this.seenEventId)
        this.freshCommits = Math.max(this.freshCommits, this.positionCommits);
      if (!this.trained) {
        this.establishing ??= this.establish().finally(() => (this.establishing = undefined));
        return;
      }
      if (this.fresh?.base !== this.trained.version || this.fresh.upTo !== last)
        this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
      if (this.shared && now - this.calibrationsReadAt >= CALIBRATION_RELOAD_MS) {
        this.calibrationsReadAt = now;
        await this.calibration.reload();
      }
      if (this.trained.version === last || this.retraining) return;
      if (this.shared && (await this.loadNewer())) return;
      const { first, last: latest } = (this.pending ??= { first: now, last: now });
      if (now - latest >= this.debounceMs || now - first >= this.debounceMs * MAX_DELAY_PERIODS) {
        this.retraining ??= this.retrain().finally(() => (this.retraining = undefined));
      }
    } catch (error) {
      this.logger.warn({ message: 'could not check for content changes', error: message(error) });
    }
  }

  /** First models of this instance: the stored ones when the fresh tier can bring them up to date, else trained now. */
  private async establish(): Promise<void> {
    try {
      const stored = await this.store.latest().catch((error: unknown) => {
        // A model file gone from DATA_DIR (see MatcherStore): trained again below, and replaced.
        this.logger.warn({
          message: 'could not read the stored question matchers, training them',
          error: message(error),
        });
        return undefined;
      });
      if (stored) {
        const changed = await this.outbox.articlesChanged(stored.version, this.seenEventId, RELEVANT_EVENTS);
        if (changed.length <= FRESH_TIER_LIMIT) {
          try {
            await this.install(stored, 'loaded');
            // Calibrated by the retraining that stored them, unless they were stored before a calibration was.
            this.retraining ??= this.calibrateUncalibrated(stored).finally(() => (this.retraining = undefined));
            return;
          } catch (error) {
            // Unreadable (written by another Node.js, say): trained again below, and replaced.
            this.logger.warn({
              message: 'could not load the stored question matchers, training them',
              error: message(error),
            });
          }
        }
      }
      await this.retrain();
    } catch (error) {
      if (!this.stopped)
        this.logger.error({ message: 'could not load or train the question matchers', error: message(error) });
    }
  }

  /** Loads the stored models when another instance stored later ones than these; true if it did. */
  private async loadNewer(): Promise<boolean> {
    const version = await this.store.latestVersion();
    if (!version || !this.trained || !laterPosition(version, this.trained.version)) return false;
    const stored = await this.store.latest();
    if (!stored || !laterPosition(stored.version, this.trained.version)) return false;
    await this.install(stored, 'loaded');
    return true;
  }

  /**
   * Trains the models on the live content, stores them, puts them in place, then calibrates the answer threshold on
   * the live phrasings (see MatcherCalibration). On a shared database, only with the training lease: another instance
   * holding it is training, and this one loads its models once stored.
   */
  private async retrain(): Promise<void> {
    if (this.stopped || (this.shared && !(await this.store.claim(this.holder, LEASE_SECONDS)))) return;
    const renewal = this.shared
      ? setInterval(
          () => void this.store.claim(this.holder, LEASE_SECONDS).catch(() => undefined),
          (LEASE_SECONDS * 1000) / 4,
        )
      : undefined;
    try {
      // Read before the content: a change committed in between is in the fresh tier too, which wins (never lost).
      const version = await this.follower.position();
      // Another instance may have stored these very changes since this one decided to train.
      if (this.shared && (await this.loadNewer()) && !laterPosition(version, this.trained!.version)) return;
      await withHeapGrowth(TRAINING_HEAP_GROWTH_PERCENT, async () => {
        const live = await this.trainStoreAndInstall(version);
        if (live) await this.calibrate(live, version);
      });
    } catch (error) {
      if (this.stopped) return;
      // Keep serving the previous models; the next check retries after the debounce.
      this.pending = { first: this.pending?.first ?? Date.now(), last: Date.now() };
      this.logger.error({ message: 'could not train the question matchers', error: message(error) });
    } finally {
      clearInterval(renewal);
      if (this.shared) await this.store.release(this.holder).catch(() => undefined);
    }
  }

  /**
   * Trains models on the live phrasings, stores them and puts them in place; returns the live content's counts, for
   * the calibration (undefined when shut down meanwhile). Only the locales that changed since the models in place are
   * trained: the others' models are carried over (MatcherStore.carryOver), so that an edit in one language does not
   * retrain every other one (minutes of CPU each at 10,000 articles, and the training's memory). A locale's model is
   * parked in its file as soon as trained (see MatcherStore.park), and all are stored before being put in place, when
   * the matching worker reads them from their files (or takes their bytes, elsewhere: ~20 MB a locale of 10,000
   * articles): this thread holds none of them while the next locale trains, nor during the calibration that follows,
   * minutes beside the matching worker's models and the training's. Nor does it hold the live phrasings: each locale's
   * are read when it trains, and let go once sent (at 10,000 × 2, 11 MB of this heap read at once and held for the
   * whole training).
   */
  private async trainStoreAndInstall(version: string): Promise<PhrasingCount[] | undefined> {
    const started = Date.now();
    const base = this.trained?.version;
    const live = await this.live.phrasingCounts();
    const locales = live.map((count) => count.locale);
    const unchanged = base ? await this.unchangedLocales(base, version, locales) : new Set<string>();
    const park = (model: SerialisedLocaleModel) => this.store.park(version, model);
    const changed = await this.trainOn(
      locales.filter((locale) => !unchanged.has(locale)),
      park,
    );
    if (!changed) return undefined;
    const carried = unchanged.size === 0 ? [] : await this.store.carryOver(base!, version, [...unchanged]);
    // Not stored at `base` any more: trained too.
    const missed = carried ? [] : await this.trainOn([...unchanged], park);
    if (!missed) return undefined;
    const models = [...changed, ...missed, ...(carried ?? [])];
    const trained: TrainedModels = { version, trainedAt: new Date(), trainingMs: Date.now() - started, models };
    try {
      await this.store.save(trained);
    } catch (error) {
      // Served all the same; the next start trains again.
      this.logger.error({ message: 'could not store the question matchers', error: message(error) });
    }
    const trainedLocales = [...changed, ...missed].map((m) => m.locale);
    await this.install(trained, 'trained', trainedLocales);
    return live;
  }

  /**
   * The locales of the live content whose models would not change since `base` (up to `version`): no event names
   * them, and no event names every locale of an article, but a change of its fields the models do not hold.
   */
  private async unchangedLocales(base: string, version: string, locales: string[]): Promise<Set<string>> {
    const changed = new Set<string>();
    for (const { type, locale, fields } of await this.outbox.eventKinds(base, version, RELEVANT_EVENTS)) {
      if (locale) changed.add(locale);
      else if (type !== 'article.updated' || !fields || fields.some((field) => !FIELDS_NOT_IN_MODELS.has(field)))
        return new Set();
    }
    return new Set(locales.filter((locale) => !changed.has(locale)));
  }

  /**
   * Calibrates now, with the lease on a shared database, when a locale of the loaded models has no calibration (they
   * were stored before a calibration was, or it failed): a locale too small to calibrate is counted again at each
   * start, which costs a read of the live phrasings and no training.
   */
  private async calibrateUncalibrated(stored: TrainedModels): Promise<void> {
    await this.calibration.loaded();
    if (stored.models.every(({ locale }) => this.calibration.get(locale))) return;
    if (this.stopped || (this.shared && !(await this.store.claim(this.holder, LEASE_SECONDS)))) return;
    try {
      const version = await this.follower.position();
      await withHeapGrowth(TRAINING_HEAP_GROWTH_PERCENT, async () =>
        this.calibrate(await this.live.phrasingCounts(), version),
      );
    } catch (error) {
      if (!this.stopped)
        this.logger.error({ message: 'could not calibrate the answer threshold', error: message(error) });
    } finally {
      if (this.shared) await this.store.release(this.holder).catch(() => undefined);
    }
  }

  /**
   * Calibrates the answer threshold on the live phrasings (each locale's read when it calibrates, see
   * MatcherCalibration); a failure keeps the previous calibration.
   */
  private async calibrate(live: PhrasingCount[], version: string): Promise<void> {
    try {
      await this.calibration.calibrate(
        live,
        version,
        (locale) => this.live.phrasingsIn(locale),
        async (entries, locale, outOfScope) =>
          (await this.background({ calibrate: { entries, locale, outOfScope } })) as CalibrationSample[],
      );
    } catch (error) {
      if (!this.stopped)
        this.logger.error({ message: 'could not calibrate the answer threshold', error: message(error) });
    }
  }

  /** Relearns the fresh tier until it covers every event seen, relative to the trained models in place. */
  private async refresh(): Promise<void> {
    try {
      while (this.trained && !this.stopped) {
        const base = this.trained.version;
        const upTo = this.seenEventId;
        const commits = this.positionCommits;
        if (this.fresh?.base === base && this.fresh.upTo === upTo) {
          // Covered already: by a pass of this loop that read the position before this instance's commit was counted
          // (a poll can see an event before its commit's wake-up); the commit's own check found this loop running.
          this.freshCommits = Math.max(this.freshCommits, commits);
          return;
        }
        const started = Date.now();
        const changed = await this.outbox.articlesChanged(base, upTo, RELEVANT_EVENTS);
        const rows = changed.length > 0 ? await this.live.phrasingsOf(changed.slice(0, FRESH_TIER_LIMIT)) : [];
        await this.learnFresh(changed, rows);
        this.fresh = { base, upTo, changed: changed.length, articles: rows.length };
        this.freshCommits = Math.max(this.freshCommits, commits);
        this.refreshMs = Date.now() - started;
        this.changed();
        this.logger.debug({
          message: 'question matchers: fresh tier relearnt',
          changed: changed.length,
          articles: rows.length,
        });
      }
    } catch (error) {
      // The next check retries.
      if (!this.stopped)
        this.logger.error({ message: 'could not relearn the changed articles', error: message(error) });
    }
  }

  /** Puts the fresh tier of `changed` in the matching worker, learnt there. */
  private async learnFresh(changed: string[], rows: LivePhrasings[]): Promise<void> {
    const locales = [...learnableLocales(rows)];
    await this.handOver({ learn: { changed, locales, budgetMs: FRESH_BUDGET_MS } }, []);
  }

  /**
   * One model per locale of `locales` with live content (each passed to `keep` once trained); undefined when shut
   * down meanwhile.
   */
  private async trainOn(
    locales: string[],
    keep: (model: SerialisedLocaleModel) => SerialisedLocaleModel,
  ): Promise<SerialisedLocaleModel[] | undefined> {
    const models: SerialisedLocaleModel[] = [];
    for (const locale of locales) {
      // Shut down between two locales: no new worker.
      if (this.stopped) return undefined;
      const model = await this.trainLocale(locale, keep);
      if (model) models.push(model);
    }
    return this.stopped ? undefined : models;
  }

  /**
   * One locale's model, as `keep` keeps it (undefined: no live content in it any more). A function of its own: a local
   * of the loop above kept the bytes of the previous locale's model alive while the next one trained (the suspended
   * function's frame still held them: 18 MB at 10,000 articles, measured), parked or not.
   */
  private async trainLocale(
    locale: string,
    keep: (model: SerialisedLocaleModel) => SerialisedLocaleModel,
  ): Promise<SerialisedLocaleModel | undefined> {
    const sent = await this.sendTraining(locale);
    return sent && keep({ locale, articles: sent.articles, model: await sent.model });
  }

  /**
   * Reads a locale's live phrasings and sends them to be trained on: its articles, and the model to come. A function
   * of its own, so that the phrasings are let go once sent, not held while the locale trains.
   */
  private async sendTraining(
    locale: string,
  ): Promise<{ articles: LiveArticle[]; model: Promise<Uint8Array> } | undefined> {
    const [learnable] = learnableLocales(await this.live.phrasingsIn(locale));
    if (!learnable) return undefined;
    const { entries, articles } = learnable;
    return { articles, model: this.background({ train: { entries, locale } }) as Promise<Uint8Array> };
  }

  /**
   * A request to the matching worker for background work (a training, a calibration, a handover), refused once shut
   * down: a request to the closed worker would start another (see WorkerClient), for work nobody waits for.
   */
  private async background(request: MatchingRequest, transfer?: Transferable[]): Promise<MatchingResult> {
    if (this.stopped) throw new Error('the question matchers are shut down');
    return this.matching.request(request, transfer);
  }

  /**
   * Puts trained models in the matching worker; the fresh tier is then relearnt relative to them. Their bytes are
   * handed over, not copied: `trained.models[].model` is empty afterwards.
   */
  private async install(
    trained: TrainedModels,
    source: TrainedState['source'],
    trainedLocales?: string[],
  ): Promise<void> {
    if (this.stopped) return;
    await this.handOver({ trained: trained.models }, trained.models);
    // Stored with the models by the instance that trained them (after them: read again later too, see `check`).
    if (source === 'loaded' && this.shared) {
      this.calibrationsReadAt = Date.now();
      void this.calibration
        .reload()
        .catch((error: unknown) =>
          this.logger.warn({ message: 'could not read the answer thresholds', error: message(error) }),
        );
    }
    this.trained = {
      version: trained.version,
      source,
      trainedAt: trained.trainedAt,
      trainingMs: trained.trainingMs,
      articles: trained.models.reduce((sum, m) => sum + m.articles.length, 0),
      locales: trained.models.length,
      ...(trainedLocales ? { trainedLocales } : {}),
    };
    // Changes seen since these models' version still wait for a retraining (the fresh tier answers them meanwhile).
    if (!laterPosition(this.seenEventId, trained.version)) this.pending = undefined;
    this.changed();
    this.logger.debug({
      message: `question matchers ${source}`,
      version: trained.version,
      articles: this.trained.articles,
      locales: this.trained.locales,
      trainedLocales,
      ms: trained.trainingMs,
    });
    void this.check();
  }

  /**
   * Sends models to the matching worker, their bytes handed over rather than copied (`models[].model` is empty
   * afterwards). The worker lets the model each replaces go before reading it, a locale at a time (see
   * matching-worker): if it fails, it may hold some new and some old models, or none for a locale; this index then
   * forgets its record of that tier, so that no match is asked of it and the next check loads, trains or relearns
   * them again.
   */
  private async handOver(request: MatchingRequest, models: SerialisedLocaleModel[]): Promise<void> {
    try {
      await this.background(request, wholeBuffers(models.map(({ model }) => model)));
    } catch (error) {
      if ('trained' in request) this.trained = undefined;
      this.fresh = undefined;
      throw error;
    }
  }

  private changed(): void {
    this.generation += 1;
    this.cache?.clear();
  }
}
