import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChannelProfile } from './channel-profile.entity.js';
import { ChannelProfilesController } from './channel-profiles.controller.js';
import { ChannelProfilesService } from './channel-profiles.service.js';

/** The channels: what each one may see and how it is shown (profiles), and rendering content for a channel. */
@Module({
  imports: [TypeOrmModule.forFeature([ChannelProfile])],
  controllers: [ChannelProfilesController],
  providers: [ChannelProfilesService],
  exports: [ChannelProfilesService],
})
export class ChannelsModule {}
