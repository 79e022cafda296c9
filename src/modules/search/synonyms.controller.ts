import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { baseFrom } from '../../common/if-match.js';
import { MinRole } from '../auth/auth.decorators.js';
import { CreateSynonymGroupDto, ListSynonymsQuery, UpdateSynonymGroupDto } from './synonyms.dto.js';
import { SynonymsService } from './synonyms.service.js';
import { SynonymGroupPageView, SynonymGroupView } from './synonyms.views.js';

/** Synonym groups (editors): applied to search at query time, per locale. */
@ApiTags('synonyms')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1/synonyms')
export class SynonymsController {
  constructor(private readonly synonyms: SynonymsService) {}

  @Get()
  @ApiOperation({ summary: 'The synonym groups, optionally of one locale' })
  @ApiOkResponse({ type: SynonymGroupPageView })
  list(@Query() query: ListSynonymsQuery) {
    return this.synonyms.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A synonym group' })
  @ApiOkResponse({ type: SynonymGroupView })
  get(@Param('id') id: string) {
    return this.synonyms.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a synonym group' })
  @ApiCreatedResponse({ type: SynonymGroupView })
  create(@Body() body: CreateSynonymGroupDto) {
    return this.synonyms.create(body);
  }

  /** Replaces the group's terms; names the version it is based on (`version` or If-Match). */
  @Put(':id')
  @ApiOperation({ summary: "Replace a group's terms; 409 on a stale version" })
  @ApiHeader({ name: 'if-match', required: false, description: 'The group version, instead of the body field' })
  @ApiOkResponse({ type: SynonymGroupView })
  update(@Param('id') id: string, @Body() body: UpdateSynonymGroupDto, @Headers('if-match') ifMatch?: string) {
    return this.synonyms.update(id, body, baseFrom(body.version, ifMatch, 'version'));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a synonym group' })
  @ApiNoContentResponse({ description: 'Deleted' })
  remove(@Param('id') id: string) {
    return this.synonyms.remove(id);
  }
}
