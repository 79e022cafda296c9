import { Injectable } from '@nestjs/common';
import type { Audience } from '../../common/domain.js';
import { DomainError } from '../../common/errors.js';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { WorkerClient, workerModuleUrl } from '../../common/worker-client.js';
import { LiveArticles, type LivePhrasings } from '../articles/live-articles.js';
import { OutboxService } from '../outbox/outbox.service.js';
import {
  type Learnable,
  learnableLocales,
  modelBytes,
  type QuestionMatch,
  type SerialisedLocaleModel,
} from './locale-matchers.js';
import { MatcherStore } from './matcher-store.js';
import type { MatchingRequest, MatchingResult } from './matching-worker.js';
import { MATCHING_WORKER_LIMITS, RELEVANT_EVENTS } from './question-index.js';

/** Most changed articles a replay's fresh tier learns (as the live one, see QuestionIndex). */
const FRESH_TIER_LIMIT = 2_000;
/** Refinement budget of a fresh tier's training (the centroid start is always complete). */
const FRESH_BUDGET_MS = 1_000;
/** Questions in flight to the replay's worker at once: enough to amortise the messages, few enough to stay fair. */
const IN_FLIGHT = 64;

/** A fresh tier to learn: the changed articles, and the live phrasings (or the overlay's) of those still live. */
type Fresh = { changed: string[]; locales: Learnable[] };

/**
 * Matchers for a replay, beside the live ones (which they never touch): on a worker thread of their own, the stored
 * trained models and a fresh tier of what changed since plus the overlaid articles, as they are live (`before`), or
 * with the `overlay` phrasings in place of theirs (`after`: a draft applied, a scheduled revision live). The change is
 * scored as live serving learns a publication (its fresh tier, beside the same trained models); both sides answer the
 * overlaid articles from that tier so that the difference is the change's alone. A new article has no `before`
 * phrasings: the fresh tier's pull on questions near it shows as changes, as it would right after publishing.
 */
export class ReplaySession {
  private readonly worker = new WorkerClient<MatchingRequest, MatchingResult>(
    workerModuleUrl(import.meta.url, 'modules/matcher/matching-worker'),
    { name: 'replay matching worker', resourceLimits: () => MATCHING_WORKER_LIMITS },
  );

  constructor(
    private readonly trained: SerialisedLocaleModel[],
    private readonly fresh: { before: Fresh; after: Fresh },
  ) {}

  /**
   * Matches every question with the `before` or `after` matchers, in order. A question asked again (FAQ and bot
   * traffic repeats a lot) over the same locales and audiences is matched once.
   */
  async matchAll(
    side: 'before' | 'after',
    questions: { question: string; locales: string[]; audiences: Audience[] }[],
    limit: number,
  ): Promise<QuestionMatch[][]> {
    await this.worker.request({ trained: this.trained });
    await this.worker.request({ learn: { ...this.fresh[side], budgetMs: FRESH_BUDGET_MS } });
    const keys = questions.map((q) => JSON.stringify([q.question, q.locales, q.audiences]));
    const unique = [...new Map(keys.map((key, i) => [key, questions[i]]))];
    const found = new Map<string, QuestionMatch[]>();
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < unique.length; i = next++) {
        const [key, { question, locales, audiences }] = unique[i];
        found.set(
          key,
          (await this.worker.request({ match: { question, locales, audiences, limit } })) as QuestionMatch[],
        );
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    return keys.map((key) => found.get(key)!);
  }

  close(): Promise<void> {
    return this.worker.close(new Error('replay closed'));
  }
}

@Injectable()
export class ReplayMatchers {
  constructor(
    private readonly store: MatcherStore,
    private readonly live: LiveArticles,
    private readonly outbox: OutboxService,
  ) {}

  /** A replay session for `overlay` (each a whole locale of an article: its phrasings as they would be). */
  async open(overlay: LivePhrasings[]): Promise<ReplaySession> {
    const stored = await this.store.latest();
    if (!stored)
      throw new DomainError('UNAVAILABLE', 'The question matcher is not trained yet: replay once it is', {}, [], 5);
    // Read at once: a retraining stored meanwhile removes the files of these models (see MatcherStore.save).
    const trained = stored.models.map((m) => ({ locale: m.locale, articles: m.articles, model: modelBytes(m) }));
    const upTo = await this.outbox.lastEventId(RELEVANT_EVENTS);
    const changed = (await this.outbox.articlesChanged(stored.version, upTo, RELEVANT_EVENTS)).slice(
      0,
      FRESH_TIER_LIMIT,
    );
    const overlaid = [...new Set(overlay.map((o) => o.articleId))];
    const replaced = new Set(overlay.map((o) => `${o.articleId}\u0000${o.locale}`));
    // A new article a draft proposes has no live phrasings (nor a uuid).
    const existing = overlaid.filter((id) => UUID_PATTERN.test(id));
    const both = [...new Set([...changed, ...existing])];
    const current = await this.live.phrasingsOf(both);
    // Both sides hold the overlaid articles in their fresh tier (before: as they are live), so that what differs is
    // their phrasings alone, not the tier answering them (see LocaleMatchers.match on fresh articles).
    const after = [...current.filter((p) => !replaced.has(`${p.articleId}\u0000${p.locale}`)), ...overlay];
    const before = { changed: both, locales: [...learnableLocales(current)] };
    const afterFresh = { changed: [...new Set([...both, ...overlaid])], locales: [...learnableLocales(after)] };
    return new ReplaySession(trained, { before, after: afterFresh });
  }
}
