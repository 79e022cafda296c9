import type { Audience, Channel, Principal } from '../../common/domain.js';
import type { ChannelProfile } from '../channels/channel-profile.entity.js';

/** Who is served, on which channel, what they may see. */
export interface ServingContext {
  principal: Principal;
  channel: Channel;
  profile: ChannelProfile;
  audiences: Audience[];
  internalNotes: boolean;
  locales: string[];
}
