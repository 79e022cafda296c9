import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AUDIENCES, type Audience, LOCALE_PATTERN, SLUG_PATTERN } from '../../common/domain.js';
import { PageQuery } from '../../common/paging.js';
import type { ArticleState } from './article.entity.js';

const LOCALE_MESSAGE = 'must be a BCP 47 language tag such as "en" or "fr-CA"';
const SLUG_MESSAGE = 'must be lowercase letters, digits and single hyphens';
const KEY_PATTERN = /^[a-z0-9][a-z0-9_.:-]*$/;
const KEY_MESSAGE = 'must be lowercase letters, digits, "_", ".", ":" or "-"';

/** Optional per-channel wording of the answer. */
export class ChannelVariantsDto {
  @ApiPropertyOptional({ description: 'Website / FAQ widget (Markdown)' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  web?: string;
  @ApiPropertyOptional({ description: 'Chatbot: short plain text' })
  @IsOptional()
  @IsString()
  @MaxLength(4_000)
  bot?: string;
  @ApiPropertyOptional({ description: 'Voicebot: speech-safe text' })
  @IsOptional()
  @IsString()
  @MaxLength(4_000)
  voice?: string;
  @ApiPropertyOptional({ description: 'Agent desktop (Markdown)' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  agent?: string;
  @ApiPropertyOptional({ description: 'Email reply paragraph' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  email?: string;
}

/** The content of a revision. */
export class RevisionContentDto {
  @ApiProperty({ example: 'How do I reset my voicemail PIN?' })
  @IsString()
  @Length(1, 300)
  title: string;

  @ApiProperty({ description: 'Markdown' })
  @IsString()
  @MaxLength(200_000)
  body: string;

  @ApiPropertyOptional({ description: 'The short answer' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  summary?: string;

  @ApiPropertyOptional({ type: [String], description: 'Phrasings customers use for this question' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  alternativeQuestions?: string[];

  @ApiPropertyOptional({ type: ChannelVariantsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChannelVariantsDto)
  variants?: ChannelVariantsDto;

  @ApiPropertyOptional({ description: 'Shown to agents only' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  internalNotes?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  changeNote?: string;
}

/** Who keeps an article right and when it is next reviewed; null removes a value. */
export function WithFreshnessFields<T extends Class<object>>(Base: T) {
  class FreshnessFields extends Base {
    @ApiPropertyOptional({
      type: String,
      format: 'uuid',
      nullable: true,
      description: 'The owner: an API key (or give ownerName)',
    })
    @IsOptional()
    @ValidateIf((_, v) => v !== null)
    @IsUUID()
    ownerKeyId?: string | null;

    @ApiPropertyOptional({
      type: String,
      nullable: true,
      description: 'The owner: a named person (or give ownerKeyId)',
    })
    @IsOptional()
    @ValidateIf((_, v) => v !== null)
    @IsString()
    @Length(1, 200)
    ownerName?: string | null;

    @ApiPropertyOptional({
      type: Number,
      nullable: true,
      minimum: 1,
      maximum: 3650,
      description: 'Days between reviews; sets reviewBy from the last verification (or now) unless reviewBy is given',
    })
    @IsOptional()
    @ValidateIf((_, v) => v !== null)
    @IsInt()
    @Min(1)
    @Max(3650)
    reviewIntervalDays?: number | null;

    @ApiPropertyOptional({
      type: String,
      format: 'date-time',
      nullable: true,
      description: 'The next review date; past it the article is due for review',
    })
    @IsOptional()
    @ValidateIf((_, v) => v !== null)
    @Type(() => Date)
    @IsDate()
    reviewBy?: Date | null;
  }
  return FreshnessFields;
}

export class ArticleMetadataDto {
  @ApiPropertyOptional({ example: 'reset-voicemail-pin' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  categoryId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Intent keys this article answers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(KEY_PATTERN, { each: true, message: `each intent ${KEY_MESSAGE}` })
  intents?: string[];
}

export class CreateArticleDto extends WithFreshnessFields(RevisionContentDto) {
  @ApiPropertyOptional({ description: 'Derived from the title when omitted' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(SLUG_PATTERN, { message: `slug ${SLUG_MESSAGE}` })
  slug?: string;

  @ApiProperty({ enum: AUDIENCES })
  @IsIn(AUDIENCES)
  audience: Audience;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(KEY_PATTERN, { each: true, message: `each intent ${KEY_MESSAGE}` })
  intents?: string[];

  @ApiProperty({ example: 'en' })
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale: string;

  @ApiPropertyOptional({ description: 'Publish revision 1 at once' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}

export class UpdateArticleDto extends WithFreshnessFields(ArticleMetadataDto) {
  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ description: 'The article version this change is based on (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateRevisionDto extends RevisionContentDto {
  @ApiPropertyOptional({ description: "Defaults to the article's default locale" })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;

  @ApiPropertyOptional({ description: 'The revision this one is based on (0 for a new locale); or send If-Match' })
  @IsOptional()
  @IsInt()
  @Min(0)
  baseRevision?: number;
}

export class LocaleQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;
}

export class PublishDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Publish later, at this time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishAt?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Stop serving at this time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;
}

export class RestoreDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;

  @ApiPropertyOptional({ description: 'The current head revision (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  baseRevision?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  changeNote?: string;
}

export class UnpublishDto {
  @ApiPropertyOptional({ description: 'Only this locale; every locale when omitted' })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;
}

export class DiffQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;

  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from: number;

  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to: number;
}

export class VerifyArticleDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'The next review date; by default now + the review interval (none without an interval)',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  nextReviewBy?: Date;
}

export const PUBLICATION_FILTERS = ['live', 'unpublished', 'scheduled'] as const;
export const REVIEW_FILTERS = ['due'] as const;

export class ListArticlesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  state?: ArticleState;
  @ApiPropertyOptional({ enum: AUDIENCES }) @IsOptional() @IsIn(AUDIENCES) audience?: Audience;
  @ApiPropertyOptional({ description: 'Category id or slug; includes sub-categories' })
  @IsOptional()
  @IsString()
  category?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() tag?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() intent?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;
  @ApiPropertyOptional({ enum: PUBLICATION_FILTERS, description: 'live: has a served revision (in `locale` if given)' })
  @IsOptional()
  @IsIn(PUBLICATION_FILTERS)
  publication?: (typeof PUBLICATION_FILTERS)[number];
  @ApiPropertyOptional({ enum: REVIEW_FILTERS, description: 'due: active articles past their review date' })
  @IsOptional()
  @IsIn(REVIEW_FILTERS)
  review?: (typeof REVIEW_FILTERS)[number];
  @ApiPropertyOptional({ description: 'Substring of the slug or of a title' })
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(1, 200)
  q?: string;
}
