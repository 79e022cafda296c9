import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { baseFrom } from '../../common/if-match.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { AmendDraftDto, ApproveDto, CreateDraftDto, DecisionDto, ListDraftsQuery, RebaseDto, WithdrawDto } from './drafts.dto.js';
import { DraftsService } from './drafts.service.js';

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
  submit(@Body() body: CreateDraftDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() by: Principal) {
    return this.drafts.submit({ ...body, baseRevision: baseFrom(body.baseRevision, ifMatch, 'baseRevision') }, by);
  }

  /** Oldest first: the review queue for editors (`status=submitted`), one's own drafts for agents. */
  @Get()
  list(@Query() query: ListDraftsQuery, @CurrentPrincipal() by: Principal) {
    return this.drafts.list(query, by);
  }

  /** The draft, its base revision, a diff against the live revision and its history. */
  @Get(':id')
  get(@Param('id', ID) id: string, @CurrentPrincipal() by: Principal) {
    return this.drafts.get(id, by);
  }

  @Get(':id/history')
  history(@Param('id', ID) id: string, @CurrentPrincipal() by: Principal) {
    return this.drafts.history(id, by);
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The draft version, instead of version' })
  amend(@Param('id', ID) id: string, @Body() body: AmendDraftDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() by: Principal) {
    const { version, ...fields } = body;
    return this.drafts.amend(id, fields, baseFrom(version, ifMatch, 'version'), by);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@Param('id', ID) id: string, @Body() body: WithdrawDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.withdraw(id, body.comment, by);
  }

  @Post(':id/rebase')
  @HttpCode(200)
  rebase(@Param('id', ID) id: string, @Body() body: RebaseDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.rebase(id, body.resolutions ?? [], body.version, by);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @MinRole('editor')
  approve(@Param('id', ID) id: string, @Body() body: ApproveDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.approve(id, body, by);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @MinRole('editor')
  requestChanges(@Param('id', ID) id: string, @Body() body: DecisionDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.requestChanges(id, body.comment, body.version, by);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @MinRole('editor')
  reject(@Param('id', ID) id: string, @Body() body: DecisionDto, @CurrentPrincipal() by: Principal) {
    return this.drafts.reject(id, body.comment, body.version, by);
  }
}
