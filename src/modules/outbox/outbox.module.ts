import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ContentEvent, OutboxConsumer } from './content-event.entity.js';
import { OutboxRelayFactory } from './outbox-relay.js';
import { OutboxService } from './outbox.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ContentEvent, OutboxConsumer])],
  providers: [
    OutboxService,
    {
      provide: OutboxRelayFactory,
      inject: [DataSource, OutboxService],
      useFactory: (ds: DataSource, outbox: OutboxService) => new OutboxRelayFactory(ds, outbox),
    },
  ],
  exports: [OutboxService, OutboxRelayFactory],
})
export class OutboxModule {}
