import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module.js';
import { AnswerRule, AnswerRuleVersion } from './answer-rule.entity.js';
import { AnswerRulesController } from './answer-rules.controller.js';
import { AnswerRulesService } from './answer-rules.service.js';

/** Answer rules: levels of ordered rules (a condition, an action) that serving applies to every answer. */
@Module({
  imports: [TypeOrmModule.forFeature([AnswerRule, AnswerRuleVersion]), ArticlesModule],
  controllers: [AnswerRulesController],
  providers: [AnswerRulesService],
  exports: [AnswerRulesService],
})
export class AnswerRulesModule {}
