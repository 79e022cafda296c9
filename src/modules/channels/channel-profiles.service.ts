import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Channel, CHANNELS, type Principal } from '../../common/domain.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { ChannelProfile } from './channel-profile.entity.js';
import { PROFILE_FIELDS, type UpdateChannelProfileDto } from './channel-profiles.dto.js';
import type { Format } from './render.js';

/**
 * Channels whose clients take plain text (chat widgets, speech synthesisers, email composers): markdown and html
 * output would hand them markup and link targets (raw HTML, javascript: links) as the Markdown holds them.
 */
const PLAIN_TEXT_CHANNELS: readonly Channel[] = ['bot', 'voice', 'email'];
const PLAIN_TEXT_FORMATS: readonly Format[] = ['text', 'speech'];

/** Profiles are read on every served request: cached here, re-read after a change or after this long. */
const CACHE_MS = 5_000;

@Injectable()
export class ChannelProfilesService {
  private cache: { at: number; profiles: Promise<Map<Channel, ChannelProfile>> } | undefined;

  constructor(@InjectRepository(ChannelProfile) private readonly profiles: Repository<ChannelProfile>) {}

  async list(): Promise<ChannelProfile[]> {
    return [...(await this.all()).values()];
  }

  async get(channel: string): Promise<ChannelProfile> {
    const profile = (await this.all()).get(channel as Channel);
    if (!profile) throw notFound('Channel profile', channel);
    return profile;
  }

  /** Changes a profile; `replace` (PUT) requires every field. A stale `version` is a conflict. */
  async update(
    channel: string,
    input: UpdateChannelProfileDto,
    baseVersion: number | undefined,
    replace: boolean,
    by: Principal,
  ): Promise<ChannelProfile> {
    if (!(CHANNELS as readonly string[]).includes(channel)) throw notFound('Channel profile', channel);
    if (replace) {
      const missing = PROFILE_FIELDS.filter((field) => input[field] === undefined);
      if (missing.length > 0)
        throw badInput(
          `PUT replaces the whole profile: missing ${missing.join(', ')}`,
          missing.map((field) => ({ field, message: 'required' })),
        );
    }
    if (
      input.format !== undefined &&
      PLAIN_TEXT_CHANNELS.includes(channel as Channel) &&
      !PLAIN_TEXT_FORMATS.includes(input.format)
    ) {
      const message = `must be ${PLAIN_TEXT_FORMATS.join(' or ')} for the ${PLAIN_TEXT_CHANNELS.join(', ')} channels, whose clients take plain text`;
      throw badInput(`format: ${message}`, [{ field: 'format', message }]);
    }
    if (baseVersion === undefined)
      throw badInput('Name the profile version this change is based on: "version" in the body or If-Match', [
        { field: 'version', message: 'required' },
      ]);
    const changes: Partial<ChannelProfile> = {};
    for (const field of PROFILE_FIELDS)
      if (input[field] !== undefined) Object.assign(changes, { [field]: input[field] });
    const result = await this.profiles.update(
      { channel: channel as Channel, version: baseVersion },
      { ...changes, version: baseVersion + 1, updatedBy: by.name },
    );
    this.cache = undefined;
    if (!result.affected) {
      const current = await this.get(channel);
      throw conflict(
        `The profile is at version ${current.version}, not ${baseVersion}; reload it and apply your change again`,
        { currentVersion: current.version },
      );
    }
    return this.get(channel);
  }

  private all(): Promise<Map<Channel, ChannelProfile>> {
    if (!this.cache || Date.now() - this.cache.at > CACHE_MS) {
      const profiles = this.profiles
        .find({ order: { channel: 'ASC' } })
        .then((rows) => new Map(rows.map((p) => [p.channel, p])));
      profiles.catch(() => (this.cache = undefined));
      this.cache = { at: Date.now(), profiles };
    }
    return this.cache.profiles;
  }
}
