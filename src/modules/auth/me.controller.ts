import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CHANNELS, type Channel, type Principal, ROLES, type Role } from '../../common/domain.js';
import { CurrentPrincipal, MinRole } from './auth.decorators.js';

export class MeView {
  @ApiProperty() keyId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiPropertyOptional({ type: [String] }) allowedOrigins?: string[];
}

/** Who the caller's key is: the back-office signs in with it and shows what the role allows. */
@ApiTags('keys')
@ApiBearerAuth()
@MinRole('public')
@Controller('v1/me')
export class MeController {
  @Get()
  @ApiOperation({ summary: 'The calling key: its name, role, channel and allowed origins' })
  @ApiOkResponse({ type: MeView })
  me(@CurrentPrincipal() principal: Principal): MeView {
    return {
      keyId: principal.keyId,
      name: principal.name,
      role: principal.role,
      channel: principal.channel,
      ...(principal.allowedOrigins ? { allowedOrigins: [...principal.allowedOrigins] } : {}),
    };
  }
}
