import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ChangesController } from './changes.controller.js';
import { ChangesService } from './changes.service.js';

@Module({
  imports: [ArticlesModule],
  controllers: [ChangesController],
  providers: [ChangesService],
})
export class ChangesModule {}
