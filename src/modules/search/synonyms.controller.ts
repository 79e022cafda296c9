import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { baseFrom } from '../../common/if-match.js';
import { MinRole } from '../auth/auth.decorators.js';
import { CreateSynonymGroupDto, ListSynonymsQuery, UpdateSynonymGroupDto } from './synonyms.dto.js';
import { SynonymsService } from './synonyms.service.js';

/** Synonym groups (editors): applied to search at query time, per locale. */
@ApiTags('synonyms')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1/synonyms')
export class SynonymsController {
  constructor(private readonly synonyms: SynonymsService) {}

  @Get()
  list(@Query() query: ListSynonymsQuery) {
    return this.synonyms.list(query);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.synonyms.get(id);
  }

  @Post()
  create(@Body() body: CreateSynonymGroupDto) {
    return this.synonyms.create(body);
  }

  /** Replaces the group's terms; names the version it is based on (`version` or If-Match). */
  @Put(':id')
  update(@Param('id') id: string, @Body() body: UpdateSynonymGroupDto, @Headers('if-match') ifMatch?: string) {
    return this.synonyms.update(id, body, baseFrom(body.version, ifMatch, 'version'));
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string) {
    return this.synonyms.remove(id);
  }
}
