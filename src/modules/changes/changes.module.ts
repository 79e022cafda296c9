import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentEvent } from '../outbox/content-event.entity.js';
import { ChangesController } from './changes.controller.js';
import { ChangesService } from './changes.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ContentEvent])],
  controllers: [ChangesController],
  providers: [ChangesService],
})
export class ChangesModule {}
