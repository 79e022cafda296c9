import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
} from 'class-validator';
import { AUDIENCES, type Audience, type Channel, CHANNELS } from '../../common/domain.js';
import { type Format, FORMATS } from './render.js';

/** A partial change of a channel profile (PATCH); PUT requires every field (see ReplaceChannelProfileDto). */
export class UpdateChannelProfileDto {
  @ApiPropertyOptional({ enum: AUDIENCES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(AUDIENCES, { each: true })
  audiences?: Audience[];

  @ApiPropertyOptional({
    enum: CHANNELS,
    isArray: true,
    description: 'Variants to use, preferred first; the body is the last resort',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(CHANNELS, { each: true })
  variantOrder?: Channel[];

  @ApiPropertyOptional({ enum: FORMATS })
  @IsOptional()
  @IsIn(FORMATS)
  format?: Format;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  includeInternalNotes?: boolean;

  @ApiPropertyOptional({ minimum: 50, maximum: 200000 })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(200_000)
  maxChars?: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 1,
    description:
      'Answer threshold; null: the one calibrated for the knowledge base and locale (GET /v1/matcher/calibration)',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  minConfidence?: number | null;

  @ApiPropertyOptional({ description: 'The profile version this change is based on (or If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export type ProfileFields = Required<Omit<UpdateChannelProfileDto, 'version'>>;
export const PROFILE_FIELDS: (keyof ProfileFields)[] = [
  'audiences',
  'variantOrder',
  'format',
  'includeInternalNotes',
  'maxChars',
  'minConfidence',
];
