import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { ArticlesModule } from '../articles/articles.module.js';
import { SearchModule } from '../search/search.module.js';
import { SearchService } from '../search/search.service.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ChannelProfile } from './channel-profile.entity.js';
import { ChannelProfilesController } from './channel-profiles.controller.js';
import { ChannelProfilesService } from './channel-profiles.service.js';
import { KnowledgeSearch } from './knowledge-search.js';
import { FaqLists } from './faq-lists.js';
import { LiveRevisions } from './live-revisions.js';
import { QuestionIndex } from './question-index.js';
import { ReplyDrafter } from './reply-drafter.js';
import { ServingController } from './serving.controller.js';
import { ServingResolver } from './serving.resolver.js';
import { ServingService } from './serving.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ChannelProfile]), AnalyticsModule, ArticlesModule, SearchModule, TaxonomyModule],
  controllers: [ChannelProfilesController, ServingController],
  providers: [
    ChannelProfilesService,
    FaqLists,
    LiveRevisions,
    QuestionIndex,
    ReplyDrafter,
    ServingService,
    ServingResolver,
    { provide: KnowledgeSearch, useExisting: SearchService },
  ],
  exports: [ChannelProfilesService, ServingService, QuestionIndex],
})
export class ServingModule {}
