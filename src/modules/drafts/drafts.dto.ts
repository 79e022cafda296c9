import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, type Channel, LOCALE_PATTERN } from '../../common/domain.js';
import { PageQuery } from '../../common/paging.js';
import { CreateArticleDto, PublishDto, RevisionContentDto } from '../articles/articles.dto.js';
import { DRAFT_STATUSES, type DraftStatus } from './draft.entity.js';
import { MERGE_FIELDS, type MergeField } from './merge.js';

export class DraftSourceDto {
  @ApiPropertyOptional({ description: 'Ticket the proposal came from' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  ticketId?: string;

  @ApiPropertyOptional({ description: 'Conversation (chat, call) the proposal came from' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  conversationId?: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

/** The metadata of a proposed new article; not allowed on a change to an existing one. */
export class ProposedArticleDto extends PartialType(
  PickType(CreateArticleDto, ['audience', 'slug', 'categoryId', 'tags', 'intents'] as const),
) {}

/** Fields an amendment may change. */
export class DraftFieldsDto extends IntersectionType(
  OmitType(RevisionContentDto, ['changeNote'] as const),
  ProposedArticleDto,
) {
  @ApiPropertyOptional({ description: "The author's explanation for the editor; becomes the revision's change note" })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  note?: string;

  @ApiPropertyOptional({ type: DraftSourceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DraftSourceDto)
  source?: DraftSourceDto;
}

export class CreateDraftDto extends DraftFieldsDto {
  @ApiPropertyOptional({ description: 'The article to change (id or slug); omit to propose a new article' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  articleId?: string;

  @ApiPropertyOptional({
    description: 'The revision the change was written against (0 for a new locale); or send If-Match',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  baseRevision?: number;

  @ApiPropertyOptional({
    description: "Required for a new article; defaults to the article's default locale for a change",
  })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: 'locale must be a BCP 47 language tag such as "en" or "fr-CA"' })
  locale?: string;
}

export class AmendDraftDto extends PartialType(DraftFieldsDto) {
  @ApiPropertyOptional({ description: 'The draft version this amendment is based on (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DecisionDto {
  @ApiProperty({ description: 'Why: shown to the author' })
  @IsString()
  @Length(1, 5_000)
  comment: string;

  @ApiPropertyOptional({ description: 'The draft version decided on: 409 if it was amended since' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** An optional comment, and when to publish (now by default) and stop serving. */
export class ApproveDto extends IntersectionType(PartialType(DecisionDto), OmitType(PublishDto, ['locale'] as const)) {}

export class WithdrawDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  comment?: string;
}

export class ResolutionDto {
  @ApiProperty({ enum: MERGE_FIELDS })
  @IsIn(MERGE_FIELDS)
  field: MergeField;

  @ApiProperty({ enum: ['live', 'draft', 'value'], description: 'Keep the live side, the draft side, or `value`' })
  @IsIn(['live', 'draft', 'value'])
  take: 'live' | 'draft' | 'value';

  @ApiPropertyOptional({
    description: 'With take=value: the text (a list of strings for alternativeQuestions)',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  @IsOptional()
  value?: string | string[];
}

export class RebaseDto {
  @ApiPropertyOptional({ description: 'The draft version rebased: 409 if it was amended since' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    type: [ResolutionDto],
    description: 'How to settle the conflicts a previous rebase attempt reported',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MERGE_FIELDS.length)
  @ValidateNested({ each: true })
  @Type(() => ResolutionDto)
  resolutions?: ResolutionDto[];
}

export class ListDraftsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DRAFT_STATUSES }) @IsOptional() @IsIn(DRAFT_STATUSES) status?: DraftStatus;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: 'locale must be a BCP 47 language tag' })
  locale?: string;
  @ApiPropertyOptional({
    description: "Category id or slug, sub-categories included (the article's, or the one proposed for a new article)",
  })
  @IsOptional()
  @IsString()
  category?: string;
  @ApiPropertyOptional({ description: "Author's key id or name" }) @IsOptional() @IsString() author?: string;
  @ApiPropertyOptional({ description: 'Drafts of this article (id or slug)' })
  @IsOptional()
  @IsString()
  articleId?: string;
  @ApiPropertyOptional({ description: "Only the calling key's own drafts (always the case for an agent)" })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;
  @ApiPropertyOptional({
    enum: ['asc', 'desc'],
    default: 'asc',
    description: 'By submission time: oldest first (the review queue) or newest first',
  })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}
