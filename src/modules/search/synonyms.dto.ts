import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { LOCALE_PATTERN } from '../../common/domain.js';
import { PageQuery } from '../../common/paging.js';

const TERMS_DOC = 'Interchangeable terms, each one or more words; at least two different ones';

export class CreateSynonymGroupDto {
  @ApiProperty({ example: 'fr' })
  @IsString()
  @Matches(LOCALE_PATTERN, { message: 'locale must be a BCP 47 tag such as "fr" or "fr-CA"' })
  locale: string;

  @ApiProperty({ type: [String], example: ['cb', 'carte bancaire', 'carte bleue'], description: TERMS_DOC })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  terms: string[];
}

export class UpdateSynonymGroupDto {
  @ApiProperty({ type: [String], description: TERMS_DOC })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  terms: string[];

  @ApiPropertyOptional({ description: 'The version this change is based on (or If-Match); a stale one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListSynonymsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'fr' })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: 'locale must be a BCP 47 tag such as "fr" or "fr-CA"' })
  locale?: string;
}
