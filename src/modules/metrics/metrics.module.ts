import { DynamicModule, Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module.js';
import { MatcherModule } from '../matcher/matcher.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { AppMetrics } from './app-metrics.js';
import { MetricsCollectors } from './metrics-collectors.js';
import { MetricsController } from './metrics.controller.js';

/** `/metrics`, with the application's metrics when they are on (`metrics` is made by createApp with its HTTP hooks). */
@Module({})
export class MetricsModule {
  static forRoot(metrics: AppMetrics | undefined): DynamicModule {
    return {
      module: MetricsModule,
      imports: [MatcherModule, SearchModule, WebhooksModule],
      controllers: [MetricsController],
      providers: [{ provide: AppMetrics, useValue: metrics ?? null }, MetricsCollectors],
    };
  }
}
