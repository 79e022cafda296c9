import { Controller, Delete, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CHANNELS } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';
import { MinRole } from '../auth/auth.decorators.js';
import { ANSWER_COUNTERS, QUESTION_COUNTERS } from './analytics.constants.js';
import { CsvTable, toCsv, wantsCsv } from './csv.js';
import { SESSION_PATTERN } from './ingest.dto.js';
import { PrivacyService } from './privacy.service.js';
import {
  ArticlesReportQuery,
  IntentsReportQuery,
  JourneysQuery,
  PagedReportQuery,
  ReportQuery,
  ServedQuery,
} from './reports.dto.js';
import { type GapPage, ReportsService } from './reports.service.js';
import {
  ApiJsonResponse,
  ApiReportResponse,
  ArticleReportView,
  ArticleRevisionsReportView,
  ArticlesReportView,
  ChannelsReportView,
  IntentsReportView,
  JourneysReportView,
  ServedAnswerView,
  ServedReportView,
  SessionErasureView,
  SummaryReportView,
  UnansweredQuestionsReportView,
  ZeroResultsReportView,
} from './reports.views.js';

/** The measures added with issue #19, after the columns CSV readers already rely on. */
const MEASURE_COLUMNS = ['answered', 'answerRate', 'selfServiceResolved', 'selfServiceResolutionRate'];
const COUNTER_COLUMNS = [
  ...ANSWER_COUNTERS.filter((c) => !QUESTION_COUNTERS.includes(c)),
  'selfServiceServed',
  'helpfulRate',
  'escalationRate',
];
const MEASURES = [...QUESTION_COUNTERS, ...MEASURE_COLUMNS];
const SEARCH_COLUMNS = ['searches', 'zeroResultSearches', 'zeroResultRate'];
const PREVIOUS_COLUMNS = ['previousRevision', 'previousAnswerRate', 'previousHelpfulRate', 'previousResolutionRate'];
const JOURNEY_COLUMNS = ['selfServiceServed', 'followedByContact', 'rate'];

/**
 * Analytics reports. Every report answers JSON, or CSV with `Accept: text/csv` (the report's main table, one row
 * per line).
 */
@ApiTags('analytics')
@ApiBearerAuth()
@ApiProduces('application/json', 'text/csv')
@MinRole('editor')
@Controller('v1/analytics')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly privacy: PrivacyService,
  ) {}

  @Get('summary')
  @ApiReportResponse(SummaryReportView)
  @ApiOperation({ summary: 'Served answers, feedback, hand-offs and searches per day' })
  async summary(
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.summary(query);
    return respond(reply, accept, 'summary', report, () => ({
      columns: ['date', ...COUNTER_COLUMNS, ...SEARCH_COLUMNS, ...MEASURES],
      rows: report.days,
    }));
  }

  @Get('articles')
  @ApiReportResponse(ArticlesReportView)
  @ApiOperation({ summary: 'Per-article counters over the range, most served first' })
  async articles(
    @Query() query: ArticlesReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.articleList(query);
    return respond(reply, accept, 'articles', report, () => ({
      columns: ['articleId', 'slug', 'title', ...COUNTER_COLUMNS, ...MEASURES],
      rows: report.items,
    }));
  }

  @Get('articles/:id')
  @ApiReportResponse(ArticleReportView)
  @ApiOperation({ summary: 'One article: counters per day, channel, locale and revision' })
  async article(
    @Param('id') id: string,
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.article(id, query);
    return respond(reply, accept, `article-${report.article.slug}`, report, () => ({
      columns: ['date', 'channel', 'locale', 'revision', ...COUNTER_COLUMNS, ...MEASURES],
      rows: report.breakdown,
    }));
  }

  /** Did the new revision answer better than the one before? Each revision beside the previous one served. */
  @Get('articles/:id/revisions')
  @ApiReportResponse(ArticleRevisionsReportView)
  @ApiOperation({ summary: 'One article per locale × revision, each with the figures of the revision before it' })
  async articleRevisions(
    @Param('id') id: string,
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { from, to, tz, article, revisions } = await this.reports.article(id, query);
    const report = { from, to, tz, article, revisions };
    return respond(reply, accept, `article-${article.slug}-revisions`, report, () => ({
      columns: ['locale', 'revision', ...COUNTER_COLUMNS, ...MEASURES, ...PREVIOUS_COLUMNS],
      rows: revisions.map((r) => ({
        ...r,
        previousRevision: r.previous?.revision,
        previousAnswerRate: r.previous?.answerRate,
        previousHelpfulRate: r.previous?.helpfulRate,
        previousResolutionRate: r.previous?.selfServiceResolutionRate,
      })),
    }));
  }

  @Get('channels')
  @ApiReportResponse(ChannelsReportView)
  @ApiOperation({ summary: 'Counters per channel over the range' })
  async channels(
    @Query() query: ReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.channels(query);
    return respond(reply, accept, 'channels', report, () => ({
      columns: ['channel', ...COUNTER_COLUMNS, ...SEARCH_COLUMNS, ...MEASURES],
      rows: report.items,
    }));
  }

  @Get('intents')
  @ApiReportResponse(IntentsReportView)
  @ApiOperation({ summary: 'Counters per intent and channel over the range' })
  async intents(
    @Query() query: IntentsReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.intents(query);
    return respond(reply, accept, 'intents', report, () => ({
      columns: ['intent', 'name', 'channel', ...COUNTER_COLUMNS, ...MEASURES],
      rows: report.items,
    }));
  }

  @Get('searches/zero-results')
  @ApiReportResponse(ZeroResultsReportView)
  @ApiOperation({ summary: 'Content gaps: searches that found nothing, grouped by query' })
  async zeroResults(
    @Query() query: PagedReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return respondGaps(reply, accept, 'zero-results', await this.reports.zeroResults(query), 'searches');
  }

  /**
   * Questions to the answers and reply-suggestion endpoints left without a confident answer (bot hand-offs included).
   */
  @Get('questions/unanswered')
  @ApiReportResponse(UnansweredQuestionsReportView)
  @ApiOperation({ summary: 'Content gaps: questions left without a confident answer, grouped' })
  async unansweredQuestions(
    @Query() query: PagedReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return respondGaps(
      reply,
      accept,
      'unanswered-questions',
      await this.reports.unansweredQuestions(query),
      'questions',
    );
  }

  @Get('journeys')
  @ApiReportResponse(JourneysReportView)
  @ApiOperation({ summary: 'Self-service followed by a contact within N hours, per channel, article and intent' })
  async journeys(
    @Query() query: JourneysQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.journeys(query);
    return respond(reply, accept, 'journeys', report, () => ({
      columns: ['scope', 'key', 'label', ...JOURNEY_COLUMNS],
      rows: [
        { scope: 'total', key: '', label: '', ...report.totals },
        ...report.channels.map((c) => ({ scope: 'channel', key: c.channel, label: c.channel, ...c })),
        ...report.articles.map((a) => ({ scope: 'article', key: a.articleId, label: a.slug, ...a })),
        ...report.intents.map((i) => ({ scope: 'intent', key: i.intent, label: i.intent, ...i })),
      ],
    }));
  }

  @Get('served')
  @ApiReportResponse(ServedReportView)
  @ApiOperation({ summary: 'The served-answer log, newest first (by session, article, channel…)' })
  async served(
    @Query() query: ServedQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.reports.served(query);
    if (report.nextCursor) reply.header('x-next-cursor', report.nextCursor);
    return respond(reply, accept, 'served', report, () => ({
      columns: [
        'id',
        'servedAt',
        'channel',
        'kind',
        'articleId',
        'slug',
        'revision',
        'locale',
        'variant',
        'title',
        'query',
        'searchId',
        'rank',
        'score',
        'confidence',
        'sessionId',
        'apiKeyName',
        'helpful',
      ],
      rows: report.items,
    }));
  }

  /** What was said, exactly: one served row and the text the customer received. */
  @Get('served/:id')
  @ApiJsonResponse(ServedAnswerView)
  @ApiOperation({ summary: 'One served answer and the exact text the customer received (reproduced, or stored)' })
  servedAnswer(@Param('id') id: string) {
    return this.reports.servedAnswer(id);
  }

  /**
   * Erases everything recorded about one session (GDPR): served answers, searches, feedback, events. Counts in the
   * rollups stay.
   */
  @Delete('sessions/:id')
  @MinRole('admin')
  @ApiJsonResponse(SessionErasureView)
  @ApiOperation({ summary: 'Erase everything recorded about one session (GDPR); rollup counts stay' })
  async eraseSession(@Param('id') id: string) {
    if (!SESSION_PATTERN.test(id)) throw badInput('Not a session id', [{ field: 'id', message: 'not a session id' }]);
    return { sessionId: id, deleted: await this.privacy.eraseSession(id) };
  }
}

/** A content-gap report: one line per query, its count, its count per channel (one column each), when last seen. */
function respondGaps<C extends string>(
  reply: FastifyReply,
  accept: string | undefined,
  name: string,
  report: GapPage<C>,
  counter: C,
) {
  return respond(reply, accept, name, report, () => ({
    columns: ['query', counter, ...CHANNELS, 'lastSeen'],
    rows: report.items.map((item) => ({ ...item, ...item.channels })),
  }));
}

export function respond<T>(
  reply: FastifyReply,
  accept: string | undefined,
  name: string,
  report: T,
  table: () => CsvTable,
): T | string {
  if (!wantsCsv(accept)) return report;
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`);
  return toCsv(table());
}
