import { ApiProperty } from '@nestjs/swagger';
import { AUDIENCES, type Audience, CHANNELS, type Channel } from '../../common/domain.js';
import { type Format, FORMATS } from './render.js';

/** The OpenAPI description of a channel profile as the profile endpoints answer it. */
export class ChannelProfileView {
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ enum: AUDIENCES, isArray: true }) audiences: Audience[];
  @ApiProperty({
    enum: CHANNELS,
    isArray: true,
    description: 'Variants to use, preferred first; the body is the last resort',
  })
  variantOrder: Channel[];
  @ApiProperty({ enum: FORMATS }) format: Format;
  @ApiProperty() includeInternalNotes: boolean;
  @ApiProperty({ description: 'Longest rendered text, in characters' }) maxChars: number;
  @ApiProperty({ description: 'Below this confidence, POST /v1/answers hands off' }) minConfidence: number;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true }) updatedBy: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
