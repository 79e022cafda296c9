import { Body, Controller, Get, Headers, Param, Patch, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { baseFrom } from '../../common/if-match.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { UpdateChannelProfileDto } from './channel-profiles.dto.js';
import { ChannelProfilesService } from './channel-profiles.service.js';
import { ChannelProfileView } from './channel-profiles.views.js';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The profile version, instead of the body field' };

@ApiTags('channel profiles')
@ApiBearerAuth()
@MinRole('admin')
@Controller('v1/channel-profiles')
export class ChannelProfilesController {
  constructor(private readonly profiles: ChannelProfilesService) {}

  @Get()
  @MinRole('agent')
  @ApiOperation({ summary: 'The channel profiles' })
  @ApiOkResponse({ type: [ChannelProfileView] })
  list() {
    return this.profiles.list();
  }

  @Get(':channel')
  @MinRole('agent')
  @ApiOperation({ summary: 'A channel profile' })
  @ApiOkResponse({ type: ChannelProfileView })
  get(@Param('channel') channel: string) {
    return this.profiles.get(channel);
  }

  @Put(':channel')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Replace a channel profile (every field); 409 on a stale version' })
  @ApiOkResponse({ type: ChannelProfileView })
  replace(
    @Param('channel') channel: string,
    @Body() body: UpdateChannelProfileDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.profiles.update(channel, body, baseFrom(body.version, ifMatch, 'version'), true, by);
  }

  @Patch(':channel')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Change some fields of a channel profile; 409 on a stale version' })
  @ApiOkResponse({ type: ChannelProfileView })
  update(
    @Param('channel') channel: string,
    @Body() body: UpdateChannelProfileDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.profiles.update(channel, body, baseFrom(body.version, ifMatch, 'version'), false, by);
  }
}
