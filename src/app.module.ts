import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config.js';
import { DatabaseModule, DatabaseModuleOptions } from './database/database.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { ApiGraphQLModule } from './graphql/graphql.module.js';
import { ArticlesModule } from './modules/articles/articles.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { ChangesModule } from './modules/changes/changes.module.js';
import { DraftsModule } from './modules/drafts/drafts.module.js';
import { HealthModule } from './modules/health/health.module.js';
import type { Logger } from 'pino';
import type { AppMetrics } from './modules/metrics/app-metrics.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { OutboxModule } from './modules/outbox/outbox.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { ServedLogModule } from './modules/served-log/served-log.module.js';
import { ReplayModule } from './modules/replay/replay.module.js';
import { ServingModule } from './modules/serving/serving.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { TransferModule } from './modules/transfer/transfer.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';
import { WidgetModule } from './modules/widget/widget.module.js';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

export interface AppModuleOptions extends DatabaseModuleOptions {
  config: AppConfig;
  /** The metrics when METRICS_TOKEN turns them on (made by createApp, whose request hooks feed them). */
  metrics?: AppMetrics;
  /** The root logger (made by createApp), whose lines are written synchronously from the shutdown on. */
  logger?: Logger;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        DatabaseModule.forRoot(options),
        OutboxModule,
        AuthModule,
        HealthModule,
        TaxonomyModule,
        ArticlesModule,
        DraftsModule,
        ChangesModule,
        WebhooksModule,
        AnalyticsModule,
        SearchModule,
        ServedLogModule,
        ServingModule,
        ReplayModule,
        TransferModule,
        ApiGraphQLModule,
        MetricsModule.forRoot(options.metrics, options.logger),
        WidgetModule,
        AdminModule,
      ],
    };
  }
}
