import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { AUDIENCES, type Audience } from '../../common/domain.js';
import { PageOf } from '../../common/openapi.js';
import { ChannelVariantsDto } from './articles.dto.js';

const REVISION_STATUSES = ['draft', 'scheduled', 'published', 'superseded', 'unpublished', 'expired'];

/** The OpenAPI description of what the article endpoints answer (the shapes ArticlesService returns). */
export class LiveRevisionRefView {
  @ApiProperty() number: number;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class ScheduledRevisionRefView {
  @ApiProperty() number: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishAt: string | null;
}

export class ArticleLocaleView {
  @ApiProperty({ example: 'fr' }) locale: string;
  @ApiProperty({ description: 'The latest revision: the base of the next one' }) headRevision: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The revision served, if any' }) liveRevision:
    number | null;
  @ApiProperty({ type: LiveRevisionRefView, nullable: true }) live: LiveRevisionRefView | null;
  @ApiProperty({ type: [ScheduledRevisionRefView] }) scheduled: ScheduledRevisionRefView[];
}

export class ArticleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ enum: AUDIENCES }) audience: Audience;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) categoryId: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) intents: string[];
  @ApiProperty({ enum: ['active', 'archived'] }) state: string;
  @ApiProperty() defaultLocale: string;
  @ApiProperty({ description: 'Bumped on every metadata change: the base a PATCH names' }) version: number;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The owner, when it is an API key' })
  ownerKeyId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The owner, when it is a named person' }) ownerName:
    string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Days between reviews' }) reviewIntervalDays: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The next review date' }) reviewBy:
    string | null;
  @ApiProperty({ description: 'Active and past its review date' }) reviewDue: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When someone last confirmed the content is still right',
  })
  verifiedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who last verified the content' }) verifiedBy:
    string | null;
  @ApiProperty({ type: [ArticleLocaleView] }) locales: ArticleLocaleView[];
}

export class ArticlePageView extends PageOf(ArticleView) {}

export class RevisionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty() locale: string;
  @ApiProperty() number: number;
  @ApiProperty({ enum: REVISION_STATUSES }) status: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) alternativeQuestions: string[];
  @ApiProperty({ type: ChannelVariantsDto }) variants: ChannelVariantsDto;
  @ApiProperty() internalNotes: string;
  @ApiProperty() author: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorKeyId: string | null;
  @ApiProperty() changeNote: string;
  @ApiProperty() contentHash: string;
  @ApiProperty({ description: 'The revision this one was written on top of (0 for the first)' }) baseRevision: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class RevisionSummaryView extends OmitType(RevisionView, [
  'body',
  'internalNotes',
  'variants',
  'alternativeQuestions',
] as const) {}

export class LineChangeView {
  @ApiProperty({ enum: ['equal', 'add', 'remove'] }) op: 'equal' | 'add' | 'remove';
  @ApiProperty() value: string;
}

export class FieldDiffView {
  @ApiProperty({ example: 'body', description: 'A content field; variants compare as `variants.<channel>`' })
  field: string;
  @ApiProperty() changed: boolean;
  @ApiProperty({
    description: 'The value before (text, or a list of strings)',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  from: string | string[];
  @ApiProperty({
    description: 'The value after',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  to: string | string[];
  @ApiPropertyOptional({ type: [LineChangeView], description: 'Line-level changes of multi-line text' })
  lines?: LineChangeView[];
  @ApiPropertyOptional({ type: [LineChangeView], description: 'Item-level changes of lists' }) items?: LineChangeView[];
}

export class ArticleDiffView {
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty() locale: string;
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty({ type: [FieldDiffView] }) changes: FieldDiffView[];
}
