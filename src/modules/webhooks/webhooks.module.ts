import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { WebhookTargets } from './webhook-targets.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Webhook, WebhookDelivery])],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookDispatcher, WebhookTargets],
  exports: [WebhookDispatcher],
})
export class WebhooksModule {}
