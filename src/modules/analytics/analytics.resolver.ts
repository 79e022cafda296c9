import { UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/domain.js';
import { pageComplexity } from '../../graphql/complexity.js';
import { dropNulls, NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import {
  AnalyticsSummaryModel,
  ArticleAnalyticsModel,
  ArticleReportArgs,
  ArticlesReportArgs,
  ArticleStatsPage,
  ClientEventInput,
  EventsAckModel,
  FeedbackInput,
  FeedbackModel,
  IntentsReportArgs,
  IntentsReportModel,
  PagedReportArgs,
  ReportArgs,
  ServedAnswerModel,
  UnansweredQuestionPage,
  ZeroResultQueryPage,
} from './analytics.model.js';
import { IngestService } from './ingest.service.js';
import { ReportsService } from './reports.service.js';

/** Feedback, client events and the reports over GraphQL: the same service calls and roles as the REST controllers. */
@Resolver()
@MinRole('editor')
@UsePipes(NullAsAbsentPipe)
export class AnalyticsResolver {
  constructor(
    private readonly ingest: IngestService,
    private readonly reports: ReportsService,
  ) {}

  @Mutation(() => FeedbackModel, {
    description: '"Was this helpful?" on a served answer; a retry is acknowledged and counted once',
  })
  @MinRole('public')
  async feedback(@Args('input') input: FeedbackInput, @CurrentPrincipal() by: Principal) {
    const { created, feedback } = await this.ingest.recordFeedback(input, by);
    return { ...feedback, recorded: created };
  }

  @Mutation(() => EventsAckModel, {
    description: 'A batch of client events: all recorded (committed) before the answer, or none',
  })
  @MinRole('public')
  events(
    @Args('events', { type: () => [ClientEventInput] }) events: ClientEventInput[],
    @CurrentPrincipal() by: Principal,
  ) {
    return this.ingest.recordEvents(this.ingest.parseEvents(events.map((e) => dropNulls({ ...e }))), by);
  }

  @Query(() => AnalyticsSummaryModel, { description: 'Answers, feedback, events and searches per day, with totals' })
  analyticsSummary(@Args() args: ReportArgs) {
    return this.reports.summary(args);
  }

  @Query(() => ArticleStatsPage, {
    complexity: pageComplexity(50),
    description: 'Articles by what was served and how it was received',
  })
  analyticsArticles(@Args() args: ArticlesReportArgs) {
    return this.reports.articleList(args);
  }

  @Query(() => ArticleAnalyticsModel, { description: 'One article: totals, per channel, per revision, per day' })
  analyticsArticle(@Args() args: ArticleReportArgs) {
    const { articleId, ...query } = args;
    return this.reports.article(articleId, query);
  }

  @Query(() => IntentsReportModel, {
    description: 'Per intent × channel: answer rate, helpful rate, self-service resolution and the counters',
  })
  analyticsIntents(@Args() args: IntentsReportArgs) {
    return this.reports.intents(args);
  }

  @Query(() => ServedAnswerModel, { description: 'One served answer and the exact text the customer received' })
  servedAnswer(@Args('id', { type: () => ID }) id: string) {
    return this.reports.servedAnswer(id);
  }

  @Query(() => ZeroResultQueryPage, {
    complexity: pageComplexity(50),
    description: 'Searches that found nothing, most frequent first',
  })
  zeroResultQueries(@Args() args: PagedReportArgs) {
    return this.reports.zeroResults(args);
  }

  @Query(() => UnansweredQuestionPage, {
    complexity: pageComplexity(50),
    description:
      'Questions (answers, reply suggestions) left without a confident answer, bot hand-offs included, most frequent first',
  })
  unansweredQuestions(@Args() args: PagedReportArgs) {
    return this.reports.unansweredQuestions(args);
  }
}
