import { UsePipes } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/domain.js';
import { pageComplexity } from '../../graphql/complexity.js';
import { NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import type { CategoryLoader } from '../taxonomy/category-loader.js';
import type { RevisionLoaders } from './revision-loaders.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { CategoryModel } from '../taxonomy/taxonomy.model.js';
import {
  ArticleDiffModel,
  ArticleLocaleModel,
  ArticleModel,
  ArticlePage,
  ArticlesArgs,
  CreateArticleInput,
  CreateRevisionInput,
  DiffArgs,
  PublishArgs,
  RestoreArgs,
  RevisionArgs,
  RevisionModel,
  UnpublishArgs,
  UpdateArticleInput,
  VerifyArticleArgs,
} from './articles.model.js';
import { ArticlesService, ArticleView } from './articles.service.js';

/** The article store over GraphQL: the same service calls and roles as ArticlesController. */
@Resolver(() => ArticleModel)
@MinRole('editor')
@UsePipes(NullAsAbsentPipe)
export class ArticlesResolver {
  constructor(private readonly store: ArticlesService) {}

  @Query(() => ArticleModel, { description: 'An article by id or slug' })
  @MinRole('agent')
  article(@Args('idOrSlug') idOrSlug: string) {
    return this.store.get(idOrSlug);
  }

  @Query(() => ArticlePage, { complexity: pageComplexity(50), description: 'Articles, most recently changed first' })
  @MinRole('agent')
  articles(@Args() args: ArticlesArgs) {
    return this.store.list(args);
  }

  @Query(() => RevisionModel)
  @MinRole('agent')
  revision(@Args() args: RevisionArgs) {
    return this.store.getRevision(args.articleId, args.locale, args.number);
  }

  @Query(() => ArticleDiffModel, { description: 'Field-by-field changes between two revisions of one locale' })
  @MinRole('agent')
  diff(@Args() args: DiffArgs) {
    return this.store.diff(args.articleId, args.locale, args.from, args.to);
  }

  @Mutation(() => ArticleModel, { description: 'A new article with revision 1 as a draft (or published at once)' })
  createArticle(@Args('input') input: CreateArticleInput, @CurrentPrincipal() by: Principal) {
    return this.store.create(input, by);
  }

  @Mutation(() => ArticleModel, { description: 'Changes metadata; `input.version` must be the current version' })
  updateArticle(
    @Args('idOrSlug') idOrSlug: string,
    @Args('input') input: UpdateArticleInput,
    @CurrentPrincipal() by: Principal,
  ) {
    const { version, ...changes } = input;
    return this.store.update(idOrSlug, changes, version, by);
  }

  @Mutation(() => RevisionModel, { description: 'A new draft revision on top of `input.baseRevision`' })
  createRevision(
    @Args('articleId') articleId: string,
    @Args('input') input: CreateRevisionInput,
    @CurrentPrincipal() by: Principal,
  ) {
    const { locale, baseRevision, ...content } = input;
    return this.store.createRevision(articleId, locale, baseRevision, content, by);
  }

  @Mutation(() => RevisionModel, { description: 'Publishes a revision now, or schedules it for `publishAt`' })
  publish(@Args() args: PublishArgs, @CurrentPrincipal() by: Principal) {
    return this.store.publish(args.articleId, args.locale, args.number, args.publishAt, args.expiresAt, by);
  }

  @Mutation(() => RevisionModel, {
    description: "Copies an old revision's content into a new draft on top of `baseRevision`",
  })
  restore(@Args() args: RestoreArgs, @CurrentPrincipal() by: Principal) {
    return this.store.restore(args.articleId, args.locale, args.number, args.baseRevision, args.changeNote, by);
  }

  @Mutation(() => ArticleModel, { description: 'Stops serving the article (one locale or all)' })
  unpublish(@Args() args: UnpublishArgs, @CurrentPrincipal() by: Principal) {
    return this.store.unpublish(args.articleId, args.locale, by);
  }

  @Mutation(() => ArticleModel, {
    description:
      'Records that the content is still right (who, when; no new revision); an agent key may verify the articles it owns',
  })
  @MinRole('agent')
  verifyArticle(@Args() args: VerifyArticleArgs, @CurrentPrincipal() by: Principal) {
    return this.store.verify(args.articleId, args.nextReviewBy, by);
  }

  @Mutation(() => ArticleModel)
  archive(@Args('articleId') articleId: string, @CurrentPrincipal() by: Principal) {
    return this.store.archive(articleId, by);
  }

  @Mutation(() => ArticleModel)
  unarchive(@Args('articleId') articleId: string, @CurrentPrincipal() by: Principal) {
    return this.store.unarchive(articleId, by);
  }

  @ResolveField(() => [ArticleLocaleModel])
  locales(@Parent() article: ArticleView): ArticleLocaleModel[] {
    return article.locales.map(({ locale, headRevision, liveRevision, scheduled }) => ({
      articleId: article.id,
      locale,
      headRevision,
      liveRevision,
      scheduled,
    }));
  }

  @ResolveField(() => CategoryModel, { nullable: true })
  category(@Parent() article: ArticleView, @Context('loaders') { categories }: { categories: CategoryLoader }) {
    return article.categoryId ? categories.category.load(article.categoryId) : null;
  }

  @ResolveField(() => [RevisionModel], { description: 'Revisions, newest first within each locale' })
  async revisions(
    @Parent() article: ArticleView,
    @Context('loaders') { revisions }: { revisions: RevisionLoaders },
    @Args('locale', { nullable: true }) locale?: string,
  ) {
    const all = await revisions.revisionsOfArticle.load(article.id);
    return locale ? all.filter((r) => r.locale === locale) : all;
  }
}

@Resolver(() => ArticleLocaleModel)
export class ArticleLocaleResolver {
  @ResolveField(() => RevisionModel, { nullable: true, description: 'The revision served in this locale, if any' })
  live(@Parent() state: ArticleLocaleModel, @Context('loaders') { revisions }: { revisions: RevisionLoaders }) {
    return state.liveRevision === null
      ? null
      : revisions.revision.load({ articleId: state.articleId, locale: state.locale, number: state.liveRevision });
  }

  @ResolveField(() => RevisionModel, { description: 'The latest revision of this locale (often a draft)' })
  head(@Parent() state: ArticleLocaleModel, @Context('loaders') { revisions }: { revisions: RevisionLoaders }) {
    return revisions.revision.load({ articleId: state.articleId, locale: state.locale, number: state.headRevision });
  }
}

export const ARTICLE_RESOLVERS = [ArticlesResolver, ArticleLocaleResolver];
