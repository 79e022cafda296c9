import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, type Channel, LOCALE_PATTERN } from '../../common/domain.js';
import { WEEKDAYS, type Weekday } from './rule-engine.js';

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const VARIANTS = ['summary', 'body', ...CHANNELS] as const;

export class WeeklyHoursDto {
  @ApiProperty({ enum: WEEKDAYS, isArray: true, example: ['mon', 'tue', 'wed', 'thu', 'fri'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsIn(WEEKDAYS, { each: true })
  days: Weekday[];

  @ApiProperty({ example: '08:00', description: 'Start, included ("HH:MM", 24 h, in timeZone)' })
  @Matches(CLOCK, { message: 'from must be "HH:MM"' })
  from: string;

  @ApiProperty({
    example: '18:00',
    description: 'End, excluded; not after from: the window runs past midnight (equal: all day)',
  })
  @Matches(CLOCK, { message: 'until must be "HH:MM"' })
  until: string;
}

export class QuestionPatternDto {
  @ApiProperty({ enum: ['words', 'regex'], description: 'words: comma-separated words or phrases, any of them' })
  @IsIn(['words', 'regex'])
  type: 'words' | 'regex';

  @ApiProperty({ example: 'internet, wifi, connexion*', description: 'Regex: at most 200 characters, a safe subset' })
  @IsString()
  @Length(1, 500)
  value: string;
}

/** Every field given must hold; an absent field matches anything. */
export class RuleConditionDto {
  @ApiPropertyOptional({ enum: CHANNELS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(CHANNELS, { each: true })
  channels?: Channel[];

  @ApiPropertyOptional({ type: [String], description: 'Requested locale or its language ("fr" matches "fr-CA")' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(LOCALE_PATTERN, { each: true, message: 'each locale must be a BCP 47 tag' })
  locales?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Intents of the article the question matched best' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 120, { each: true })
  intents?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Ids of articles; the one the question matched best' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  articles?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Ids of the API keys asking' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  apiKeys?: string[];

  @ApiPropertyOptional({ description: 'Applies from this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Applies until this instant, excluded (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;

  @ApiPropertyOptional({ type: [WeeklyHoursDto], description: 'Weekly hours, in timeZone' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(21)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  hours?: WeeklyHoursDto[];

  @ApiPropertyOptional({ example: 'Europe/Paris', description: 'IANA time zone of hours (default Europe/Paris)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ type: QuestionPatternDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuestionPatternDto)
  pattern?: QuestionPatternDto;
}

export class RuleActionDto {
  @ApiPropertyOptional({ description: 'Article id: the answer, whatever the matcher says' })
  @IsOptional()
  @IsUUID()
  pin?: string;

  @ApiPropertyOptional({ type: [String], description: 'Article ids ranked first among the candidates' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  boost?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Article ids ranked last, never the answer' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  bury?: string[];

  @ApiPropertyOptional({ enum: ['after', 'instead'], description: 'Hand off after the answer, or instead of it' })
  @IsOptional()
  @IsIn(['after', 'instead'])
  handoff?: 'after' | 'instead';

  @ApiPropertyOptional({ enum: VARIANTS, description: 'Wording served: summary, body or a channel variant' })
  @IsOptional()
  @IsIn(VARIANTS)
  variant?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: "Confidence an answer needs, instead of the channel's" })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  threshold?: number;
}

export class CreateAnswerRuleDto {
  @ApiProperty({ example: 'Network outage: internet questions' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 1, description: 'Levels apply in ascending order' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  level?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, description: 'Order within the level (default: last)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiProperty({ type: RuleConditionDto })
  @ValidateNested()
  @Type(() => RuleConditionDto)
  condition: RuleConditionDto;

  @ApiProperty({ type: RuleActionDto })
  @ValidateNested()
  @Type(() => RuleActionDto)
  action: RuleActionDto;

  @ApiPropertyOptional({ description: 'Why: kept in the history' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class UpdateAnswerRuleDto extends PartialType(CreateAnswerRuleDto) {
  @ApiPropertyOptional({ description: 'The version edited (or If-Match); a stale one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ReplayOptionsDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 10000, default: 1000, description: 'Last N logged questions' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  limit?: number;
}

/** A proposed rule: a new one, or an edit of `id` (its fields replace the stored ones). */
export class ProposedRuleDto extends PartialType(CreateAnswerRuleDto) {
  @ApiPropertyOptional({ description: 'The rule edited; absent: a new rule' })
  @IsOptional()
  @IsUUID()
  id?: string;
}

export class RuleReplayDto extends ReplayOptionsDto {
  @ApiProperty({ type: ProposedRuleDto })
  @ValidateNested()
  @Type(() => ProposedRuleDto)
  rule: ProposedRuleDto;
}
