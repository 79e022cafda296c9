import { UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { MinRole } from '../auth/auth.decorators.js';
import type { CategoryNode } from './taxonomy.service.js';
import { TaxonomyService } from './taxonomy.service.js';
import {
  CategoryModel,
  CreateCategoryInput,
  CreateIntentInput,
  IntentModel,
  UpdateCategoryInput,
  UpdateIntentInput,
} from './taxonomy.model.js';

/**
 * Categories and intents over GraphQL, with the roles of the REST controller. The intent list (with article counts),
 * tags and deleteIntent need the articles: ArticleVocabularyResolver (articles module) serves those.
 */
@Resolver(() => CategoryModel)
@MinRole('editor')
@UsePipes(NullAsAbsentPipe)
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Query(() => [CategoryModel], {
    description: 'The category tree (roots with their children), or every category flat',
  })
  @MinRole('public')
  categories(@Args('flat', { defaultValue: false }) flat: boolean) {
    return flat ? this.taxonomy.listCategories() : this.taxonomy.categoryTree();
  }

  @Query(() => CategoryModel)
  @MinRole('public')
  category(@Args('idOrSlug') idOrSlug: string) {
    return this.taxonomy.getCategory(idOrSlug);
  }

  @ResolveField(() => [CategoryModel])
  children(@Parent() category: Partial<CategoryNode>) {
    return category.children ?? [];
  }

  @Query(() => IntentModel)
  @MinRole('bot')
  intent(@Args('key') key: string) {
    return this.taxonomy.getIntent(key);
  }

  @Mutation(() => CategoryModel)
  createCategory(@Args('input') input: CreateCategoryInput) {
    return this.taxonomy.createCategory(input);
  }

  @Mutation(() => CategoryModel)
  updateCategory(@Args('idOrSlug') idOrSlug: string, @Args('input') input: UpdateCategoryInput) {
    return this.taxonomy.updateCategory(idOrSlug, input);
  }

  @Mutation(() => Boolean)
  async deleteCategory(@Args('idOrSlug') idOrSlug: string) {
    await this.taxonomy.deleteCategory(idOrSlug);
    return true;
  }

  @Mutation(() => IntentModel)
  createIntent(@Args('input') input: CreateIntentInput) {
    return this.taxonomy.createIntent(input);
  }

  @Mutation(() => IntentModel)
  updateIntent(@Args('key') key: string, @Args('input') input: UpdateIntentInput) {
    return this.taxonomy.updateIntent(key, input);
  }
}
