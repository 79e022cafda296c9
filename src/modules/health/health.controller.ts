import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { databaseIsReady } from '../../database/database.module.js';
import { Anonymous } from '../auth/auth.decorators.js';

@ApiTags('health')
@Anonymous()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Get()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers; 503 otherwise. */
  @Get('ready')
  async ready() {
    if (!(await databaseIsReady(this.dataSource))) throw new DomainError('UNAVAILABLE', 'The database is not reachable', {}, [], 5);
    return { status: 'ready', database: 'ok' };
  }
}
