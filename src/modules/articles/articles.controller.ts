import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { baseFrom } from '../../common/if-match.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import {
  CreateArticleDto,
  CreateRevisionDto,
  DiffQuery,
  ListArticlesQuery,
  LocaleQuery,
  PublishDto,
  RestoreDto,
  UnpublishDto,
  UpdateArticleDto,
  VerifyArticleDto,
} from './articles.dto.js';
import { ArticlesService } from './articles.service.js';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The base revision (or article version for PATCH), instead of the body field' };

@ApiTags('articles')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  create(@Body() body: CreateArticleDto, @CurrentPrincipal() by: Principal) {
    return this.articles.create(body, by);
  }

  @Get()
  @MinRole('agent')
  list(@Query() query: ListArticlesQuery) {
    return this.articles.list(query);
  }

  @Get(':id')
  @MinRole('agent')
  get(@Param('id') id: string) {
    return this.articles.get(id);
  }

  @Patch(':id')
  @ApiHeader(IF_MATCH)
  update(@Param('id') id: string, @Body() body: UpdateArticleDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() by: Principal) {
    return this.articles.update(id, body, baseFrom(body.version, ifMatch, 'version'), by);
  }

  @Post(':id/revisions')
  @ApiHeader(IF_MATCH)
  createRevision(@Param('id') id: string, @Body() body: CreateRevisionDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() by: Principal) {
    const { locale, baseRevision, ...content } = body;
    return this.articles.createRevision(id, locale, baseFrom(baseRevision, ifMatch, 'baseRevision'), content, by);
  }

  @Get(':id/revisions')
  @MinRole('agent')
  listRevisions(@Param('id') id: string, @Query() query: LocaleQuery) {
    return this.articles.listRevisions(id, query.locale);
  }

  @Get(':id/revisions/:n')
  @MinRole('agent')
  getRevision(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Query() query: LocaleQuery) {
    return this.articles.getRevision(id, query.locale, n);
  }

  @Get(':id/diff')
  @MinRole('agent')
  diff(@Param('id') id: string, @Query() query: DiffQuery) {
    return this.articles.diff(id, query.locale, query.from, query.to);
  }

  @Post(':id/revisions/:n/publish')
  @HttpCode(200)
  publish(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Body() body: PublishDto, @CurrentPrincipal() by: Principal) {
    return this.articles.publish(id, body.locale, n, body.publishAt, body.expiresAt, by);
  }

  @Post(':id/revisions/:n/restore')
  @ApiHeader(IF_MATCH)
  restore(
    @Param('id') id: string,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: RestoreDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.articles.restore(id, body.locale, n, baseFrom(body.baseRevision, ifMatch, 'baseRevision'), body.changeNote, by);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  unpublish(@Param('id') id: string, @Body() body: UnpublishDto, @CurrentPrincipal() by: Principal) {
    return this.articles.unpublish(id, body.locale, by);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @MinRole('agent')
  @ApiOperation({ summary: 'Record that the content is still right (who, when; no new revision); an agent key may verify the articles it owns' })
  verify(@Param('id') id: string, @Body() body: VerifyArticleDto, @CurrentPrincipal() by: Principal) {
    return this.articles.verify(id, body.nextReviewBy, by);
  }

  @Post(':id/archive')
  @HttpCode(200)
  archive(@Param('id') id: string, @CurrentPrincipal() by: Principal) {
    return this.articles.archive(id, by);
  }

  @Post(':id/unarchive')
  @HttpCode(200)
  unarchive(@Param('id') id: string, @CurrentPrincipal() by: Principal) {
    return this.articles.unarchive(id, by);
  }
}
