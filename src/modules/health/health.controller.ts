import { Controller, Get, Logger } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { databaseIsReady } from '../../database/database.module.js';
import { Anonymous } from '../auth/auth.decorators.js';
import { SearchService } from '../search/search.service.js';
import { LiveView, ReadyView } from './health.views.js';

@ApiTags('health')
@Anonymous()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: LiveView })
  live() {
    return { status: 'ok' };
  }

  /**
   * Readiness: the database answers; 503 otherwise. The search engine's state is reported but does not make the
   * instance unready: without it edits are queued for the index, answers come from the question matcher, and only
   * searches get 503, so taking every instance out of the load balancer would lose more than it saves.
   */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database answers (503 otherwise); the search engine state is reported' })
  @ApiOkResponse({ type: ReadyView })
  async ready() {
    const [database, search] = await Promise.all([databaseIsReady(this.dataSource), this.search.health()]);
    if (!database) throw new DomainError('UNAVAILABLE', 'The database is not reachable', {}, [], 5);
    // The engine's error may name internal addresses: logged, not shown to anonymous callers.
    if (!search.ready)
      this.logger.warn({ message: 'search engine not ready', engine: search.engine, detail: search.detail });
    return {
      status: 'ready',
      database: 'ok',
      search: { engine: search.engine, status: search.ready ? 'ok' : 'unavailable' },
    };
  }
}
