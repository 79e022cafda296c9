import { Body, Controller, Get, Headers, Param, Patch, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { baseFrom } from '../../common/if-match.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { UpdateChannelProfileDto } from './channel-profiles.dto.js';
import { ChannelProfilesService } from './channel-profiles.service.js';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The profile version, instead of the body field' };

@ApiTags('channel profiles')
@ApiBearerAuth()
@MinRole('admin')
@Controller('v1/channel-profiles')
export class ChannelProfilesController {
  constructor(private readonly profiles: ChannelProfilesService) {}

  @Get()
  @MinRole('agent')
  list() {
    return this.profiles.list();
  }

  @Get(':channel')
  @MinRole('agent')
  get(@Param('channel') channel: string) {
    return this.profiles.get(channel);
  }

  @Put(':channel')
  @ApiHeader(IF_MATCH)
  replace(@Param('channel') channel: string, @Body() body: UpdateChannelProfileDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() by: Principal) {
    return this.profiles.update(channel, body, baseFrom(body.version, ifMatch, 'version'), true, by);
  }

  @Patch(':channel')
  @ApiHeader(IF_MATCH)
  update(@Param('channel') channel: string, @Body() body: UpdateChannelProfileDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() by: Principal) {
    return this.profiles.update(channel, body, baseFrom(body.version, ifMatch, 'version'), false, by);
  }
}
