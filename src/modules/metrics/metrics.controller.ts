import { Controller, Get, Headers, Inject, Optional, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { Anonymous, bearerToken } from '../auth/auth.decorators.js';
import { AppMetrics } from './app-metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Prometheus' scrape endpoint: off (404) unless METRICS_TOKEN is set, then only for that bearer token (not API keys).
 */
@ApiExcludeController()
@Anonymous()
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer | undefined;

  constructor(
    config: AppConfig,
    @Optional() @Inject(AppMetrics) private readonly metrics: AppMetrics | null,
  ) {
    this.token = config.METRICS_TOKEN ? digest(config.METRICS_TOKEN) : undefined;
  }

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (!this.metrics || !this.token)
      throw new DomainError('NOT_FOUND', 'Metrics are disabled; set METRICS_TOKEN to serve them');
    const presented = bearerToken(authorization);
    // Compared as digests: same length whatever was sent, in constant time.
    if (!presented || !timingSafeEqual(digest(presented), this.token)) {
      throw new DomainError(
        'UNAUTHENTICATED',
        'Send the metrics token (METRICS_TOKEN) as "Authorization: Bearer <token>"',
      );
    }
    reply.header('content-type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
