import type { Type } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import type { Audience } from '../../common/domain.js';
import { AudienceEnum, enumOf } from '../../graphql/enums.js';
import { PageOf, WithPageArgs } from '../../graphql/paging.js';
import { CategoryModel } from '../taxonomy/taxonomy.model.js';
import type { ArticleState } from './article.entity.js';
import {
  ChannelVariantsDto,
  CreateArticleDto,
  CreateRevisionDto,
  DiffQuery,
  ListArticlesQuery,
  LocaleQuery,
  PUBLICATION_FILTERS,
  PublishDto,
  REVIEW_FILTERS,
  RestoreDto,
  RevisionContentDto,
  UnpublishDto,
  UpdateArticleDto,
  VerifyArticleDto,
} from './articles.dto.js';
import type { RevisionStatus } from './revision.entity.js';

// GraphQL types of the article store. Inputs extend the REST DTOs, so both APIs validate with the same rules.

export const ArticleStateEnum = enumOf(['active', 'archived'] as const, 'ArticleState');
export const RevisionStatusEnum = enumOf(
  ['draft', 'scheduled', 'published', 'superseded', 'unpublished', 'expired'] as const,
  'RevisionStatus',
);
export const PublicationFilterEnum = enumOf(
  PUBLICATION_FILTERS,
  'PublicationFilter',
  'live: has a served revision; unpublished: has none; scheduled: has a publication pending',
);
export const ReviewFilterEnum = enumOf(REVIEW_FILTERS, 'ReviewFilter', 'due: active articles past their review date');
export const DiffOpEnum = enumOf(['equal', 'add', 'remove'] as const, 'DiffOp');

@ObjectType('ChannelVariants', { description: 'Per-channel wording of the answer' })
export class ChannelVariantsModel {
  @Field({ nullable: true }) web?: string;
  @Field({ nullable: true }) bot?: string;
  @Field({ nullable: true }) voice?: string;
  @Field({ nullable: true }) agent?: string;
  @Field({ nullable: true }) email?: string;
}

@ObjectType('Revision', { description: "One immutable version of an article's content in one locale" })
export class RevisionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) articleId: string;
  @Field() locale: string;
  @Field(() => Int) number: number;
  @Field(() => RevisionStatusEnum) status: RevisionStatus;
  @Field() title: string;
  @Field({ description: 'Markdown' }) body: string;
  @Field() summary: string;
  @Field(() => [String]) alternativeQuestions: string[];
  @Field(() => ChannelVariantsModel) variants: ChannelVariantsModel;
  @Field({ description: 'Shown to agents only' }) internalNotes: string;
  @Field() author: string;
  @Field() changeNote: string;
  @Field() contentHash: string;
  @Field(() => Int, { description: 'The revision this one was written on top of (0 for the first)' })
  baseRevision: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) publishAt: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
}

@ObjectType('ScheduledRevision')
export class ScheduledRevisionModel {
  @Field(() => Int) number: number;
  @Field(() => Date, { nullable: true }) publishAt: Date | null;
}

@ObjectType('ArticleLocale', {
  description: 'The state of one locale of an article; `live` and `head` are resolved on demand',
})
export class ArticleLocaleModel {
  articleId: string;
  @Field() locale: string;
  @Field(() => Int) headRevision: number;
  @Field(() => Int, { nullable: true }) liveRevision: number | null;
  @Field(() => [ScheduledRevisionModel]) scheduled: ScheduledRevisionModel[];
}

@ObjectType('Article')
export class ArticleModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => AudienceEnum) audience: Audience;
  @Field(() => ID, { nullable: true }) categoryId: string | null;
  @Field(() => [String]) tags: string[];
  @Field(() => [String]) intents: string[];
  @Field(() => ArticleStateEnum) state: ArticleState;
  @Field() defaultLocale: string;
  @Field(() => Int, { description: 'Bumped on every metadata change: the version updateArticle must name' })
  version: number;
  @Field() createdBy: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => CategoryModel, { nullable: true }) category?: CategoryModel | null;
  @Field(() => ID, { nullable: true, description: 'The owner, when it is an API key' }) ownerKeyId: string | null;
  @Field(() => String, { nullable: true, description: 'The owner, when it is a named person' }) ownerName:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Days between reviews' }) reviewIntervalDays: number | null;
  @Field(() => Date, { nullable: true, description: 'The next review date' }) reviewBy: Date | null;
  @Field({ description: 'Active and past its review date' }) reviewDue: boolean;
  @Field(() => Date, { nullable: true, description: 'When someone last confirmed the content is still right' })
  verifiedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who last verified the content' }) verifiedBy: string | null;
}

@ObjectType('ArticlePage')
export class ArticlePage extends PageOf(ArticleModel) {}

@ObjectType('LineChange')
export class LineChangeModel {
  @Field(() => DiffOpEnum) op: 'equal' | 'add' | 'remove';
  @Field() value: string;
}

@ObjectType('FieldDiff')
export class FieldDiffModel {
  @Field({ description: 'title, summary, body, alternativeQuestions, variants.<channel> or internalNotes' })
  field: string;
  @Field() changed: boolean;
  @Field(() => GraphQLJSON, { nullable: true }) from: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) to: unknown;
  @Field(() => [LineChangeModel], { nullable: true, description: 'Line-level changes of multi-line text' })
  lines?: LineChangeModel[];
  @Field(() => [LineChangeModel], { nullable: true, description: 'Item-level changes of lists' })
  items?: LineChangeModel[];
}

@ObjectType('ArticleDiff')
export class ArticleDiffModel {
  @Field(() => ID) articleId: string;
  @Field() locale: string;
  @Field(() => Int) from: number;
  @Field(() => Int) to: number;
  @Field(() => [FieldDiffModel]) changes: FieldDiffModel[];
}

@InputType()
export class ChannelVariantsInput extends ChannelVariantsDto {
  @Field({ nullable: true }) web?: string;
  @Field({ nullable: true }) bot?: string;
  @Field({ nullable: true }) voice?: string;
  @Field({ nullable: true }) agent?: string;
  @Field({ nullable: true }) email?: string;
}

/** The revision content fields, on top of a DTO that validates them. */
export function WithContentFields<T extends Type<RevisionContentDto>>(Base: T) {
  @InputType({ isAbstract: true })
  class ContentInput extends Base {
    @Field() title: string;
    @Field({ description: 'Markdown' }) body: string;
    @Field({ nullable: true, description: 'The short answer' }) summary?: string;
    @Field(() => [String], { nullable: true, description: 'Phrasings customers use for this question' })
    alternativeQuestions?: string[];
    @Field(() => ChannelVariantsInput, { nullable: true }) variants?: ChannelVariantsInput;
    @Field({ nullable: true, description: 'Shown to agents only' }) internalNotes?: string;
    @Field({ nullable: true }) changeNote?: string;
  }
  return ContentInput;
}

@InputType()
export class CreateArticleInput extends WithContentFields(CreateArticleDto) {
  @Field({ nullable: true, description: 'Derived from the title when omitted' }) slug?: string;
  @Field(() => AudienceEnum) audience: Audience;
  @Field(() => ID, { nullable: true }) categoryId?: string;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => [String], { nullable: true, description: 'Intent keys this article answers' }) intents?: string[];
  @Field({ description: 'Locale of revision 1, e.g. "en"' }) locale: string;
  @Field({ nullable: true, description: 'Publish revision 1 at once' }) publish?: boolean;
  @Field(() => ID, { nullable: true, description: 'The owner: an API key (or give ownerName)' }) ownerKeyId?:
    string | null;
  @Field(() => String, { nullable: true, description: 'The owner: a named person (or give ownerKeyId)' }) ownerName?:
    string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days between reviews; sets reviewBy from the last verification unless reviewBy is given',
  })
  reviewIntervalDays?: number | null;
  @Field(() => Date, { nullable: true, description: 'The next review date' }) reviewBy?: Date | null;
}

@InputType()
export class UpdateArticleInput extends UpdateArticleDto {
  @Field({ nullable: true }) slug?: string;
  @Field(() => AudienceEnum, { nullable: true }) audience?: Audience;
  @Field(() => ID, { nullable: true, description: 'null removes the category' }) categoryId?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => [String], { nullable: true }) intents?: string[];
  @Field(() => Int, { description: 'The article version this change is based on; a stale one is a CONFLICT' })
  version: number;
  @Field(() => ID, { nullable: true, description: 'The owner: an API key (or give ownerName); null removes it' })
  ownerKeyId?: string | null;
  @Field(() => String, { nullable: true, description: 'The owner: a named person (or give ownerKeyId)' }) ownerName?:
    string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days between reviews; sets reviewBy from the last verification unless reviewBy is given',
  })
  reviewIntervalDays?: number | null;
  @Field(() => Date, { nullable: true, description: 'The next review date' }) reviewBy?: Date | null;
}

@InputType()
export class CreateRevisionInput extends WithContentFields(CreateRevisionDto) {
  @Field({ nullable: true, description: "Defaults to the article's default locale" }) locale?: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The revision this one is based on (0 for a new locale); a stale one is a CONFLICT',
  })
  baseRevision?: number;
}

/** `articleId` (an id or a slug) on top of a DTO. */
export function WithArticleArg<T extends Type<object>>(Base: T) {
  @ArgsType()
  class ArticleArg extends Base {
    @Field({ description: 'Article id or slug' }) @IsString() @Length(1, 200) articleId: string;
  }
  return ArticleArg;
}

/** `articleId`, revision `number` and `locale` on top of a DTO that validates the locale. */
export function WithRevisionArgs<T extends Type<{ locale?: string }>>(Base: T) {
  @ArgsType()
  class RevisionArgs extends WithArticleArg(Base) {
    @Field(() => Int) @IsInt() @Min(1) number: number;
    @Field({ nullable: true, description: "Defaults to the article's default locale" }) locale?: string;
  }
  return RevisionArgs;
}

@ArgsType()
export class RevisionArgs extends WithRevisionArgs(LocaleQuery) {}

@ArgsType()
export class PublishArgs extends WithRevisionArgs(PublishDto) {
  @Field(() => Date, { nullable: true, description: 'Publish later, at this time' }) publishAt?: Date;
  @Field(() => Date, { nullable: true, description: 'Stop serving at this time' }) expiresAt?: Date;
}

@ArgsType()
export class RestoreArgs extends WithRevisionArgs(RestoreDto) {
  @Field(() => Int, { nullable: true, description: 'The current head revision of the locale' }) baseRevision?: number;
  @Field({ nullable: true }) changeNote?: string;
}

@ArgsType()
export class UnpublishArgs extends WithArticleArg(UnpublishDto) {
  @Field({ nullable: true, description: 'Only this locale; every locale when omitted' }) locale?: string;
}

@ArgsType()
export class DiffArgs extends WithArticleArg(DiffQuery) {
  @Field({ nullable: true }) locale?: string;
  @Field(() => Int) from: number;
  @Field(() => Int) to: number;
}

@ArgsType()
export class ArticlesArgs extends WithPageArgs(ListArticlesQuery) {
  @Field(() => ArticleStateEnum, { nullable: true }) state?: ArticleState;
  @Field(() => AudienceEnum, { nullable: true }) audience?: Audience;
  @Field({ nullable: true, description: 'Category id or slug; includes sub-categories' }) category?: string;
  @Field({ nullable: true }) tag?: string;
  @Field({ nullable: true }) intent?: string;
  @Field({ nullable: true }) locale?: string;
  @Field(() => PublicationFilterEnum, { nullable: true }) publication?: (typeof PUBLICATION_FILTERS)[number];
  @Field(() => ReviewFilterEnum, { nullable: true }) review?: (typeof REVIEW_FILTERS)[number];
  @Field({ nullable: true, description: 'Substring of the slug or of a title' }) q?: string;
}

@ArgsType()
export class VerifyArticleArgs extends WithArticleArg(VerifyArticleDto) {
  @Field(() => Date, { nullable: true, description: 'The next review date; by default now + the review interval' })
  nextReviewBy?: Date;
}
