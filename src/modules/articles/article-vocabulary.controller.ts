import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '../../common/paging.js';
import { MinRole } from '../auth/auth.decorators.js';
import { IntentListItemPageView, TagView } from '../taxonomy/taxonomy.views.js';
import { ArticleVocabularyService } from './article-vocabulary.service.js';

/**
 * The taxonomy routes that count or check articles (the rest are TaxonomyController's). Their operation ids are the
 * ones they had when TaxonomyController served them: clients generated from /openapi.json name them so.
 */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('v1')
export class ArticleVocabularyController {
  constructor(private readonly vocabulary: ArticleVocabularyService) {}

  @Get('intents')
  @MinRole('bot')
  @ApiOperation({
    summary: 'The intents, by key, with how many articles answer each',
    operationId: 'TaxonomyController_intents',
  })
  @ApiOkResponse({ type: IntentListItemPageView })
  intents(@Query() query: PageQuery) {
    return this.vocabulary.listIntents(query.limit ?? 100, query.cursor);
  }

  @Delete('intents/:key')
  @MinRole('editor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an intent no article uses', operationId: 'TaxonomyController_deleteIntent' })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteIntent(@Param('key') key: string) {
    return this.vocabulary.deleteIntent(key);
  }

  @Get('tags')
  @MinRole('agent')
  @ApiOperation({ summary: 'Every tag in use, with its article count', operationId: 'TaxonomyController_tags' })
  @ApiOkResponse({ type: [TagView] })
  tags() {
    return this.vocabulary.listTags();
  }
}
