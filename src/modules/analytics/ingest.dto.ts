import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { EVENT_TYPES, type EventType } from './analytics.constants.js';

const SESSION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const SESSION_MESSAGE = 'must be 1-128 letters, digits, ".", "_", ":" or "-" (a pseudonymous id, never personal data)';

export class FeedbackDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Client-chosen id: sending the same feedback again is acknowledged without counting twice',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ format: 'uuid', description: 'The `servedId` of the answer this feedback is about' })
  @IsUUID()
  servedId: string;

  @ApiProperty()
  @IsBoolean()
  helpful: boolean;

  @ApiPropertyOptional({ example: 'outdated', description: 'A short reason code chosen by the client' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_.-]{0,63}$/, {
    message: 'must be a short code: lowercase letters, digits, "_", "." or "-" (at most 64)',
  })
  reason?: string;

  @ApiPropertyOptional({
    description: 'Free text; personal data (emails, phone and card numbers, IBANs) is removed before it is stored',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class FeedbackView {
  @ApiProperty() id: string;
  @ApiProperty() servedId: string;
  @ApiProperty() helpful: boolean;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty() createdAt: Date;
}

export class ClientEventDto {
  @ApiProperty({
    format: 'uuid',
    description: 'Client-chosen id: an event sent again is acknowledged without counting twice',
  })
  @IsUUID()
  id: string;

  @ApiProperty({ enum: EVENT_TYPES })
  @IsIn(EVENT_TYPES)
  type: EventType;

  @ApiPropertyOptional({ format: 'uuid', description: 'The served answer the event is about (or `searchId`)' })
  @ValidateIf((e: ClientEventDto) => e.searchId === undefined || e.servedId !== undefined)
  @IsUUID(undefined, { message: 'servedId or searchId (exactly one) must be a uuid' })
  servedId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The search the event is about (or `servedId`)' })
  @ValidateIf((e: ClientEventDto) => e.searchId !== undefined)
  @IsUUID()
  searchId?: string;

  @ApiPropertyOptional({ description: "Pseudonymous session/journey id; defaults to the served answer's" })
  @IsOptional()
  @IsString()
  @Matches(SESSION_PATTERN, { message: SESSION_MESSAGE })
  sessionId?: string;

  @ApiProperty({ format: 'date-time', description: 'When it happened on the client' })
  @IsISO8601({ strict: true })
  at: string;
}

export class EventsAck {
  @ApiProperty({ description: 'Events in the batch, each now stored (once)' }) accepted: number;
  @ApiProperty({ description: 'Of those, events that had already been received (retries)' }) duplicates: number;
}

export { SESSION_PATTERN, SESSION_MESSAGE };
