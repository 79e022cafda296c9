import { Global, Module } from '@nestjs/common';
import { ServedLogService } from './served-log.service.js';

@Global()
@Module({ providers: [ServedLogService], exports: [ServedLogService] })
export class ServedLogModule {}
