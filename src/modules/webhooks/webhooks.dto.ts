import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import { PageQuery } from '../../common/paging.js';
import { PUBLIC_EVENT_TYPES } from '../changes/change-event.js';
import type { DeliveryStatus } from './webhook.entity.js';

export const EVENT_FILTERS = ['*', 'article.*', 'draft.*', ...PUBLIC_EVENT_TYPES];

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://bot.example.com/hooks/savoir' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2_000)
  url: string;

  @ApiProperty({ type: [String], enum: EVENT_FILTERS, example: ['article.*'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_FILTERS.length)
  @IsIn(EVENT_FILTERS, { each: true })
  events: string[];

  @ApiPropertyOptional({
    description: 'Signing secret (16+ characters); generated when omitted. Shown once, in the creation response.',
  })
  @IsOptional()
  @IsString()
  @Length(16, 200)
  secret?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({
    default: true,
    description: 'An inactive webhook is sent nothing and queues nothing; deliveries already queued wait for it',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Any field may change; a new `secret` replaces the old one at once (write-only: never returned). */
export class UpdateWebhookDto extends PartialType(CreateWebhookDto) {}

export const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'succeeded', 'failed'];

export class ListDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}
