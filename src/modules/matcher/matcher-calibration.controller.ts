import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '../../config/app-config.js';
import { MinRole } from '../auth/auth.decorators.js';
import { DEFAULT_GOALS } from './calibration.js';
import { CalibrationQuery, CalibrationView } from './matcher-calibration.dto.js';
import { MatcherCalibration } from './matcher-calibration.js';

@ApiTags('matcher')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1/matcher')
export class MatcherCalibrationController {
  constructor(
    private readonly calibration: MatcherCalibration,
    private readonly config: AppConfig,
  ) {}

  @Get('calibration')
  @ApiOperation({
    summary: "The answer threshold calibrated from a locale's own phrasings, and the curve it was chosen from",
  })
  @ApiOkResponse({ type: CalibrationView })
  get(@Query() query: CalibrationQuery): CalibrationView {
    const locale = query.locale ?? this.config.DEFAULT_LOCALE;
    const row = this.calibration.get(locale);
    const { threshold, source } = this.calibration.threshold(locale);
    const base = { locale, calibrated: !!row, threshold, source, goals: DEFAULT_GOALS };
    if (!row) return { ...base, curve: [] };
    return {
      ...base,
      goalsMet: row.goalsMet,
      modelVersion: row.modelVersion,
      calibratedAt: row.calibratedAt,
      sampleSize: {
        inScope: row.inScopeSamples,
        outOfScope: row.outOfScopeSamples,
        outOfScopeCovered: row.outOfScopeCovered,
      },
      articles: row.articles,
      phrasings: row.phrasings,
      curve: row.curve,
    };
  }
}
