import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Audience } from '../../common/domain.js';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../../config/app-config.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { MatcherTrainer } from './matcher-trainer.js';
import type { KeyFilter, QuestionMatcher } from './question-matcher.js';

/** What the matcher knows of a live article in one locale. */
export interface LiveArticle {
  articleId: string;
  slug: string;
  audience: Audience;
  locale: string;
  revision: number;
  title: string;
}

export interface QuestionMatch extends LiveArticle {
  /** sqrt(model probability × similarity to the nearest phrasing), in [0, 1]. */
  confidence: number;
  matchedQuestion: string;
}

/** Content events after which the live questions may differ. */
const RELEVANT_EVENTS = ['article.published', 'article.unpublished', 'article.expired', 'article.archived', 'article.updated'];
const POLL_MS = 1_000;

const STOP_WORDS: Record<string, ReadonlySet<string>> = { en: new Set(englishStopWords), fr: new Set(frenchStopWords) };

interface LocaleMatcher {
  matcher: QuestionMatcher;
  articles: Map<string, LiveArticle>;
  /** Key filters per audience set and earlier locales of the chain, computed on first use (a handful exist). */
  filters: Map<string, KeyFilter>;
}

/**
 * One question matcher per locale, trained on the titles and alternative questions of the live, unexpired
 * articles. Each instance follows the outbox itself (in-process commits wake it at once; other instances' commits
 * are seen by polling), and retrains on a worker thread (MatcherTrainer): queries keep using the previous model
 * until the new one is ready, so a publish never blocks serving.
 */
@Injectable()
export class QuestionIndex implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QuestionIndex.name);
  private matchers = new Map<string, LocaleMatcher>();
  /** Repeated questions (FAQ and bot traffic repeats a lot) answered from memory until the matchers change. */
  private readonly cache: LRUCache<string, QuestionMatch[]> | undefined;
  private seenEventId = '-1';
  private builtEventId = '-1';
  private building: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopped = false;
  private readonly trainer = new MatcherTrainer();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    config: AppConfig,
  ) {
    if (config.SEARCH_CACHE_SIZE > 0) this.cache = new LRUCache({ max: config.SEARCH_CACHE_SIZE });
  }

  onApplicationBootstrap(): void {
    this.unsubscribe = this.outbox.onCommit(() => void this.check());
    this.timer = setInterval(() => void this.check(), POLL_MS);
    this.timer.unref();
    void this.check();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.trainer.close();
    this.unsubscribe?.();
    clearInterval(this.timer);
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

  /**
   * Best articles for a question over a locale chain. An article is taken from the earliest locale that has it: a
   * later locale's matcher ranks only the articles none of the earlier ones has (and is skipped when there are
   * none, as when every article is translated).
   */
  match(question: string, locales: string[], audiences: Audience[], limit: number): QuestionMatch[] {
    const key = JSON.stringify([question, locales, [...audiences].sort(), limit]);
    const cached = this.cache?.get(key);
    if (cached) return cached;
    const found: QuestionMatch[] = [];
    locales.forEach((locale, i) => {
      const entry = this.matchers.get(locale);
      if (!entry) return;
      const filter = this.filterOf(entry, audiences, locales.slice(0, i));
      if (filter.entries.length === 0) return;
      for (const hit of entry.matcher.match(question, limit, filter)) {
        found.push({ ...entry.articles.get(hit.key)!, confidence: Math.sqrt(hit.probability * hit.similarity), matchedQuestion: hit.matchedQuestion });
      }
    });
    const matches = found.sort((a, b) => b.confidence - a.confidence).slice(0, limit);
    this.cache?.set(key, matches);
    return matches;
  }

  /** The articles of `entry` that `audiences` may see and that none of the `earlier` locales has. */
  private filterOf(entry: LocaleMatcher, audiences: Audience[], earlier: string[]): KeyFilter {
    const key = JSON.stringify([[...audiences].sort(), earlier]);
    let filter = entry.filters.get(key);
    if (!filter) {
      const hiding = earlier.map((locale) => this.matchers.get(locale)?.articles).filter((articles) => articles !== undefined);
      filter = entry.matcher.filter((articleId) => audiences.includes(entry.articles.get(articleId)!.audience) && !hiding.some((articles) => articles.has(articleId)));
      entry.filters.set(key, filter);
    }
    return filter;
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    try {
      const [{ last }] = await this.dataSource.query(`SELECT coalesce(max(id), 0)::text AS last FROM content_events WHERE type = ANY($1)`, [RELEVANT_EVENTS]);
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
    const rows: (LiveArticle & { questions: string[] })[] = await this.dataSource.query(
      `SELECT a.id AS "articleId", a.slug, a.audience, r.locale, r.number AS revision, r.title,
              r.alternative_questions AS questions
         FROM articles a
         JOIN article_locales l ON l.article_id = a.id AND l.live_revision IS NOT NULL
         JOIN article_revisions r ON r.article_id = l.article_id AND r.locale = l.locale AND r.number = l.live_revision
        WHERE a.state = 'active' AND (r.expires_at IS NULL OR r.expires_at > now())
        ORDER BY a.id, r.locale`,
    );
    const byLocale = new Map<string, (LiveArticle & { questions: string[] })[]>();
    for (const row of rows) {
      if (!byLocale.has(row.locale)) byLocale.set(row.locale, []);
      byLocale.get(row.locale)!.push(row);
    }
    const next = new Map<string, LocaleMatcher>();
    for (const [locale, articles] of byLocale) {
      // Shut down between two locales: no new worker.
      if (this.stopped) return;
      const matcher = await this.trainer.train(
        articles.map((a) => ({ key: a.articleId, questions: [a.title, ...a.questions] })),
        STOP_WORDS[locale.split('-')[0].toLowerCase()],
      );
      next.set(locale, { matcher, articles: new Map(articles.map(({ questions: _q, ...a }) => [a.articleId, a])), filters: new Map() });
    }
    this.matchers = next;
    this.cache?.clear();
    this.builtEventId = upTo;
    this.logger.debug({ message: 'question matchers rebuilt', articles: rows.length, locales: next.size, ms: Date.now() - started });
  }
}
