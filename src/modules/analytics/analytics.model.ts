import type { Type } from '@nestjs/common';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Channel } from '../../common/domain.js';
import { ChannelEnum, enumOf } from '../../graphql/enums.js';
import { PageOf, WithPageArgs } from '../../graphql/paging.js';
import { WithArticleArg } from '../articles/articles.model.js';
import { EVENT_TYPES, type EventType } from './analytics.constants.js';
import { FeedbackDto } from './ingest.dto.js';
import {
  ARTICLE_SORTS,
  type ArticleSort,
  ArticlesReportQuery,
  IntentsReportQuery,
  PagedReportQuery,
  ReportQuery,
} from './reports.dto.js';

// GraphQL types of feedback, client events and the analytics reports. Arguments extend the REST DTOs.

export const EventTypeEnum = enumOf(EVENT_TYPES, 'EventType');
export const ArticleSortEnum = enumOf(ARTICLE_SORTS, 'ArticleSort');
export const SortOrderEnum = enumOf(['asc', 'desc'] as const, 'SortOrder');

@ObjectType('Feedback')
export class FeedbackModel {
  @Field(() => ID) id: string;
  @Field(() => ID) servedId: string;
  @Field() helpful: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'Personal data removed' }) comment: string | null;
  @Field() createdAt: Date;
  @Field({ description: 'false when this was a retry of feedback already recorded' }) recorded: boolean;
}

@ObjectType('EventsAck')
export class EventsAckModel {
  @Field(() => Int, { description: 'Events in the batch, each now stored (once)' }) accepted: number;
  @Field(() => Int, { description: 'Of those, events that had already been received (retries)' }) duplicates: number;
}

@InputType()
export class FeedbackInput extends FeedbackDto {
  @Field(() => ID, { nullable: true, description: 'Client-chosen id: sending the same feedback again counts once' })
  id?: string;
  @Field(() => ID, { description: 'The servedId of the answer this feedback is about' }) servedId: string;
  @Field() helpful: boolean;
  @Field({ nullable: true, description: 'A short reason code, e.g. "outdated"' }) reason?: string;
  @Field({ nullable: true, description: 'Free text; personal data is removed before it is stored' }) comment?: string;
}

/** Validated by IngestService.parseEvents, as the REST batch is. */
@InputType()
export class ClientEventInput {
  @Field(() => ID, { description: 'Client-chosen id: an event sent again counts once' }) id: string;
  @Field(() => EventTypeEnum) type: EventType;
  @Field(() => ID, { nullable: true, description: 'The served answer the event is about (or searchId)' })
  servedId?: string;
  @Field(() => ID, { nullable: true, description: 'The search the event is about (or servedId)' }) searchId?: string;
  @Field({ nullable: true, description: "Pseudonymous session id; defaults to the served answer's" })
  sessionId?: string;
  @Field({ description: 'ISO 8601 time it happened on the client' }) at: string;
}

@ObjectType({ isAbstract: true })
class AnswerCounters {
  @Field(() => Int) served: number;
  @Field(() => Int) clicks: number;
  @Field(() => Int) copies: number;
  @Field(() => Int) helpful: number;
  @Field(() => Int) unhelpful: number;
  @Field(() => Int) handoffs: number;
  @Field(() => Int) resolved: number;
  @Field(() => Int, { description: 'Self-service answers followed by an agent or email contact' }) escalations: number;
  @Field(() => Int) selfServiceServed: number;
  @Field(() => Float, { nullable: true }) helpfulRate: number | null;
  @Field(() => Float, { nullable: true }) escalationRate: number | null;
  @Field(() => Int, { description: 'Questions whose best candidate was this article (revision), answered or not' })
  questions: number;
  @Field(() => Int, { description: 'Of the questions, those left without a confident answer' }) unanswered: number;
  @Field(() => Int, { description: 'questions − unanswered' }) answered: number;
  @Field(() => Float, { nullable: true, description: 'answered / questions' }) answerRate: number | null;
  @Field(() => Int, { description: 'Self-service answers not followed by an agent or email contact' })
  selfServiceResolved: number;
  @Field(() => Float, { nullable: true, description: 'selfServiceResolved / selfServiceServed' })
  selfServiceResolutionRate: number | null;
}

@ObjectType('Counters')
export class CountersModel extends AnswerCounters {}

@ObjectType({ isAbstract: true })
class TrafficCounters extends AnswerCounters {
  @Field(() => Int) searches: number;
  @Field(() => Int) zeroResultSearches: number;
  @Field(() => Float, { nullable: true }) zeroResultRate: number | null;
}

@ObjectType('TrafficCounters')
export class TrafficCountersModel extends TrafficCounters {}

@ObjectType('DayTraffic')
export class DayTrafficModel extends TrafficCounters {
  @Field() date: string;
}

@ObjectType({ isAbstract: true })
class Period {
  @Field() from: string;
  @Field() to: string;
  @Field() tz: string;
}

@ObjectType('AnalyticsSummary')
export class AnalyticsSummaryModel extends Period {
  @Field(() => TrafficCountersModel) totals: TrafficCountersModel;
  @Field(() => [DayTrafficModel]) days: DayTrafficModel[];
}

@ObjectType('ArticleStats')
export class ArticleStatsModel extends AnswerCounters {
  @Field(() => ID) articleId: string;
  @Field(() => String, { nullable: true }) slug: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType('ArticleStatsPage')
export class ArticleStatsPage extends PageOf(ArticleStatsModel) {
  @Field() from: string;
  @Field() to: string;
  @Field() tz: string;
}

@ObjectType('ArticleLabel')
export class ArticleLabelModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType('ChannelCounters')
export class ChannelCountersModel extends AnswerCounters {
  @Field(() => ChannelEnum) channel: Channel;
}

@ObjectType('RevisionFigures')
export class RevisionFiguresModel extends AnswerCounters {
  @Field() locale: string;
  @Field(() => Int) revision: number;
}

@ObjectType('RevisionCounters')
export class RevisionCountersModel extends RevisionFiguresModel {
  @Field(() => RevisionFiguresModel, {
    nullable: true,
    description: 'The revision before it in the same locale (the closest one served in the period)',
  })
  previous: RevisionFiguresModel | null;
}

@ObjectType('DayCounters')
export class DayCountersModel extends AnswerCounters {
  @Field() date: string;
}

@ObjectType('ArticleBreakdownRow')
export class ArticleBreakdownRowModel extends AnswerCounters {
  @Field() date: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field() locale: string;
  @Field(() => Int) revision: number;
}

@ObjectType('ArticleAnalytics')
export class ArticleAnalyticsModel extends Period {
  @Field(() => ArticleLabelModel) article: ArticleLabelModel;
  @Field(() => CountersModel) totals: CountersModel;
  @Field(() => [ChannelCountersModel]) channels: ChannelCountersModel[];
  @Field(() => [RevisionCountersModel]) revisions: RevisionCountersModel[];
  @Field(() => [DayCountersModel]) days: DayCountersModel[];
  @Field(() => [ArticleBreakdownRowModel], { description: 'Per day × channel × locale × revision' })
  breakdown: ArticleBreakdownRowModel[];
}

@ObjectType('IntentCounters')
export class IntentCountersModel extends AnswerCounters {
  @Field() intent: string;
  @Field({ description: "The intent's name, else its key" }) name: string;
  @Field(() => ChannelEnum) channel: Channel;
}

@ObjectType('IntentsReport')
export class IntentsReportModel extends Period {
  @Field(() => [IntentCountersModel], { description: 'Per intent × channel, most served first' })
  items: IntentCountersModel[];
}

@ObjectType('ServedAnswer')
export class ServedAnswerModel {
  @Field(() => ID) id: string;
  @Field() servedAt: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field({ description: 'What served it: render, answer, suggestion' }) kind: string;
  @Field(() => ID) articleId: string;
  @Field(() => String, { nullable: true }) slug: string | null;
  @Field(() => Int) revision: number;
  @Field() locale: string;
  @Field({ description: 'The wording served: a channel variant, summary or body' }) variant: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true, description: 'The question, personal data removed' }) query: string | null;
  @Field(() => String, { nullable: true }) sessionId: string | null;
  @Field(() => String, { nullable: true }) apiKeyName: string | null;
  @Field(() => Boolean, { nullable: true }) helpful: boolean | null;
  @Field(() => Int, { nullable: true, description: 'The channel profile version it was rendered with' })
  profileVersion: number | null;
  @Field(() => ID, { nullable: true, description: 'The answer rule that applied' }) ruleId: string | null;
  @Field(() => Int, { nullable: true, description: "That rule's version" }) ruleVersion: number | null;
  @Field(() => String, { nullable: true, description: 'The exact text the customer received' }) text: string | null;
  @Field(() => String, { nullable: true }) format: string | null;
  @Field({ description: 'Rendered again from revision, variant and profile version; false: stored text' })
  reproduced: boolean;
}

@ObjectType('ZeroResultQuery')
export class ZeroResultQueryModel {
  @Field({ description: 'The query, personal data removed' }) query: string;
  @Field(() => Int) searches: number;
  @Field(() => GraphQLJSONObject, { description: 'Searches per channel' }) channels: Record<string, number>;
  @Field() lastSeen: Date;
}

@ObjectType('ZeroResultQueryPage')
export class ZeroResultQueryPage extends PageOf(ZeroResultQueryModel) {
  @Field() from: string;
  @Field() to: string;
  @Field() tz: string;
}

@ObjectType('UnansweredQuestion')
export class UnansweredQuestionModel {
  @Field({
    description: 'The question, normalised (lowercase, accents and punctuation removed), personal data removed',
  })
  query: string;
  @Field(() => Int, { description: 'Times it was asked without getting a confident answer' }) questions: number;
  @Field(() => GraphQLJSONObject, { description: 'Questions per channel' }) channels: Record<string, number>;
  @Field() lastSeen: Date;
}

@ObjectType('UnansweredQuestionPage')
export class UnansweredQuestionPage extends PageOf(UnansweredQuestionModel) {
  @Field() from: string;
  @Field() to: string;
  @Field() tz: string;
}

/** The period and filters every report takes, on top of a DTO that validates them. */
function WithReportArgs<T extends Type<ReportQuery>>(Base: T) {
  @ArgsType()
  class ReportArgs extends Base {
    @Field({ nullable: true, description: 'First day, YYYY-MM-DD in `tz`; default: 29 days before `to`' })
    from?: string;
    @Field({ nullable: true, description: 'Last day, included, YYYY-MM-DD in `tz`; default: today' }) to?: string;
    @Field({ nullable: true, description: 'IANA time zone the days are cut in; default UTC' }) tz?: string;
    @Field(() => ChannelEnum, { nullable: true }) channel?: Channel;
    @Field({ nullable: true }) locale?: string;
  }
  return ReportArgs;
}

@ArgsType()
export class ReportArgs extends WithReportArgs(ReportQuery) {}

@ArgsType()
export class ArticleReportArgs extends WithArticleArg(WithReportArgs(ReportQuery)) {}

@ArgsType()
export class ArticlesReportArgs extends WithPageArgs(WithReportArgs(ArticlesReportQuery)) {
  @Field({ nullable: true, description: 'Only articles with this intent' }) intent?: string;
  @Field(() => ArticleSortEnum, { nullable: true }) sort?: ArticleSort;
  @Field(() => SortOrderEnum, { nullable: true }) order?: 'asc' | 'desc';
}

@ArgsType()
export class IntentsReportArgs extends WithReportArgs(IntentsReportQuery) {
  @Field({ nullable: true, description: 'Only this intent' }) intent?: string;
}

@ArgsType()
export class PagedReportArgs extends WithPageArgs(WithReportArgs(PagedReportQuery)) {}
