import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi.js';

/** The OpenAPI description of a synonym group as the synonym endpoints answer it. */
export class SynonymGroupView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'fr' }) locale: string;
  @ApiProperty({ type: [String], example: ['cb', 'carte bancaire'] }) terms: string[];
  @ApiProperty({ description: 'Bumped on every change: the base a PUT names' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SynonymGroupPageView extends PageOf(SynonymGroupView) {}
