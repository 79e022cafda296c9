import { Module } from '@nestjs/common';
import { AnswerRulesModule } from '../answer-rules/answer-rules.module.js';
import { ArticlesModule } from '../articles/articles.module.js';
import { ChannelsModule } from '../channels/channels.module.js';
import { DraftsModule } from '../drafts/drafts.module.js';
import { MatcherModule } from '../matcher/matcher.module.js';
import { ReplayController } from './replay.controller.js';
import { ReplayService } from './replay.service.js';

/**
 * Replay before publishing: logged questions answered as things are and as they would be (a draft, a scheduled
 * revision, a proposed answer rule). A module of its own because it brings together drafts, articles, rules, the
 * matcher and the log, none of which should depend on the others for it.
 */
@Module({
  imports: [AnswerRulesModule, ArticlesModule, ChannelsModule, DraftsModule, MatcherModule],
  controllers: [ReplayController],
  providers: [ReplayService],
})
export class ReplayModule {}
