import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { ArticlesService } from './articles.service.js';

/** Applies scheduled publications and expiries on time, without a restart, and raises reviews that fall due. */
@Injectable()
export class PublicationScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PublicationScheduler');
  private timer: NodeJS.Timeout | undefined;
  private tick: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly articles: ArticlesService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.tick = this.tick
        .then(() =>
          this.articles.applySchedule().then(
            (done) => {
              if (done.published + done.expired > 0) this.logger.log({ message: 'schedule applied', ...done });
            },
            (error) => this.logger.warn({ message: 'schedule pass failed', error: String(error) }),
          ),
        )
        .then(() =>
          this.articles.raiseDueReviews().then(
            (raised) => {
              if (raised > 0) this.logger.log({ message: 'reviews due raised', raised });
            },
            (error) => this.logger.warn({ message: 'review sweep failed', error: String(error) }),
          ),
        );
    }, this.config.SCHEDULER_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.tick;
  }
}
