import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { type Channel, CHANNELS, LOCALE_PATTERN } from '../../common/domain.js';

const LOCALE_MESSAGE = 'must be a BCP 47 language tag such as "en" or "fr-CA"';
const splitList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

/** Options every serving request shares: the locale wanted and, optionally, another channel than the key's. */
class ServingOptions {
  @ApiPropertyOptional({ example: 'fr-CA', description: 'Locale wanted; falls back to its language, then the default locale' })
  @IsOptional() @IsString() @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;

  @ApiPropertyOptional({ enum: CHANNELS, description: "Serve for this channel instead of the key's own (within what the key's role allows)" })
  @IsOptional() @IsIn(CHANNELS)
  channel?: Channel;
}

export class SearchQuery extends ServingOptions {
  @ApiProperty({ example: 'reset pin' })
  @IsString() @Length(1, 500)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50)
  limit?: number;

  @ApiPropertyOptional({ description: 'Category id or slug; sub-categories included' })
  @IsOptional() @IsString() @MaxLength(120)
  category?: string;

  @ApiPropertyOptional({ description: 'Comma-separated tags; every one must match' })
  @IsOptional() @Transform(splitList) @IsArray() @ArrayMaxSize(10) @IsString({ each: true })
  tags?: string[];

  @ApiPropertyOptional({ description: 'Pseudonymous session or journey id given by the client' })
  @IsOptional() @IsString() @MaxLength(200)
  sessionId?: string;
}

export class RenderQuery extends ServingOptions {
  @ApiPropertyOptional({ description: 'The search this article was opened from' })
  @IsOptional() @IsUUID()
  searchId?: string;

  @ApiPropertyOptional({ description: 'Rank of the article in that search (1-based)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  rank?: number;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(200)
  sessionId?: string;
}

export class FaqQuery extends ServingOptions {
  @ApiPropertyOptional({ description: 'Category id or slug; sub-categories included' })
  @IsOptional() @IsString() @MaxLength(120)
  category?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;
}

export class AnswerDto extends ServingOptions {
  @ApiProperty({ example: 'I forgot my voicemail PIN' })
  @IsString() @Length(1, 1000)
  question: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(200)
  sessionId?: string;
}

export class ReplySuggestionDto extends ServingOptions {
  @ApiProperty({ example: 'Voicemail PIN' })
  @IsString() @MaxLength(1000)
  subject: string;

  @ApiProperty({ description: 'The email body, quoted history and signature included: they are stripped' })
  @IsString() @Length(1, 100_000)
  body: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(200)
  sessionId?: string;
}
