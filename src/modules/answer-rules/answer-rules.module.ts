import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module.js';
import { AnswerRule, AnswerRuleVersion } from './answer-rule.entity.js';
import { AnswerRulesController } from './answer-rules.controller.js';
import { AnswerRulesResolver } from './answer-rules.resolver.js';
import { AnswerRulesService } from './answer-rules.service.js';

/** Answer rules: levels of ordered rules (a condition, an action) that serving applies to every answer. */
@Module({
  imports: [TypeOrmModule.forFeature([AnswerRule, AnswerRuleVersion]), ArticlesModule],
  controllers: [AnswerRulesController],
  providers: [AnswerRulesService, AnswerRulesResolver],
  exports: [AnswerRulesService],
})
export class AnswerRulesModule {}
