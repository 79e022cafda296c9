import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { AUDIENCES, type Audience } from '../../common/domain.js';
import { PagedReportQuery } from './reports.dto.js';

export const GAP_STATUSES = ['open', 'drafted', 'resolved'] as const;
export const GAP_DRAFT_KINDS = ['questions', 'article'] as const;

export class GapTopicsQuery extends PagedReportQuery {
  @ApiPropertyOptional({ enum: GAP_STATUSES, description: 'Only topics in this status' })
  @IsOptional()
  @IsIn(GAP_STATUSES)
  status?: (typeof GAP_STATUSES)[number];
}

export class GapDraftDto {
  @ApiPropertyOptional({
    enum: GAP_DRAFT_KINDS,
    description:
      "`questions`: the topic's questions added to its nearest article; `article`: a new article. Default: " +
      '`questions` when the nearest article is near enough (similarity ≥ 0.2), else `article`',
  })
  @IsOptional()
  @IsIn(GAP_DRAFT_KINDS)
  kind?: (typeof GAP_DRAFT_KINDS)[number];

  @ApiPropertyOptional({ enum: AUDIENCES, description: 'A new article’s audience; default public' })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ description: 'A new article’s body (Markdown); default empty, for the editor to write' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  body?: string;

  @ApiPropertyOptional({ description: 'Note for the reviewer; default says which topic the draft comes from' })
  @IsOptional()
  @IsString()
  @Length(1, 5_000)
  note?: string;
}
