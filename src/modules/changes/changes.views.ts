import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The OpenAPI description of a page of the change feed. */
export class ChangeEventView {
  @ApiProperty({ description: 'Resume after this event: `after=<cursor>`' }) cursor: string;
  @ApiProperty({ example: 'article.published' }) type: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) articleId: string | null;
  @ApiProperty({ type: String, nullable: true }) locale: string | null;
  @ApiProperty({ type: Number, nullable: true }) revision: number | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Editors only' }) draftId?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Editors only' }) actor?: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Editors only' }) data?: Record<
    string,
    unknown
  >;
}

export class ChangesPageView {
  @ApiProperty({ type: [ChangeEventView] }) items: ChangeEventView[];
  @ApiProperty({ type: String, nullable: true, description: 'Where to resume (past every event read, shown or not)' })
  nextCursor: string | null;
  @ApiProperty({ description: 'More events are already waiting: ask again at once' }) hasMore: boolean;
}
