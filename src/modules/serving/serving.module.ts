import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { AnswerRulesModule } from '../answer-rules/answer-rules.module.js';
import { ArticlesModule } from '../articles/articles.module.js';
import { ChannelsModule } from '../channels/channels.module.js';
import { MatcherModule } from '../matcher/matcher.module.js';
import { SearchModule } from '../search/search.module.js';
import { SearchService } from '../search/search.service.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { AnswerRanking } from './answer-ranking.js';
import { FaqLists } from './faq-lists.js';
import { KnowledgeSearch } from './knowledge-search.js';
import { LiveRevisions } from './live-revisions.js';
import { ReplyDrafter } from './reply-drafter.js';
import { ServingController } from './serving.controller.js';
import { ServingResolver } from './serving.resolver.js';
import { ServingService } from './serving.service.js';

/** Serving: the façade the channels call (search, render, FAQ, answers, reply suggestions). */
@Module({
  imports: [
    AnalyticsModule,
    AnswerRulesModule,
    ArticlesModule,
    ChannelsModule,
    MatcherModule,
    SearchModule,
    TaxonomyModule,
  ],
  controllers: [ServingController],
  providers: [
    AnswerRanking,
    FaqLists,
    LiveRevisions,
    ReplyDrafter,
    ServingService,
    ServingResolver,
    { provide: KnowledgeSearch, useExisting: SearchService },
  ],
  exports: [ServingService],
})
export class ServingModule {}
