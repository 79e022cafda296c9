import { Body, Controller, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { ReplayOptionsDto, RuleReplayDto } from '../answer-rules/answer-rules.dto.js';
import { ReplayService } from './replay.service.js';
import { ReplaySummaryView } from './replay.views.js';

const REPLAY_DOC =
  'Replays the last N logged questions (default 1,000, at most 10,000; redacted when logged) and reports which answers change, which gaps close and which articles lose questions';

/** Replays before publishing (editors): synchronous, one replay at a time per instance. */
@ApiTags('replay')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1')
export class ReplayController {
  constructor(private readonly replay: ReplayService) {}

  @Post('drafts/:id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replay logged questions against the draft applied (kept as its lastReplay)',
    description: REPLAY_DOC,
  })
  @ApiOkResponse({ type: ReplaySummaryView })
  draft(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReplayOptionsDto,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.replay.replayDraft(id, body.limit, by);
  }

  @Post('articles/:id/revisions/:n/replay')
  @HttpCode(200)
  @ApiQuery({ name: 'locale', required: false })
  @ApiOperation({
    summary: 'Replay logged questions against a revision (e.g. a scheduled one) as if live',
    description: REPLAY_DOC,
  })
  @ApiOkResponse({ type: ReplaySummaryView })
  revision(
    @Param('id') id: string,
    @Param('n', ParseIntPipe) n: number,
    @Query('locale') locale: string | undefined,
    @Body() body: ReplayOptionsDto,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.replay.replayRevision(id, locale, n, body.limit, by);
  }

  @Post('answer-rules/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replay logged questions under a proposed answer rule (new or edited)',
    description: REPLAY_DOC,
  })
  @ApiOkResponse({ type: ReplaySummaryView })
  rule(@Body() body: RuleReplayDto, @CurrentPrincipal() by: Principal) {
    return this.replay.replayRule(body.rule, body.limit, by);
  }
}
