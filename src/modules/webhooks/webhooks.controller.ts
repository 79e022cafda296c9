import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { PageQuery } from '../../common/paging.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { CreateWebhookDto, ListDeliveriesQuery, UpdateWebhookDto } from './webhooks.dto.js';
import { WebhooksService } from './webhooks.service.js';
import {
  CreatedWebhookView,
  WebhookDeliveryPageView,
  WebhookDeliveryView,
  WebhookPageView,
  WebhookView,
} from './webhooks.views.js';

const ID = new ParseUUIDPipe();

@ApiTags('webhooks')
@ApiBearerAuth()
@MinRole('admin')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** Registers a webhook. The signing secret is in this response and is never shown again. */
  @Post()
  @ApiOperation({
    summary: 'Register a webhook (the secret is shown in this response only)',
    description:
      'Each event is POSTed as JSON (the change feed item, editorial view) with headers `X-Savoir-Event`, `X-Savoir-Delivery` ' +
      '(stable across retries: deduplicate on it), `X-Savoir-Timestamp` (Unix seconds) and `X-Savoir-Signature: sha256=<hex>`, ' +
      'the HMAC-SHA256 of `<timestamp>.<raw body>` with the secret. Answer 2xx within WEBHOOK_TIMEOUT_MS; anything else is ' +
      'retried with exponential backoff. Events reach each webhook in order, at least once. ' +
      'The url must be on a public internet address (400 otherwise), unless WEBHOOK_ALLOW_PRIVATE_TARGETS is set; it is checked again ' +
      'at each delivery, and a delivery to a name that then resolves to a private address fails at once with the reason.',
  })
  @ApiCreatedResponse({ type: CreatedWebhookView })
  create(@Body() body: CreateWebhookDto, @CurrentPrincipal() by: Principal) {
    return this.webhooks.create(body, by);
  }

  @Get()
  @ApiOperation({ summary: 'The webhooks' })
  @ApiOkResponse({ type: WebhookPageView })
  list(@Query() query: PageQuery) {
    return this.webhooks.list(query.limit ?? 50, query.cursor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A webhook' })
  @ApiOkResponse({ type: WebhookView })
  get(@Param('id', ID) id: string) {
    return this.webhooks.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a webhook's url, events, secret, description or activity" })
  @ApiOkResponse({ type: WebhookView })
  update(@Param('id', ID) id: string, @Body() body: UpdateWebhookDto) {
    return this.webhooks.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook and its deliveries' })
  @ApiNoContentResponse({ description: 'Deleted' })
  async remove(@Param('id', ID) id: string) {
    await this.webhooks.remove(id);
  }

  /** Deliveries to this webhook, latest event first, each with its attempts. */
  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Deliveries to a webhook, latest event first, with their attempts' })
  @ApiOkResponse({ type: WebhookDeliveryPageView })
  deliveries(@Param('id', ID) id: string, @Query() query: ListDeliveriesQuery) {
    return this.webhooks.listDeliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/redeliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a delivery again now' })
  @ApiOkResponse({ type: WebhookDeliveryView })
  redeliver(@Param('id', ID) id: string, @Param('deliveryId', ID) deliveryId: string) {
    return this.webhooks.redeliver(id, deliveryId);
  }
}
