import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { writeLogSynchronously } from './logging.js';

/** The root logger, when createApp made it. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Once the requests in flight have drained, the log's lines are written synchronously (see
 * BatchedDestination.writeSynchronously): the process exits right after the shutdown hooks, and a line still in an
 * asynchronous write then would be lost.
 */
@Injectable()
export class LogShutdown implements BeforeApplicationShutdown {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: Logger | null) {}

  async beforeApplicationShutdown(): Promise<void> {
    if (this.logger) await writeLogSynchronously(this.logger);
  }
}
