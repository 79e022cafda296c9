import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { MinRole } from '../auth/auth.decorators.js';
import { CreateCategoryDto, CreateIntentDto, UpdateCategoryDto, UpdateIntentDto } from './taxonomy.dto.js';
import { TaxonomyService } from './taxonomy.service.js';
import { CategoryNodeView, CategoryView, IntentView } from './taxonomy.views.js';

/**
 * Categories and intents. Listing intents with their article counts, tags and deleting an intent need the articles:
 * ArticleVocabularyController (articles module) serves those.
 */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('v1')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /**
   * Categories as a tree (each with `children`), or flat with `?flat=true`. Readable by every key (the FAQ lists them).
   */
  @Get('categories')
  @MinRole('public')
  @ApiOperation({ summary: 'The categories, as a tree or flat' })
  @ApiQuery({ name: 'flat', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ type: [CategoryNodeView] })
  categories(@Query('flat') flat?: string) {
    return flat === 'true' ? this.taxonomy.listCategories() : this.taxonomy.categoryTree();
  }

  @Get('categories/:id')
  @MinRole('public')
  @ApiOperation({ summary: 'A category, by id or slug' })
  @ApiOkResponse({ type: CategoryView })
  category(@Param('id') id: string) {
    return this.taxonomy.getCategory(id);
  }

  @Post('categories')
  @MinRole('editor')
  @ApiOperation({ summary: 'Create a category' })
  @ApiCreatedResponse({ type: CategoryView })
  createCategory(@Body() body: CreateCategoryDto) {
    return this.taxonomy.createCategory(body);
  }

  @Patch('categories/:id')
  @MinRole('editor')
  @ApiOperation({ summary: 'Rename, move or reorder a category' })
  @ApiOkResponse({ type: CategoryView })
  updateCategory(@Param('id') id: string, @Body() body: UpdateCategoryDto) {
    return this.taxonomy.updateCategory(id, body);
  }

  @Delete('categories/:id')
  @MinRole('editor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a category that has no article nor sub-category' })
  @ApiNoContentResponse({ description: 'Deleted' })
  deleteCategory(@Param('id') id: string) {
    return this.taxonomy.deleteCategory(id);
  }

  @Get('intents/:key')
  @MinRole('bot')
  @ApiOperation({ summary: 'An intent' })
  @ApiOkResponse({ type: IntentView })
  intent(@Param('key') key: string) {
    return this.taxonomy.getIntent(key);
  }

  @Post('intents')
  @MinRole('editor')
  @ApiOperation({ summary: 'Create an intent' })
  @ApiCreatedResponse({ type: IntentView })
  createIntent(@Body() body: CreateIntentDto) {
    return this.taxonomy.createIntent(body);
  }

  @Patch('intents/:key')
  @MinRole('editor')
  @ApiOperation({ summary: "Change an intent's name or description" })
  @ApiOkResponse({ type: IntentView })
  updateIntent(@Param('key') key: string, @Body() body: UpdateIntentDto) {
    return this.taxonomy.updateIntent(key, body);
  }
}
