import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi.js';

/** The OpenAPI description of what the webhook endpoints answer. */
export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ type: [String], example: ['article.*'] }) events: string[];
  @ApiProperty() description: string;
  @ApiProperty() active: boolean;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CreatedWebhookView extends WebhookView {
  @ApiProperty({ description: 'The signing secret: shown in this response only' }) secret: string;
}

export class WebhookPageView extends PageOf(WebhookView) {}

export class DeliveryAttemptView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: Number, nullable: true }) statusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() durationMs: number;
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) webhookId: string;
  @ApiProperty({ description: 'The change feed event id' }) eventId: string;
  @ApiProperty({ example: 'article.published' }) eventType: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The body sent: the change feed item' })
  payload: Record<string, unknown>;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ format: 'date-time' }) nextAttemptAt: string;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: [DeliveryAttemptView] }) attemptLog: DeliveryAttemptView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
}

export class WebhookDeliveryPageView extends PageOf(WebhookDeliveryView) {}
