import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { SearchModule } from '../search/search.module.js';
import { MatcherModule } from '../matcher/matcher.module.js';
import { WebhooksModule } from '../webhooks/webhooks.module.js';
import { AppMetrics } from './app-metrics.js';
import { LogShutdown, ROOT_LOGGER } from './log-shutdown.js';
import { MetricsCollectors } from './metrics-collectors.js';
import { MetricsController } from './metrics.controller.js';

/**
 * `/metrics`, with the application's metrics when they are on (`metrics` is made by createApp with its HTTP hooks);
 * the root logger's shutdown (LogShutdown).
 */
@Module({})
export class MetricsModule {
  static forRoot(metrics: AppMetrics | undefined, logger: Logger | undefined): DynamicModule {
    return {
      module: MetricsModule,
      imports: [MatcherModule, SearchModule, WebhooksModule],
      controllers: [MetricsController],
      providers: [
        { provide: AppMetrics, useValue: metrics ?? null },
        { provide: ROOT_LOGGER, useValue: logger ?? null },
        MetricsCollectors,
        LogShutdown,
      ],
    };
  }
}
