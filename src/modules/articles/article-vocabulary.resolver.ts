import { UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { pageComplexity } from '../../graphql/complexity.js';
import { NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { PageArgs } from '../../graphql/paging.js';
import { MinRole } from '../auth/auth.decorators.js';
import { IntentPage, TagCountModel } from '../taxonomy/taxonomy.model.js';
import { ArticleVocabularyService } from './article-vocabulary.service.js';

/** The taxonomy queries that count or check articles (the rest are TaxonomyResolver's), with the REST roles. */
@Resolver()
@MinRole('editor')
@UsePipes(NullAsAbsentPipe)
export class ArticleVocabularyResolver {
  constructor(private readonly vocabulary: ArticleVocabularyService) {}

  @Query(() => IntentPage, { complexity: pageComplexity(100) })
  @MinRole('bot')
  intents(@Args() page: PageArgs) {
    return this.vocabulary.listIntents(page.limit ?? 100, page.cursor);
  }

  @Query(() => [TagCountModel], { description: 'Every tag in use, with how many active articles carry it' })
  @MinRole('agent')
  tags() {
    return this.vocabulary.listTags();
  }

  @Mutation(() => Boolean)
  async deleteIntent(@Args('key') key: string) {
    await this.vocabulary.deleteIntent(key);
    return true;
  }
}
