import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { canSeeInternal, type Channel, CHANNELS, type Principal, type Role } from '../../common/domain.js';
import { DomainError, forbidden, notFound } from '../../common/errors.js';
import { redactPersonalData } from '../../common/redact.js';
import { isReviewDue, type Verification, verificationOf } from '../articles/freshness.js';
import { LiveArticles, type LiveRevision } from '../articles/live-articles.js';
import { CategoryTree } from '../taxonomy/category-tree.js';
import { ServedLogService, type ServedRow, type TopCandidate } from '../served-log/served-log.service.js';
import { AnswerRulesService } from '../answer-rules/answer-rules.service.js';
import { choose, rerank, type RuledChoice } from '../answer-rules/rule-engine.js';
import { ChannelProfilesService } from '../channels/channel-profiles.service.js';
import { AnswerRanking, type RankedAnswer } from './answer-ranking.js';
import { KnowledgeSearch } from './knowledge-search.js';
import type { ServingContext } from './serving-context.js';
import { FaqLists } from './faq-lists.js';
import { LiveRevisions } from './live-revisions.js';
import { localeChain } from './locale.js';
import { type Format, markdownToText } from '../channels/render.js';
import { renderWording, wordingFor } from '../channels/wording.js';
import { stripEmailHistory } from './email-text.js';
import { ReplyDrafter } from './reply-drafter.js';
import type {
  AnswerDto,
  FaqQuery,
  PreviewDto,
  PreviewView,
  RenderQuery,
  ReplySuggestionDto,
  SearchQuery,
} from './serving.dto.js';

/** Channels a role may ask for explicitly (a key may always use its own channel). */
const CHANNELS_BY_ROLE: Record<Role, Channel[]> = {
  public: ['web'],
  bot: ['bot', 'voice', 'web'],
  agent: ['web', 'bot', 'voice', 'agent', 'email'],
  editor: ['web', 'bot', 'voice', 'agent', 'email'],
  admin: ['web', 'bot', 'voice', 'agent', 'email'],
};

/** An article revision rendered for a channel. */
export interface RenderedArticle {
  articleId: string;
  slug: string;
  revision: number;
  locale: string;
  requestedLocale: string;
  channel: Channel;
  title: string;
  format: Format;
  /** Which wording was used: a channel variant, `summary`, or `body`. */
  variant: string;
  content: string;
  truncated: boolean;
  internalNotes?: string;
  publishedAt: Date | null;
  /** The last verification, if it covers this revision (made after its publication). */
  verified: Verification | null;
  /** The article is past its review date. */
  reviewDue: boolean;
}

/**
 * Serving: turns live content into what each channel shows, within what the key may see, and logs every article
 * served. Search ranking is the search module's; answering combines it with the in-process question matcher.
 */
@Injectable()
export class ServingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Serving');

  constructor(
    private readonly categoryTree: CategoryTree,
    private readonly config: AppConfig,
    private readonly profiles: ChannelProfilesService,
    private readonly search: KnowledgeSearch,
    private readonly ranking: AnswerRanking,
    private readonly log: ServedLogService,
    private readonly drafter: ReplyDrafter,
    private readonly live: LiveRevisions,
    private readonly faqLists: FaqLists,
    private readonly rules: AnswerRulesService,
    private readonly liveArticles: LiveArticles,
  ) {}

  /**
   * Ranks, before the server listens (so before /health/ready answers), the FAQ lists a public key asks for first: each
   * channel's, without a category, of the default length, in each locale that has live articles. Otherwise the first
   * requests after a start wait for them: one ranking statement per list (0.1-0.4 s under load at 20,000 revisions),
   * which on the embedded database also holds every other request. A failure here only leaves the lists to the
   * requests, as before.
   */
  async onApplicationBootstrap(): Promise<void> {
    // Without a content cache every request ranks its list anyway.
    if (this.config.CONTENT_CACHE_SIZE === 0) return;
    try {
      const locales = await this.liveArticles.liveLocales();
      for (const channel of CHANNELS) {
        const principal: Principal = { keyId: '', name: 'FAQ warm-up', role: 'public', channel };
        for (const locale of locales) await this.faq(principal, { locale });
      }
    } catch (error) {
      this.logger.warn({ message: 'FAQ lists not ranked at start', error: String(error) });
    }
  }

  async context(principal: Principal, requested: { channel?: Channel; locale?: string }): Promise<ServingContext> {
    const channel = requested.channel ?? principal.channel;
    if (channel !== principal.channel && !CHANNELS_BY_ROLE[principal.role].includes(channel)) {
      throw forbidden(`A "${principal.role}" key may not be served as channel "${channel}"`);
    }
    const profile = await this.profiles.get(channel);
    const internal = canSeeInternal(principal.role);
    return {
      principal,
      channel,
      profile,
      // The role bounds the profile: public and bot keys never see internal content, whatever the profile says.
      audiences: profile.audiences.filter((a) => a === 'public' || internal),
      internalNotes: profile.includeInternalNotes && internal,
      locales: localeChain(requested.locale, this.config.DEFAULT_LOCALE),
    };
  }

  async searchArticles(principal: Principal, query: SearchQuery) {
    const ctx = await this.context(principal, query);
    const categoryId = query.category ? await this.categoryId(query.category) : undefined;
    const result = await this.search.search({
      q: query.q,
      locales: ctx.locales,
      audiences: ctx.audiences,
      categoryId,
      tags: query.tags,
      limit: query.limit ?? 10,
    });
    const searchId = this.logSearch(
      ctx,
      'search',
      query.q,
      { category: query.category, tags: query.tags, limit: query.limit },
      result.hits,
      query.sessionId,
    );
    return {
      searchId,
      locales: ctx.locales,
      total: result.total,
      hits: result.hits.map((h) => ({
        articleId: h.articleId,
        slug: h.slug,
        revision: h.revision,
        locale: h.locale,
        title: h.title,
        snippet: h.snippet,
        score: h.score,
        ...(h.matchedQuestion ? { matchedQuestion: h.matchedQuestion } : {}),
      })),
    };
  }

  /**
   * The live revision of an article for the channel, in the first locale of the chain that has one; logged as served.
   */
  async render(principal: Principal, idOrSlug: string, query: RenderQuery) {
    const ctx = await this.context(principal, query);
    const live = await this.liveRevision(idOrSlug, ctx);
    // Unknown, hidden from this key, or not live: the same 404, so that internal articles cannot be probed.
    if (!live) throw notFound('Article', idOrSlug);
    const rendered = this.renderRevision(ctx, live, false);
    const servedId = this.log.logServed({
      channel: ctx.channel,
      apiKeyId: principal.keyId || null,
      kind: 'render',
      articleId: rendered.articleId,
      revision: rendered.revision,
      locale: rendered.locale,
      variant: rendered.variant,
      searchId: query.searchId ?? null,
      rank: query.rank ?? null,
      sessionId: query.sessionId ?? null,
      profileVersion: ctx.profile.version,
    });
    return { servedId, ...rendered };
  }

  /** Live articles of a category (or all), most served on this channel over the last 30 days first. */
  async faq(principal: Principal, query: FaqQuery) {
    const ctx = await this.context(principal, query);
    const categoryId = query.category ? await this.categoryId(query.category) : null;
    const items = await this.faqLists.list({
      locales: ctx.locales,
      audiences: ctx.audiences,
      channel: ctx.channel,
      categoryId,
      limit: query.limit ?? 20,
    });
    return { locales: ctx.locales, items };
  }

  /**
   * One best answer with a confidence, or a hand-off when the channel's threshold is not met; the answer rules in force
   * may pin, reorder or bury articles, set the threshold or the wording, or hand off (see rule-engine.ts).
   */
  async answer(principal: Principal, input: AnswerDto) {
    const ctx = await this.context(principal, input);
    const { ranked, engineUnavailable } = await this.ranking.candidates(ctx, input.question, 4);
    const ruled = await this.applyRules(ctx, input.question, ranked);
    const { decision, choice, live } = ruled;
    const candidates = choice.ranked;
    const best = choice.candidate ?? candidates[0];
    const confidence = best ? round(best.confidence) : 0;
    const answered = !!live;
    const searchId = this.logSearch(
      ctx,
      'answer',
      input.question,
      {},
      candidates.map((c) => ({ score: c.confidence })),
      input.sessionId,
      answered,
      // Measured against what was served: a pinned article may not be among the matcher's candidates.
      live ? { articleId: live.row.article_id, revision: live.row.number, locale: live.row.locale } : best,
    );
    let answer: (RenderedArticle & { matchedQuestion: string }) | undefined;
    let servedId: string | null = null;
    const rule = decision.rules[0];
    if (live) {
      const rendered = this.renderRevision(ruled.ctx, live, ruled.shortFirst);
      answer = { ...rendered, matchedQuestion: choice.candidate?.matchedQuestion ?? rendered.title };
      const served = choice.candidate ?? { engineScore: null, confidence: 0 };
      servedId = this.logServedCandidate(ctx, 'answer', answer, input.question, searchId, 1, served, input.sessionId, {
        ruleId: rule?.id ?? null,
        ruleVersion: rule?.version ?? null,
      });
    }
    return {
      answered,
      confidence,
      threshold: choice.threshold,
      thresholdSource: decision.threshold !== undefined ? 'rule' : ruled.thresholdSource,
      ...(answer ? { answer } : {}),
      alternatives: candidates
        .filter((c) => c.articleId !== answer?.articleId)
        .map((c) => ({
          articleId: c.articleId,
          slug: c.slug,
          revision: c.revision,
          locale: c.locale,
          title: c.title,
          confidence: round(c.confidence),
        })),
      handoff: !answered || decision.handoff !== undefined,
      servedId,
      searchId,
      locales: ctx.locales,
      channel: ctx.channel,
      ...(rule ? { rule, rules: decision.rules } : {}),
      ...(engineUnavailable ? { searchEngineUnavailable: true } : {}),
    };
  }

  /**
   * The answer rules' hook: the rules that apply to the question, the article chosen under them (a pinned article
   * that is not live for this key is ignored, as if unpinned) and the wording they ask for.
   */
  private async applyRules(ctx: ServingContext, question: string, ranked: RankedAnswer[]) {
    const decision = await this.rules.decide({
      channel: ctx.channel,
      locale: ctx.locales[0],
      apiKeyId: ctx.principal.keyId || null,
      question,
      at: new Date(),
      topArticleId: ranked[0]?.articleId ?? null,
    });
    const top = rerank(ranked, decision)[0];
    const { threshold, source: thresholdSource } = this.ranking.threshold(ctx, top?.locale ?? ctx.locales[0]);
    const liveOf = (c: RuledChoice<RankedAnswer>) =>
      c.articleId ? this.liveRevision(c.articleId, ctx, c.candidate ? [c.candidate.locale] : ctx.locales) : undefined;
    let choice = choose(ranked, decision, threshold);
    let live = await liveOf(choice);
    if (!live && decision.pin) {
      choice = choose(ranked, { ...decision, pin: undefined }, threshold);
      live = await liveOf(choice);
    }
    const variant = decision.variant;
    const profile = variant
      ? {
          ...ctx.profile,
          variantOrder: CHANNELS.includes(variant as Channel)
            ? [variant as Channel, ...ctx.profile.variantOrder.filter((v) => v !== variant)]
            : [],
        }
      : ctx.profile;
    return { decision, choice, live, thresholdSource, ctx: { ...ctx, profile }, shortFirst: variant !== 'body' };
  }

  /**
   * Articles for a reply to an email (quoted history and signature stripped first), and a draft built from those
   * confident enough for the channel. Served on the `email` channel unless another is asked for.
   */
  async suggestReply(principal: Principal, input: ReplySuggestionDto) {
    const ctx = await this.context(principal, { channel: input.channel ?? 'email', locale: input.locale });
    const email = stripEmailHistory(input.body);
    const question = [input.subject.trim(), email].filter(Boolean).join('\n');
    const { ranked: candidates, engineUnavailable } = await this.ranking.candidates(ctx, question, 3);
    const found: { rank: number; candidate: RankedAnswer; rendered: RenderedArticle }[] = [];
    for (const [i, candidate] of candidates.entries()) {
      const live = await this.liveRevision(candidate.articleId, ctx, [candidate.locale]);
      if (live) found.push({ rank: i + 1, candidate, rendered: this.renderRevision(ctx, live, true) });
    }
    // Answered when a suggestion is confident enough to draft the reply from.
    const confident = (c: RankedAnswer) => round(c.confidence) >= this.ranking.threshold(ctx, c.locale).threshold;
    const answered = found.some((f) => confident(f.candidate));
    // The subject is what content-gap rollups keep of an email (see RollupService).
    const searchId = this.logSearch(
      ctx,
      'suggestion',
      question,
      { subject: redactPersonalData(input.subject.trim()) },
      candidates.map((c) => ({ score: c.confidence })),
      input.sessionId,
      answered,
      candidates[0],
    );
    const suggestions = found.map(({ rank, candidate, rendered }) => ({
      ...rendered,
      confidence: round(candidate.confidence),
      servedId: this.logServedCandidate(
        ctx,
        'suggestion',
        rendered,
        question,
        searchId,
        rank,
        candidate,
        input.sessionId,
      ),
    }));
    const sources = suggestions.filter((_, i) => confident(found[i].candidate));
    const draft = await this.drafter.draft({
      subject: input.subject,
      email,
      locale: sources[0]?.locale ?? ctx.locales[0],
      sources: sources.map((s) => ({
        articleId: s.articleId,
        title: s.title,
        text: ctx.profile.format === 'html' ? markdownToText(s.content) : s.content,
      })),
    });
    return {
      suggestions,
      draftReply: draft.text,
      draftedBy: draft.draftedBy,
      citations: draft.citations,
      servedIds: suggestions.map((s) => s.servedId),
      searchId,
      question: email,
      channel: ctx.channel,
      ...(engineUnavailable ? { searchEngineUnavailable: true } : {}),
    };
  }

  /**
   * Renders a live article for the channel, preferring the profile's variants; `shortFirst` tries the summary before
   * the body.
   */
  renderRevision(
    ctx: ServingContext,
    { row, revision, freshness }: LiveRevision,
    shortFirst: boolean,
  ): RenderedArticle {
    const name = wordingFor(ctx.profile, revision, shortFirst);
    const { content, truncated } = renderWording(ctx.profile, revision, name, row.locale);
    return {
      articleId: row.article_id,
      slug: row.slug,
      revision: row.number,
      locale: row.locale,
      requestedLocale: ctx.locales[0],
      channel: ctx.channel,
      title: revision.title,
      format: ctx.profile.format,
      variant: name,
      content,
      truncated,
      ...(ctx.internalNotes ? { internalNotes: revision.internalNotes } : {}),
      publishedAt: revision.publishedAt,
      verified: verificationOf(freshness.verifiedAt, freshness.verifiedBy, revision.publishedAt),
      reviewDue: isReviewDue(freshness.reviewBy),
    };
  }

  /**
   * Unsaved content as each channel would be served it (`GET /v1/articles/{id}/render`'s wording choice, format and
   * length limit), so that an editor sees every channel before publishing. Nothing is logged as served.
   */
  async preview(input: PreviewDto): Promise<PreviewView[]> {
    const locale = input.locale ?? this.config.DEFAULT_LOCALE;
    const content = { body: input.body, summary: input.summary ?? '', variants: input.variants ?? {} };
    return Promise.all(
      (input.channels ?? CHANNELS).map(async (channel) => {
        const profile = await this.profiles.get(channel);
        const variant = wordingFor(profile, content, input.answer ?? false);
        const { content: rendered, truncated, source } = renderWording(profile, content, variant, locale);
        return {
          channel,
          format: profile.format,
          maxChars: profile.maxChars,
          variant,
          sourceChars: source.length,
          content: rendered,
          truncated,
        };
      }),
    );
  }

  /** The live, unexpired revision of an article this context may see, in the first locale of `locales` that has one. */
  liveRevision(idOrSlug: string, ctx: ServingContext, locales = ctx.locales): Promise<LiveRevision | undefined> {
    return this.live.find(idOrSlug, locales, ctx.audiences);
  }

  logServedCandidate(
    ctx: ServingContext,
    kind: string,
    article: RenderedArticle,
    query: string,
    searchId: string,
    rank: number,
    candidate: Pick<RankedAnswer, 'engineScore' | 'confidence'>,
    sessionId?: string,
    rule?: Pick<ServedRow, 'ruleId' | 'ruleVersion'>,
  ): string {
    return this.log.logServed({
      channel: ctx.channel,
      apiKeyId: ctx.principal.keyId || null,
      kind,
      articleId: article.articleId,
      revision: article.revision,
      locale: article.locale,
      variant: article.variant,
      query,
      searchId,
      rank,
      score: candidate.engineScore,
      confidence: round(candidate.confidence),
      sessionId: sessionId ?? null,
      ...rule,
      profileVersion: ctx.profile.version,
    });
  }

  /**
   * `answered`: for a question (answer, suggestion), whether it got an answer confident enough for the channel; `top`
   * its best candidate, answered or not.
   */
  logSearch(
    ctx: ServingContext,
    kind: string,
    query: string,
    filters: Record<string, unknown>,
    hits: { score: number }[],
    sessionId?: string,
    answered?: boolean,
    top?: TopCandidate,
  ): string {
    return this.log.logSearch({
      channel: ctx.channel,
      apiKeyId: ctx.principal.keyId || null,
      kind,
      query,
      locale: ctx.locales[0],
      filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
      hitCount: hits.length,
      topScore: hits[0]?.score ?? null,
      sessionId: sessionId ?? null,
      answered: answered ?? null,
      top: top ? { articleId: top.articleId, revision: top.revision, locale: top.locale } : null,
    });
  }

  private async categoryId(idOrSlug: string): Promise<string> {
    const id = await this.categoryTree.idOf(idOrSlug);
    if (id === undefined)
      throw new DomainError('BAD_USER_INPUT', `Category ${JSON.stringify(idOrSlug)} does not exist`, {}, [
        { field: 'category', message: 'unknown category' },
      ]);
    return id;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
