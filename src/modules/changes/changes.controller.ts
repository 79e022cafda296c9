import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { Principal } from '../../common/domain.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { ChangesService } from './changes.service.js';
import { ChangesPageView } from './changes.views.js';

export class ChangesQuery {
  @ApiPropertyOptional({
    description: 'A `cursor` (or `nextCursor`) from an earlier response; from the beginning when omitted',
  })
  @IsOptional()
  @IsString()
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

/**
 * Content changes in commit order. Readers of served content (caches, NLU trainers) get what happened to it
 * (article published, unpublished, archived, expired, updated) with ids only: public and bot keys for public
 * articles only, agents for internal ones too; editors also get draft events and who did what.
 */
@ApiTags('changes')
@ApiBearerAuth()
@MinRole('public')
@Controller('v1/changes')
export class ChangesController {
  constructor(private readonly changes: ChangesService) {}

  @Get()
  @ApiOperation({
    summary: 'Content changes in commit order, resumable from a cursor',
    description:
      'Follow it with `after=<nextCursor>` until `hasMore` is false; cursors stay valid across restarts. ' +
      'public, bot and agent keys see article.published, unpublished, archived, expired and updated, with ids only (refetch the article); ' +
      'editor and admin keys also see draft events (submitted, amended, approved, changes_requested, rejected, withdrawn), the actor and event data. ' +
      'public and bot keys see events of public articles only: an article made internal appears to them as `article.unpublished` ' +
      'with `locale` and `revision` null (drop every locale of it), one made public again as `article.updated` (fetch it). ' +
      'A page reads at most `limit` events and leaves out those the key may not see, so it may be short, even empty with `hasMore` true: ' +
      '`nextCursor` moves past every event read.',
  })
  @ApiOkResponse({ type: ChangesPageView })
  read(@Query() query: ChangesQuery, @CurrentPrincipal() by: Principal) {
    return this.changes.read(query.after, query.limit ?? 100, by);
  }
}
