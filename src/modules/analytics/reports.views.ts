import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath, IntersectionType } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '../../common/domain.js';
import { PageOf } from '../../common/openapi.js';

const rate = (description: string) => ({
  type: Number,
  nullable: true,
  description: `${description}, 0 to 1 rounded to 4 decimals; null when nothing to divide by`,
});
const channelProperty = { enum: CHANNELS };
const dateProperty = { format: 'date', example: '2026-03-01' };
const label = (description: string) => ({ type: String, nullable: true, description });

/** The OpenAPI description of what the analytics reports answer (the shapes ReportsService returns). */
export class PeriodView {
  @ApiProperty({ ...dateProperty, description: 'First local day of the report (inclusive)' }) from: string;
  @ApiProperty({ ...dateProperty, description: 'Last local day of the report (inclusive)' }) to: string;
  @ApiProperty({ example: 'Europe/Paris', description: 'The IANA time zone the days are cut in' }) tz: string;
}

export class CountersView {
  @ApiProperty({ description: 'Answers served' }) served: number;
  @ApiProperty() clicks: number;
  @ApiProperty({ description: 'Answers copied into an agent reply' }) copies: number;
  @ApiProperty() helpful: number;
  @ApiProperty() unhelpful: number;
  @ApiProperty() handoffs: number;
  @ApiProperty() resolved: number;
  @ApiProperty({ description: 'Self-service answers followed by an agent or email contact' }) escalations: number;
  @ApiProperty({ description: 'Answers served on the self-service channels (web, bot, voice)' })
  selfServiceServed: number;
  @ApiProperty(rate('helpful / (helpful + unhelpful)')) helpfulRate: number | null;
  @ApiProperty(rate('escalations / selfServiceServed')) escalationRate: number | null;
  @ApiProperty({
    description:
      'Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; ' +
      'per channel totals: every question',
  })
  questions: number;
  @ApiProperty({ description: 'Of the questions, those left without a confident answer (handed off, or no answer)' })
  unanswered: number;
  @ApiProperty({ description: 'questions − unanswered' }) answered: number;
  @ApiProperty(rate('answered / questions')) answerRate: number | null;
  @ApiProperty({ description: 'Self-service answers not followed by an agent or email contact within the window' })
  selfServiceResolved: number;
  @ApiProperty(rate('selfServiceResolved / selfServiceServed')) selfServiceResolutionRate: number | null;
}

export class SearchCountersView {
  @ApiProperty() searches: number;
  @ApiProperty() zeroResultSearches: number;
  @ApiProperty(rate('zeroResultSearches / searches')) zeroResultRate: number | null;
}

export class CountersAndSearchesView extends IntersectionType(CountersView, SearchCountersView) {}

export class SummaryDayView extends CountersAndSearchesView {
  @ApiProperty(dateProperty) date: string;
}

export class SummaryReportView extends PeriodView {
  @ApiProperty({ type: CountersAndSearchesView }) totals: CountersAndSearchesView;
  @ApiProperty({ type: [SummaryDayView], description: 'Every day of the period, in order' }) days: SummaryDayView[];
}

export class ArticleCountersView extends CountersView {
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty(label('Null when the article is gone')) slug: string | null;
  @ApiProperty(label('Title of the live (else latest) revision, default locale first')) title: string | null;
}

export class ArticlesReportView extends IntersectionType(PeriodView, PageOf(ArticleCountersView)) {}

export class ReportedArticleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty(label('Title of the live (else latest) revision, default locale first')) title: string | null;
}

export class ChannelCountersView extends CountersView {
  @ApiProperty(channelProperty) channel: Channel;
}

export class RevisionFiguresView extends CountersView {
  @ApiProperty() locale: string;
  @ApiProperty() revision: number;
}

export class RevisionCountersView extends RevisionFiguresView {
  @ApiProperty({
    type: RevisionFiguresView,
    nullable: true,
    description: 'The revision before it in the same locale (the closest one served in the period), to compare with',
  })
  previous: RevisionFiguresView | null;
}

export class DayCountersView extends CountersView {
  @ApiProperty(dateProperty) date: string;
}

export class BreakdownCountersView extends CountersView {
  @ApiProperty(dateProperty) date: string;
  @ApiProperty(channelProperty) channel: Channel;
  @ApiProperty() locale: string;
  @ApiProperty() revision: number;
}

export class ArticleReportView extends PeriodView {
  @ApiProperty({ type: ReportedArticleView }) article: ReportedArticleView;
  @ApiProperty({ type: CountersView }) totals: CountersView;
  @ApiProperty({ type: [ChannelCountersView] }) channels: ChannelCountersView[];
  @ApiProperty({ type: [RevisionCountersView], description: 'By locale, then revision' })
  revisions: RevisionCountersView[];
  @ApiProperty({ type: [DayCountersView], description: 'Every day of the period, in order' }) days: DayCountersView[];
  @ApiProperty({ type: [BreakdownCountersView], description: 'Day × channel × locale × revision, with counts only' })
  breakdown: BreakdownCountersView[];
}

export class ArticleRevisionsReportView extends PeriodView {
  @ApiProperty({ type: ReportedArticleView }) article: ReportedArticleView;
  @ApiProperty({ type: [RevisionCountersView], description: 'By locale, then revision' })
  revisions: RevisionCountersView[];
}

export class ChannelReportLineView extends CountersAndSearchesView {
  @ApiProperty(channelProperty) channel: Channel;
}

export class ChannelDayView extends ChannelReportLineView {
  @ApiProperty(dateProperty) date: string;
}

export class ChannelsReportView extends PeriodView {
  @ApiProperty({ type: [ChannelReportLineView], description: 'Every channel (or the one filtered on)' })
  items: ChannelReportLineView[];
  @ApiProperty({ type: [ChannelDayView], description: 'Days × channels with any activity, by day then channel' })
  days: ChannelDayView[];
}

export class IntentCountersView extends CountersView {
  @ApiProperty() intent: string;
  @ApiProperty({ description: "The intent's name, else its key" }) name: string;
  @ApiProperty(channelProperty) channel: Channel;
}

export class IntentsReportView extends PeriodView {
  @ApiProperty({ type: [IntentCountersView], description: 'Most served first' }) items: IntentCountersView[];
}

class GapLineView {
  @ApiProperty({ description: 'The normalised query' }) query: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { web: 3, bot: 1 },
    description: 'Count per channel (channels where it occurred)',
  })
  channels: Record<string, number>;
  @ApiProperty({ format: 'date-time' }) lastSeen: string;
}

export class ZeroResultSearchView extends GapLineView {
  @ApiProperty() searches: number;
}

export class UnansweredQuestionView extends GapLineView {
  @ApiProperty() questions: number;
}

export class ZeroResultsReportView extends IntersectionType(PeriodView, PageOf(ZeroResultSearchView)) {}

export class UnansweredQuestionsReportView extends IntersectionType(PeriodView, PageOf(UnansweredQuestionView)) {}

export class JourneyFigureView {
  @ApiProperty() selfServiceServed: number;
  @ApiProperty({ description: 'Of which followed by an agent or email contact in the same session' })
  followedByContact: number;
  @ApiProperty(rate('followedByContact / selfServiceServed')) rate: number | null;
}

export class ChannelJourneyView extends JourneyFigureView {
  @ApiProperty(channelProperty) channel: Channel;
}

export class ArticleJourneyView extends JourneyFigureView {
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty(label('Null when the article is gone')) slug: string | null;
  @ApiProperty(label('Title of the live (else latest) revision, default locale first')) title: string | null;
}

export class IntentJourneyView extends JourneyFigureView {
  @ApiProperty() intent: string;
}

export class JourneysReportView extends PeriodView {
  @ApiProperty({ description: 'How long after a self-service answer a contact counts' }) windowMinutes: number;
  @ApiProperty({ type: JourneyFigureView }) totals: JourneyFigureView;
  @ApiProperty({ type: [ChannelJourneyView] }) channels: ChannelJourneyView[];
  @ApiProperty({ type: [ArticleJourneyView], description: 'Most followed by a contact first, `limit` at most' })
  articles: ArticleJourneyView[];
  @ApiProperty({ type: [IntentJourneyView], description: 'Most followed by a contact first, `limit` at most' })
  intents: IntentJourneyView[];
}

export class ServedLineView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) servedAt: string;
  @ApiProperty(channelProperty) channel: Channel;
  @ApiProperty({ enum: ['render', 'answer', 'suggestion', 'faq'], description: 'What served it' }) kind: string;
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty(label('Null when the article is gone')) slug: string | null;
  @ApiProperty() revision: number;
  @ApiProperty() locale: string;
  @ApiProperty({ description: 'The channel variant served' }) variant: string;
  @ApiProperty(label('Title of the revision served')) title: string | null;
  @ApiProperty(label('The query or question it answered (personal data redacted)')) query: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) searchId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Position in the search hits' }) rank: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "The engine's uncalibrated score" }) score: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "The answer's calibrated confidence" }) confidence:
    number | null;
  @ApiProperty(label('The client session')) sessionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) apiKeyId: string | null;
  @ApiProperty(label('Name of the API key that asked')) apiKeyName: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'The feedback on it, if any' }) helpful: boolean | null;
}

export class ServedAnswerView extends ServedLineView {
  @ApiProperty({ type: Number, nullable: true, description: 'The channel profile version it was rendered with' })
  profileVersion: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The answer rule that applied' })
  ruleId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "That rule's version" }) ruleVersion: number | null;
  @ApiProperty(label('The exact text the customer received; null when it can be neither reproduced nor was stored'))
  text: string | null;
  @ApiProperty({ enum: ['html', 'markdown', 'text', 'speech'], nullable: true }) format: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Cut to the profile length limit' })
  truncated: boolean | null;
  @ApiProperty({
    description: 'true: rendered again from revision, variant and profile version; false: the stored text (or none)',
  })
  reproduced: boolean;
}

export class ServedReportView extends IntersectionType(PeriodView, PageOf(ServedLineView)) {}

export class DeletedRowsView {
  @ApiProperty() served: number;
  @ApiProperty() searches: number;
  @ApiProperty() feedback: number;
  @ApiProperty() events: number;
}

export class SessionErasureView {
  @ApiProperty() sessionId: string;
  @ApiProperty({ type: DeletedRowsView, description: 'Raw rows deleted, per table' }) deleted: DeletedRowsView;
}

const jsonOf = (view: Type<unknown>) => ({ 'application/json': { schema: { $ref: getSchemaPath(view) } } });

/** A report's 200: the JSON report, or its main table as CSV (one row per line) with `Accept: text/csv`. */
export function ApiReportResponse(view: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(view),
    ApiOkResponse({
      description: 'The report as JSON, or its main table as CSV with `Accept: text/csv`',
      content: {
        ...jsonOf(view),
        'text/csv': { schema: { type: 'string', description: 'A header line, then one line per row' } },
      },
    }),
  );
}

/** A 200 in JSON only, on a controller that also produces CSV (the controller-wide `@ApiProduces` would add it). */
export function ApiJsonResponse(view: Type<unknown>) {
  return applyDecorators(ApiExtraModels(view), ApiOkResponse({ content: jsonOf(view) }));
}
