import { Injectable } from '@nestjs/common';
import { type Audience, type Channel, type Principal } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { ArticlesService } from '../articles/articles.service.js';
import type { LivePhrasings } from '../articles/live-articles.js';
import type { ProposedRuleDto } from '../answer-rules/answer-rules.dto.js';
import { AnswerRulesService } from '../answer-rules/answer-rules.service.js';
import { type ActiveRule, type AppliedRule, choose, decide, needsIntents } from '../answer-rules/rule-engine.js';
import { ChannelProfilesService } from '../channels/channel-profiles.service.js';
import { DraftsService } from '../drafts/drafts.service.js';
import type { QuestionMatch } from '../matcher/locale-matchers.js';
import { MatcherCalibration } from '../matcher/matcher-calibration.js';
import { ReplayMatchers } from '../matcher/replay-matchers.js';
import { LoggedQuestions, type LoggedQuestion } from '../served-log/logged-questions.js';
import { localeChain } from '../serving/locale.js';

export const DEFAULT_REPLAY_LIMIT = 1_000;
/** Candidates per question, as serving asks for an answer. */
const CANDIDATES = 4;
/** Changes listed in a summary (the counts cover them all). */
const MAX_LISTED_CHANGES = 200;

export interface ReplayedAnswer {
  articleId: string | null;
  title?: string;
  handoff: boolean;
  rule?: AppliedRule;
}

export interface ReplaySummary {
  kind: 'draft' | 'revision' | 'rule';
  at: Date;
  by: string;
  questions: number;
  changed: number;
  gapsClosed: number;
  gapsOpened: number;
  changes: { question: string; channel: Channel; locale: string; before: ReplayedAnswer; after: ReplayedAnswer }[];
  articles: { articleId: string; title: string; lost: number; gained: number }[];
  ms: number;
}

interface Asked {
  logged: LoggedQuestion;
  question: string;
  locales: string[];
  audiences: Audience[];
}

/**
 * Replays the last logged questions (already redacted) against the knowledge base as it would be — a draft applied,
 * a scheduled revision live, a proposed answer rule in force — and reports what changes: answers (before and after
 * article), gaps closed (unanswered → answered) and the articles that lose questions. Both sides are answered by the
 * same means, the matcher and the rules as serving uses them, so that what differs is the change replayed alone.
 * Replays run one at a time per instance, and their matching off the serving thread (see ReplayMatchers).
 */
@Injectable()
export class ReplayService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: AppConfig,
    private readonly logged: LoggedQuestions,
    private readonly matchers: ReplayMatchers,
    private readonly calibration: MatcherCalibration,
    private readonly profiles: ChannelProfilesService,
    private readonly rules: AnswerRulesService,
    private readonly drafts: DraftsService,
    private readonly articles: ArticlesService,
  ) {}

  /** A draft applied: its locale of its article (or the new article) with the draft's phrasings. */
  async replayDraft(id: string, limit: number | undefined, by: Principal): Promise<ReplaySummary> {
    const draft = await this.drafts.get(id, by);
    const audience =
      draft.proposedArticle?.audience ??
      (draft.articleId ? (await this.articles.resolve(draft.articleId)).audience : null);
    const overlay: LivePhrasings = {
      articleId: draft.articleId ?? `draft:${draft.id}`,
      slug: draft.proposedArticle?.slug ?? '',
      audience: audience ?? 'public',
      locale: draft.locale,
      revision: (draft.currentRevision ?? 0) + 1,
      title: draft.title,
      questions: draft.alternativeQuestions,
    };
    const summary = await this.withKnowledgeBase('draft', [overlay], limit, by);
    await this.drafts.recordReplay(id, summary as unknown as Record<string, unknown>);
    return summary;
  }

  /** A revision (typically one scheduled to publish) as if it were live. */
  async replayRevision(
    articleId: string,
    locale: string | undefined,
    number: number,
    limit: number | undefined,
    by: Principal,
  ) {
    const article = await this.articles.resolve(articleId);
    const revision = await this.articles.getRevision(article.id, locale, number);
    const overlay: LivePhrasings = {
      articleId: article.id,
      slug: article.slug,
      audience: article.audience,
      locale: revision.locale,
      revision: revision.number,
      title: revision.title,
      questions: revision.alternativeQuestions,
    };
    return this.withKnowledgeBase('revision', [overlay], limit, by);
  }

  /** A proposed rule (new, or an edit of a stored one) against the rules in force; the knowledge base as it is. */
  async replayRule(proposed: ProposedRuleDto, limit: number | undefined, by: Principal): Promise<ReplaySummary> {
    const sets = await this.rules.withProposed(proposed);
    return this.serially(async () => {
      const started = Date.now();
      const [asked, session] = await Promise.all([this.asked(limit), this.matchers.open([])]);
      try {
        const matched = await session.matchAll('before', asked, CANDIDATES);
        return this.compare('rule', asked, [matched, sets.current], [matched, sets.proposed], started, by);
      } finally {
        await session.close();
      }
    });
  }

  private async withKnowledgeBase(
    kind: 'draft' | 'revision',
    overlay: LivePhrasings[],
    limit: number | undefined,
    by: Principal,
  ): Promise<ReplaySummary> {
    return this.serially(async () => {
      const started = Date.now();
      const [asked, rules, session] = await Promise.all([
        this.asked(limit),
        this.rules.active(),
        this.matchers.open(overlay),
      ]);
      try {
        const before = await session.matchAll('before', asked, CANDIDATES);
        const after = await session.matchAll('after', asked, CANDIDATES);
        const titles = new Map(overlay.map((o) => [o.articleId, o.title]));
        return this.compare(kind, asked, [before, rules], [after, rules], started, by, titles);
      } finally {
        await session.close();
      }
    });
  }

  /** The logged questions, with what their channel may see over their locale chain. */
  private async asked(limit = DEFAULT_REPLAY_LIMIT): Promise<Asked[]> {
    if (!(limit >= 1 && limit <= 10_000))
      throw badInput('limit must be between 1 and 10,000', [{ field: 'limit', message: 'out of range' }]);
    const rows = await this.logged.recent(limit);
    const audiences = new Map<Channel, Audience[]>();
    for (const row of rows) {
      if (audiences.has(row.channel)) continue;
      const profile = await this.profiles.get(row.channel);
      // The key's role is not logged: internal content counts only on the channels of agents.
      const internal = row.channel === 'agent' || row.channel === 'email';
      audiences.set(
        row.channel,
        profile.audiences.filter((a) => a === 'public' || internal),
      );
    }
    return rows.map((logged) => ({
      logged,
      question: logged.query,
      locales: localeChain(logged.locale || undefined, this.config.DEFAULT_LOCALE),
      audiences: audiences.get(logged.channel)!,
    }));
  }

  private async compare(
    kind: ReplaySummary['kind'],
    asked: Asked[],
    [beforeMatches, beforeRules]: [QuestionMatch[][], ActiveRule[]],
    [afterMatches, afterRules]: [QuestionMatch[][], ActiveRule[]],
    started: number,
    by: Principal,
    titles = new Map<string, string>(),
  ): Promise<ReplaySummary> {
    const intents = new Map<string, string[]>();
    const withIntents = needsIntents([...beforeRules, ...afterRules]);
    const now = new Date();
    const answer = async (a: Asked, candidates: QuestionMatch[], rules: ActiveRule[]): Promise<ReplayedAnswer> => {
      for (const c of candidates) titles.set(c.articleId, c.title);
      const top = candidates[0];
      let topIntents: string[] | undefined;
      if (withIntents && top) {
        if (!intents.has(top.articleId)) intents.set(top.articleId, await this.rules.intentsOf(top.articleId));
        topIntents = intents.get(top.articleId);
      }
      const decision = decide(rules, {
        channel: a.logged.channel,
        locale: a.locales[0],
        apiKeyId: a.logged.apiKeyId,
        question: a.question,
        at: now,
        topArticleId: top?.articleId ?? null,
        topIntents,
      });
      const profile = await this.profiles.get(a.logged.channel);
      const threshold = profile.minConfidence ?? this.calibration.threshold(top?.locale ?? a.locales[0]).threshold;
      const choice = choose(candidates, decision, threshold);
      return {
        articleId: choice.articleId,
        handoff: choice.handoff,
        ...(decision.rules[0] ? { rule: decision.rules[0] } : {}),
      };
    };
    const summary: ReplaySummary = {
      kind,
      at: now,
      by: by.name,
      questions: asked.length,
      changed: 0,
      gapsClosed: 0,
      gapsOpened: 0,
      changes: [],
      articles: [],
      ms: 0,
    };
    const shifts = new Map<string, { lost: number; gained: number }>();
    const shift = (id: string) => shifts.get(id) ?? shifts.set(id, { lost: 0, gained: 0 }).get(id)!;
    for (const [i, a] of asked.entries()) {
      const before = await answer(a, beforeMatches[i], beforeRules);
      const after = await answer(a, afterMatches[i], afterRules);
      if (before.articleId === after.articleId && before.handoff === after.handoff) continue;
      summary.changed += 1;
      if (!before.articleId && after.articleId) summary.gapsClosed += 1;
      if (before.articleId && !after.articleId) summary.gapsOpened += 1;
      if (before.articleId !== after.articleId) {
        if (before.articleId) shift(before.articleId).lost += 1;
        if (after.articleId) shift(after.articleId).gained += 1;
      }
      if (summary.changes.length < MAX_LISTED_CHANGES) {
        const named = (r: ReplayedAnswer) => (r.articleId ? { ...r, title: titles.get(r.articleId) ?? '' } : r);
        summary.changes.push({
          question: a.question,
          channel: a.logged.channel,
          locale: a.locales[0],
          before: named(before),
          after: named(after),
        });
      }
    }
    summary.articles = [...shifts]
      .map(([articleId, s]) => ({ articleId, title: titles.get(articleId) ?? '', ...s }))
      .sort((x, y) => y.lost - x.lost || y.gained - x.gained);
    summary.ms = Date.now() - started;
    return summary;
  }

  /** One replay at a time: each holds a worker and a copy of the models. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
