import { Global, Module } from '@nestjs/common';
import { LoggedQuestions } from './logged-questions.js';
import { ServedLogService } from './served-log.service.js';

@Global()
@Module({ providers: [ServedLogService, LoggedQuestions], exports: [ServedLogService, LoggedQuestions] })
export class ServedLogModule {}
