import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ArticleDiffView, ArticlePageView, ArticleView, RevisionSummaryView, RevisionView } from './articles.views.js';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The base revision (or article version for PATCH), instead of the body field',
};

@ApiTags('articles')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @ApiOperation({ summary: 'Create an article with its first revision (published at once with publish: true)' })
  @ApiCreatedResponse({ type: ArticleView })
  create(@Body() body: CreateArticleDto, @CurrentPrincipal() by: Principal) {
    return this.articles.create(body, by);
  }

  @Get()
  @MinRole('agent')
  @ApiOperation({ summary: 'List articles, filtered, newest first' })
  @ApiOkResponse({ type: ArticlePageView })
  list(@Query() query: ListArticlesQuery) {
    return this.articles.list(query);
  }

  @Get(':id')
  @MinRole('agent')
  @ApiOperation({ summary: 'An article (by id or slug) with the state of each locale' })
  @ApiOkResponse({ type: ArticleView })
  get(@Param('id') id: string) {
    return this.articles.get(id);
  }

  @Patch(':id')
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: "Change an article's metadata (slug, audience, category, tags, intents); 409 on a stale version",
  })
  @ApiOkResponse({ type: ArticleView })
  update(
    @Param('id') id: string,
    @Body() body: UpdateArticleDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.articles.update(id, body, baseFrom(body.version, ifMatch, 'version'), by);
  }

  @Post(':id/revisions')
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: "Write a locale's next revision on top of its head; 409 when the base is not the head any more",
  })
  @ApiCreatedResponse({ type: RevisionView })
  createRevision(
    @Param('id') id: string,
    @Body() body: CreateRevisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    const { locale, baseRevision, ...content } = body;
    return this.articles.createRevision(id, locale, baseFrom(baseRevision, ifMatch, 'baseRevision'), content, by);
  }

  @Get(':id/revisions')
  @MinRole('agent')
  @ApiOperation({ summary: "A locale's revision history, newest first (without the content)" })
  @ApiOkResponse({ type: [RevisionSummaryView] })
  listRevisions(@Param('id') id: string, @Query() query: LocaleQuery) {
    return this.articles.listRevisions(id, query.locale);
  }

  @Get(':id/revisions/:n')
  @MinRole('agent')
  @ApiOperation({ summary: 'One revision with its content' })
  @ApiOkResponse({ type: RevisionView })
  getRevision(@Param('id') id: string, @Param('n', ParseIntPipe) n: number, @Query() query: LocaleQuery) {
    return this.articles.getRevision(id, query.locale, n);
  }

  @Get(':id/diff')
  @MinRole('agent')
  @ApiOperation({ summary: 'Field-by-field diff of two revisions of a locale' })
  @ApiOkResponse({ type: ArticleDiffView })
  diff(@Param('id') id: string, @Query() query: DiffQuery) {
    return this.articles.diff(id, query.locale, query.from, query.to);
  }

  @Post(':id/revisions/:n/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a revision now or at publishAt, optionally until expiresAt' })
  @ApiOkResponse({ type: RevisionView })
  publish(
    @Param('id') id: string,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: PublishDto,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.articles.publish(id, body.locale, n, body.publishAt, body.expiresAt, by);
  }

  @Post(':id/revisions/:n/restore')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: "Copy an old revision's content into a new head revision" })
  @ApiCreatedResponse({ type: RevisionView })
  restore(
    @Param('id') id: string,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: RestoreDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.articles.restore(
      id,
      body.locale,
      n,
      baseFrom(body.baseRevision, ifMatch, 'baseRevision'),
      body.changeNote,
      by,
    );
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop serving a locale (or every locale)' })
  @ApiOkResponse({ type: ArticleView })
  unpublish(@Param('id') id: string, @Body() body: UnpublishDto, @CurrentPrincipal() by: Principal) {
    return this.articles.unpublish(id, body.locale, by);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @MinRole('agent')
  @ApiOperation({
    summary:
      'Record that the content is still right (who, when; no new revision); an agent key may verify the articles it owns',
  })
  @ApiOkResponse({ type: ArticleView })
  verify(@Param('id') id: string, @Body() body: VerifyArticleDto, @CurrentPrincipal() by: Principal) {
    return this.articles.verify(id, body.nextReviewBy, by);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive an article: no longer served nor listed as active' })
  @ApiOkResponse({ type: ArticleView })
  archive(@Param('id') id: string, @CurrentPrincipal() by: Principal) {
    return this.articles.archive(id, by);
  }

  @Post(':id/unarchive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bring an archived article back (unpublished)' })
  @ApiOkResponse({ type: ArticleView })
  unarchive(@Param('id') id: string, @CurrentPrincipal() by: Principal) {
    return this.articles.unarchive(id, by);
  }
}
