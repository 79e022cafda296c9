import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import {
  AnswerDto,
  AnswerView,
  FaqQuery,
  FaqView,
  PreviewDto,
  PreviewView,
  RenderedArticleView,
  RenderQuery,
  ReplySuggestionDto,
  ReplySuggestionsView,
  SearchQuery,
  SearchResultView,
} from './serving.dto.js';
import { ServingService } from './serving.service.js';

/** Serving endpoints: every channel, within what the key's role and channel allow. */
@ApiTags('serving')
@ApiBearerAuth()
@MinRole('public')
@Controller('v1')
export class ServingController {
  constructor(private readonly serving: ServingService) {}

  @Get('search')
  @ApiOkResponse({ type: SearchResultView })
  @ApiOperation({ summary: 'Search live articles for the channel (logged)' })
  search(@Query() query: SearchQuery, @CurrentPrincipal() principal: Principal) {
    return this.serving.searchArticles(principal, query);
  }

  @Get('articles/:idOrSlug/render')
  @ApiOkResponse({ type: RenderedArticleView })
  @ApiOperation({ summary: "An article's live revision rendered for the channel (logged as served)" })
  render(@Param('idOrSlug') idOrSlug: string, @Query() query: RenderQuery, @CurrentPrincipal() principal: Principal) {
    return this.serving.render(principal, idOrSlug, query);
  }

  @Get('faq')
  @ApiOkResponse({ type: FaqView })
  @ApiOperation({ summary: 'The FAQ: live articles by category, most served first' })
  faq(@Query() query: FaqQuery, @CurrentPrincipal() principal: Principal) {
    return this.serving.faq(principal, query);
  }

  @Post('answers')
  @ApiOkResponse({ type: AnswerView })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer a question (bots, voice): the best article, or a hand-off below the confidence threshold',
  })
  answer(@Body() body: AnswerDto, @CurrentPrincipal() principal: Principal) {
    return this.serving.answer(principal, body);
  }

  @Post('previews')
  @ApiOkResponse({ type: [PreviewView] })
  @HttpCode(200)
  @MinRole('editor')
  @ApiOperation({
    summary:
      "Unsaved content as each channel would be served it, with each profile's length limit (editors; not logged)",
  })
  preview(@Body() body: PreviewDto) {
    return this.serving.preview(body);
  }

  @Post('suggestions/reply')
  @ApiOkResponse({ type: ReplySuggestionsView })
  @HttpCode(200)
  @MinRole('agent')
  @ApiOperation({ summary: 'Suggested articles and a drafted reply to a customer email (agents)' })
  suggestReply(@Body() body: ReplySuggestionDto, @CurrentPrincipal() principal: Principal) {
    return this.serving.suggestReply(principal, body);
  }
}
