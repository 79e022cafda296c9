import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, type Channel, ROLES, type Role } from '../../common/domain.js';
import { PageOf } from '../../common/openapi.js';

/** The OpenAPI description of a key as the key endpoints answer it (never its secret, except once on creation). */
export class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    example: 'key_0193a1b2',
    description: 'Short id to tell keys apart (derived from the id, not the secret)',
  })
  displayId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ type: [String] }) allowedOrigins: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt: string | null;
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'The key itself: shown in this response only' }) secret: string;
}

export class ApiKeyPageView extends PageOf(ApiKeyView) {}
