import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { GapTopicsService } from './gap-topics.service.js';
import { PrivacyService } from './privacy.service.js';
import { RollupService } from './rollup.service.js';

/** Runs rollup passes and the retention job periodically, one at a time. */
@Injectable()
export class AnalyticsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AnalyticsScheduler');
  private readonly timers: NodeJS.Timeout[] = [];
  private tick: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private readonly queued = new Set<string>();

  constructor(
    private readonly rollup: RollupService,
    private readonly privacy: PrivacyService,
    private readonly gaps: GapTopicsService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.every(this.config.ANALYTICS_ROLLUP_INTERVAL_MS, 'rollup', () => this.rollup.rollUp());
    this.every(this.config.ANALYTICS_ROLLUP_INTERVAL_MS, 'gap topics', () => this.gaps.refresh());
    this.every(this.config.ANALYTICS_RETENTION_INTERVAL_MS, 'retention', () => this.privacy.applyRetention());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    await this.tick;
  }

  private every(ms: number, job: string, run: () => Promise<unknown>): void {
    const timer = setInterval(() => {
      // A pass slower than the interval is not queued up behind itself.
      if (this.queued.has(job)) return;
      this.queued.add(job);
      this.tick = this.tick.then(async () => {
        this.queued.delete(job);
        if (this.stopped) return;
        await run().catch((error) => this.logger.warn({ message: `${job} failed; will retry`, error: String(error) }));
      });
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }
}
