import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ChannelsModule } from '../channels/channels.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { AnalyticsScheduler } from './analytics-scheduler.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';
import { PrivacyService } from './privacy.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { RollupService } from './rollup.service.js';
import { ServedCounts } from './served-counts.js';

/** Feedback and client events, the rollups, the reports, erasure and retention. */
@Module({
  imports: [ArticlesModule, ChannelsModule, TaxonomyModule],
  controllers: [IngestController, ReportsController],
  providers: [
    IngestService,
    RollupService,
    ReportsService,
    PrivacyService,
    AnalyticsScheduler,
    AnalyticsResolver,
    ServedCounts,
  ],
  exports: [RollupService, IngestService, ReportsService, ServedCounts],
})
export class AnalyticsModule {}
