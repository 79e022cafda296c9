import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CHANNELS, type Principal } from '../../common/domain.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { GapDraftDto, GapTopicsQuery } from './gap-topics.dto.js';
import { GapTopicsService } from './gap-topics.service.js';
import { GapDraftView, GapTopicsReportView } from './gap-topics.views.js';
import { respond } from './reports.controller.js';
import { ApiReportResponse } from './reports.views.js';

/** Content gaps grouped into topics, ranked by impact, and turned into drafts for review (editors). */
@ApiTags('analytics')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1/analytics/gaps')
export class GapTopicsController {
  constructor(private readonly gaps: GapTopicsService) {}

  @Get()
  @ApiProduces('application/json', 'text/csv')
  @ApiReportResponse(GapTopicsReportView)
  @ApiOperation({
    summary: 'Gap topics: unanswered questions, zero-result searches and unhelpful answers grouped, by impact',
  })
  async list(
    @Query() query: GapTopicsQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const report = await this.gaps.list(query);
    return respond(reply, accept, 'gap-topics', report, () => ({
      columns: [
        'id',
        'locale',
        'label',
        'status',
        'impact',
        'unanswered',
        'zeroResults',
        'unhelpful',
        ...CHANNELS,
        'nearestArticleId',
        'nearestArticleTitle',
        'similarity',
        'examples',
        'draftId',
        'answeredSinceResolution',
        'stillFailingSinceResolution',
        'lastSeen',
      ],
      rows: report.items.map((t) => ({
        ...t,
        ...t.channels,
        nearestArticleId: t.nearestArticle?.id,
        nearestArticleTitle: t.nearestArticle?.title,
        similarity: t.nearestArticle?.similarity,
        examples: t.examples.map((e) => e.text).join(' | '),
        answeredSinceResolution: t.sinceResolution?.answered,
        stillFailingSinceResolution: t.sinceResolution?.stillFailing,
      })),
    }));
  }

  @Post(':topicId/draft')
  @ApiCreatedResponse({ type: GapDraftView })
  @ApiOperation({
    summary:
      'A draft for review from a topic: its questions on the nearest article, or a new article; 409 if it has one',
  })
  draft(@Param('topicId') topicId: string, @Body() body: GapDraftDto, @CurrentPrincipal() by: Principal) {
    return this.gaps.draft(topicId, body, by);
  }
}
