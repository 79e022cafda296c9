import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module.js';
import { MatcherCalibrationController } from './matcher-calibration.controller.js';
import { MatcherCalibrationRow } from './matcher-calibration.entity.js';
import { MatcherCalibration } from './matcher-calibration.js';
import { MatcherStore } from './matcher-store.js';
import { QuestionIndex } from './question-index.js';
import { ReplayMatchers } from './replay-matchers.js';

/**
 * The question matcher: per-locale models trained on the live articles' phrasings, trained and asked on worker
 * threads, stored so that a started instance loads them, and the answer threshold calibrated from those phrasings.
 */
@Module({
  imports: [ArticlesModule, TypeOrmModule.forFeature([MatcherCalibrationRow])],
  controllers: [MatcherCalibrationController],
  providers: [QuestionIndex, MatcherStore, MatcherCalibration, ReplayMatchers],
  exports: [QuestionIndex, MatcherCalibration, ReplayMatchers],
})
export class MatcherModule {}
