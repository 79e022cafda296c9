import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '../../common/paging.js';
import { MinRole } from '../auth/auth.decorators.js';
import { CreateCategoryDto, CreateIntentDto, UpdateCategoryDto, UpdateIntentDto } from './taxonomy.dto.js';
import { TaxonomyService } from './taxonomy.service.js';

@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('v1')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** Categories as a tree (each with `children`), or flat with `?flat=true`. Readable by every key (the FAQ lists them). */
  @Get('categories')
  @MinRole('public')
  categories(@Query('flat') flat?: string) {
    return flat === 'true' ? this.taxonomy.listCategories() : this.taxonomy.categoryTree();
  }

  @Get('categories/:id')
  @MinRole('public')
  category(@Param('id') id: string) {
    return this.taxonomy.getCategory(id);
  }

  @Post('categories')
  @MinRole('editor')
  createCategory(@Body() body: CreateCategoryDto) {
    return this.taxonomy.createCategory(body);
  }

  @Patch('categories/:id')
  @MinRole('editor')
  updateCategory(@Param('id') id: string, @Body() body: UpdateCategoryDto) {
    return this.taxonomy.updateCategory(id, body);
  }

  @Delete('categories/:id')
  @MinRole('editor')
  @HttpCode(204)
  deleteCategory(@Param('id') id: string) {
    return this.taxonomy.deleteCategory(id);
  }

  @Get('intents')
  @MinRole('bot')
  intents(@Query() query: PageQuery) {
    return this.taxonomy.listIntents(query.limit ?? 100, query.cursor);
  }

  @Get('intents/:key')
  @MinRole('bot')
  intent(@Param('key') key: string) {
    return this.taxonomy.getIntent(key);
  }

  @Post('intents')
  @MinRole('editor')
  createIntent(@Body() body: CreateIntentDto) {
    return this.taxonomy.createIntent(body);
  }

  @Patch('intents/:key')
  @MinRole('editor')
  updateIntent(@Param('key') key: string, @Body() body: UpdateIntentDto) {
    return this.taxonomy.updateIntent(key, body);
  }

  @Delete('intents/:key')
  @MinRole('editor')
  @HttpCode(204)
  deleteIntent(@Param('key') key: string) {
    return this.taxonomy.deleteIntent(key);
  }

  @Get('tags')
  @MinRole('agent')
  tags() {
    return this.taxonomy.listTags();
  }
}
