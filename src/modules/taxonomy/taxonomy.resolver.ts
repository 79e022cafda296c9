import { UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { pageComplexity } from '../../graphql/complexity.js';
import { NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { PageArgs } from '../../graphql/paging.js';
import { MinRole } from '../auth/auth.decorators.js';
import type { CategoryNode } from './taxonomy.service.js';
import { TaxonomyService } from './taxonomy.service.js';
import {
  CategoryModel,
  CreateCategoryInput,
  CreateIntentInput,
  IntentModel,
  IntentPage,
  TagCountModel,
  UpdateCategoryInput,
  UpdateIntentInput,
} from './taxonomy.model.js';

/** Categories, intents and tags over GraphQL, with the roles of the REST controller. */
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

  @Query(() => IntentPage, { complexity: pageComplexity(100) })
  @MinRole('bot')
  intents(@Args() page: PageArgs) {
    return this.taxonomy.listIntents(page.limit ?? 100, page.cursor);
  }

  @Query(() => IntentModel)
  @MinRole('bot')
  intent(@Args('key') key: string) {
    return this.taxonomy.getIntent(key);
  }

  @Query(() => [TagCountModel], { description: 'Every tag in use, with how many active articles carry it' })
  @MinRole('agent')
  tags() {
    return this.taxonomy.listTags();
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

  @Mutation(() => Boolean)
  async deleteIntent(@Args('key') key: string) {
    await this.taxonomy.deleteIntent(key);
    return true;
  }
}
