import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { LOCALE_PATTERN } from '../../common/domain.js';

export class CalibrationQuery {
  @ApiPropertyOptional({ example: 'fr', description: 'Locale of the articles (default: the default locale)' })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: 'locale must be a BCP 47 language tag such as "en" or "fr-CA"' })
  locale?: string;
}

export class CurvePointView {
  @ApiProperty({ description: 'Answer threshold (0, 0.01, … 1)' }) threshold: number;
  @ApiProperty({ description: 'Share of the held-out phrasings answered at this threshold; never increases with it' })
  answered: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share of those answers given with the right article (null: none answered)',
  })
  precision: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share of the out-of-scope examples answered (null: none for this locale)',
  })
  outOfScopeAnswered: number | null;
}

export class CalibrationGoalsView {
  @ApiProperty({ example: 0.95 }) precision: number;
  @ApiProperty({ example: 0.15 }) outOfScopeAnswered: number;
}

export class SampleSizeView {
  @ApiProperty({ description: 'Held-out phrasings matched by models trained on the others' }) inScope: number;
  @ApiProperty({ description: 'Out-of-scope examples (content/out-of-scope/<locale>.txt) counted' }) outOfScope: number;
  @ApiProperty({
    description:
      'Out-of-scope examples left out: matched as surely as answers 99% right, so covered by this knowledge base',
  })
  outOfScopeCovered: number;
}

export class CalibrationView {
  @ApiProperty() locale: string;
  @ApiProperty({ description: 'Whether the locale has a calibration (it needs 50 held-out phrasings at least)' })
  calibrated: boolean;
  @ApiProperty({ description: 'The answer threshold channel profiles without one of their own use in this locale' })
  threshold: number;
  @ApiProperty({ enum: ['calibrated', 'default'] }) source: 'calibrated' | 'default';
  @ApiProperty({
    type: CalibrationGoalsView,
    description: 'What the threshold was chosen for: the lowest one meeting both',
  })
  goals: CalibrationGoalsView;
  @ApiPropertyOptional({
    description:
      'Whether the threshold meets the goals (if none does: the lowest threshold that hands off the out-of-scope examples)',
  })
  goalsMet?: boolean;
  @ApiPropertyOptional({
    description: 'The content version (last content event id) the calibration models were trained on',
  })
  modelVersion?: string;
  @ApiPropertyOptional() calibratedAt?: Date;
  @ApiPropertyOptional({ type: SampleSizeView }) sampleSize?: SampleSizeView;
  @ApiPropertyOptional({ description: 'Live articles and phrasings of the locale when calibrated' }) articles?: number;
  @ApiPropertyOptional() phrasings?: number;
  @ApiProperty({
    type: [CurvePointView],
    description: 'Threshold → answered share and precision, by increasing threshold (empty when not calibrated)',
  })
  curve: CurvePointView[];
}
