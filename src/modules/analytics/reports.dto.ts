import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { CHANNELS, type Channel, LOCALE_PATTERN } from '../../common/domain.js';
import { PageQuery } from '../../common/paging.js';
import { SESSION_MESSAGE, SESSION_PATTERN } from './ingest.dto.js';

const DATE_MESSAGE = 'must be a date YYYY-MM-DD';

export class ReportQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day (in `tz`); default: 29 days before `to`' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day, included (in `tz`); default: today' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  to?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris', description: 'IANA time zone the days are cut in; default UTC' })
  @IsOptional()
  @IsString()
  tz?: string;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ example: 'fr' })
  @IsOptional()
  @Matches(LOCALE_PATTERN, { message: 'must be a BCP 47 language tag' })
  locale?: string;
}

export const ARTICLE_SORTS = [
  'served',
  'clicks',
  'helpful',
  'unhelpful',
  'helpfulRate',
  'handoffs',
  'escalations',
  'escalationRate',
  'answerRate',
  'selfServiceResolutionRate',
] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

class IntentFilter {
  @ApiPropertyOptional({ description: 'Only articles with this intent' })
  @IsOptional()
  @IsString()
  intent?: string;
}

export class ArticlesReportQuery extends IntersectionType(ReportQuery, PageQuery, IntentFilter) {
  @ApiPropertyOptional({ enum: ARTICLE_SORTS, default: 'served' })
  @IsOptional()
  @IsIn(ARTICLE_SORTS)
  sort?: ArticleSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

export class IntentsReportQuery extends IntersectionType(ReportQuery, IntentFilter) {}

export class PagedReportQuery extends IntersectionType(ReportQuery, PageQuery) {}

export class JourneysQuery extends ReportQuery {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 200,
    default: 50,
    description: 'How many articles and intents to list (most followed first)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class ServedQuery extends PagedReportQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() articleId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) revision?: number;
  @ApiPropertyOptional() @IsOptional() @Matches(SESSION_PATTERN, { message: SESSION_MESSAGE }) sessionId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() searchId?: string;
  @ApiPropertyOptional({ enum: ['render', 'answer', 'suggestion', 'faq'] })
  @IsOptional()
  @IsIn(['render', 'answer', 'suggestion', 'faq'])
  kind?: string;
}
