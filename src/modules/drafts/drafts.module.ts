import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module.js';
import { Draft, DraftHistoryEntry } from './draft.entity.js';
import { DraftsController } from './drafts.controller.js';
import { DraftsResolver } from './drafts.resolver.js';
import { DraftsService } from './drafts.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Draft, DraftHistoryEntry]), ArticlesModule],
  controllers: [DraftsController],
  providers: [DraftsService, DraftsResolver],
  exports: [DraftsService],
})
export class DraftsModule {}
