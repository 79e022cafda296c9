import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi.js';

/** The OpenAPI description of what the taxonomy endpoints answer. */
export class CategoryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { en: 'Billing', fr: 'Facturation' },
  })
  names: Record<string, string>;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty() position: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CategoryNodeView extends CategoryView {
  @ApiPropertyOptional({ type: () => [CategoryNodeView], description: 'Sub-categories (absent with flat=true)' })
  children?: CategoryNodeView[];
}

export class IntentView {
  @ApiProperty({ example: 'reset_pin' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class IntentListItemView extends IntentView {
  @ApiProperty({ description: 'Active articles answering it' }) articleCount: number;
}

export class IntentListItemPageView extends PageOf(IntentListItemView) {}

export class TagView {
  @ApiProperty() tag: string;
  @ApiProperty({ description: 'Active articles carrying it' }) articleCount: number;
}
