import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ChannelsModule } from '../channels/channels.module.js';
import { DraftsModule } from '../drafts/drafts.module.js';
import { MatcherModule } from '../matcher/matcher.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { AnalyticsScheduler } from './analytics-scheduler.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { GapTopicsController } from './gap-topics.controller.js';
import { GapTopicsResolver } from './gap-topics.resolver.js';
import { GapTopicsService } from './gap-topics.service.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';
import { PrivacyService } from './privacy.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { RollupService } from './rollup.service.js';
import { ServedCounts } from './served-counts.js';

/** Feedback and client events, the rollups, the reports, erasure and retention. */
@Module({
  imports: [ArticlesModule, ChannelsModule, DraftsModule, MatcherModule, TaxonomyModule],
  controllers: [IngestController, ReportsController, GapTopicsController],
  providers: [
    IngestService,
    RollupService,
    ReportsService,
    PrivacyService,
    AnalyticsScheduler,
    AnalyticsResolver,
    ServedCounts,
    GapTopicsService,
    GapTopicsResolver,
  ],
  exports: [RollupService, IngestService, ReportsService, ServedCounts, GapTopicsService],
})
export class AnalyticsModule {}
