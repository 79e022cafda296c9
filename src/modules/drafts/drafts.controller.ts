import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { baseFrom } from '../../common/if-match.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import {
  AmendDraftDto,
  ApproveDto,
  CreateDraftDto,
  DecisionDto,
  ListDraftsQuery,
  RebaseDto,
  WithdrawDto,
} from './drafts.dto.js';
import { DraftsService } from './drafts.service.js';
import {
  DraftDetailView,
  DraftHistoryEntryView,
  DraftPageView,
  MergeConflictView,
  RebasedDraftView,
} from './drafts.views.js';

const ID = new ParseUUIDPipe();

/**
 * Agents propose and follow their own drafts; editors see every draft and decide. A draft another agent wrote
 * answers 404 to an agent.
 */
@ApiTags('drafts')
@ApiBearerAuth()
@MinRole('agent')
@Controller('v1/drafts')
export class DraftsController {
  constructor(private readonly drafts: DraftsService) {}

  @Post()
  @ApiHeader({ name: 'If-Match', required: false, description: 'The base revision, instead of baseRevision' })
  @ApiOperation({ summary: 'Propose a change to an article, or a new article (agents)' })
  @ApiCreatedResponse({ type: DraftDetailView })
  submit(
    @Body() body: CreateDraftDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.drafts.submit({ ...body, baseRevision: baseFrom(body.baseRevision, ifMatch, 'baseRevision') }, by);
  }

  /** Oldest first: the review queue for editors (`status=submitted`), one's own drafts for agents. */
  @Get()
  @ApiOperation({ summary: "Drafts, oldest first: the review queue, or an agent's own" })
  @ApiOkResponse({ type: DraftPageView })
  list(@Query() query: ListDraftsQuery, @CurrentPrincipal() by: Principal) {
    return this.drafts.list(query, by);
  }

  /** The draft, its base revision, a diff against the live revision and its history. */
  @Get(':id')
  @ApiOperation({ summary: 'A draft with its base, its diff against the live revision and its history' })
  @ApiOkResponse({ type: DraftDetailView })
  get(@Param('id', ID) id: string, @CurrentPrincipal() by: Principal) {
    return this.drafts.get(id, by);
  }

  @Get(':id/history')
  @ApiOperation({ summary: "A draft's history" })
  @ApiOkResponse({ type: [DraftHistoryEntryView] })
  history(@Param('id', ID) id: string, @CurrentPrincipal() by: Principal) {
    return this.drafts.history(id, by);
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The draft version, instead of version' })
  @ApiOperation({ summary: 'Amend an open draft; 409 on a stale version' })
  @ApiOkResponse({ type: DraftDetailView })
  amend(
    @Param('id', ID) id: string,
    @Body() body: AmendDraftDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    const { version, ...fields } = body;
    return this.drafts.amend(id, fields, baseFrom(version, ifMatch, 'version'), by);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw an open draft' })
  @ApiOkResponse({ type: DraftDetailView })
  withdraw(@Param('id', ID) id: string, @Body() body: WithdrawDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.withdraw(id, body.comment, by);
  }

  @Post(':id/rebase')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Carry a stale draft onto the latest revision; 409 lists the conflicts (MergeConflictView) until resolutions settle them',
  })
  @ApiExtraModels(MergeConflictView)
  @ApiOkResponse({ type: RebasedDraftView })
  rebase(@Param('id', ID) id: string, @Body() body: RebaseDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.rebase(id, body.resolutions ?? [], body.version, by);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @MinRole('editor')
  @ApiOperation({ summary: 'Approve a draft: writes the revision and publishes it now or at publishAt' })
  @ApiOkResponse({ type: DraftDetailView })
  approve(@Param('id', ID) id: string, @Body() body: ApproveDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.approve(id, body, by);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @MinRole('editor')
  @ApiOperation({ summary: 'Send a draft back to its author with a comment' })
  @ApiOkResponse({ type: DraftDetailView })
  requestChanges(@Param('id', ID) id: string, @Body() body: DecisionDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.requestChanges(id, body.comment, body.version, by);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @MinRole('editor')
  @ApiOperation({ summary: 'Reject a draft with a comment' })
  @ApiOkResponse({ type: DraftDetailView })
  reject(@Param('id', ID) id: string, @Body() body: DecisionDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.reject(id, body.comment, body.version, by);
  }
}
