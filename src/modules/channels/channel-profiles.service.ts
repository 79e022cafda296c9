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

const HISTORY_COLUMNS =
  'audiences, variant_order, format, include_internal_notes, max_chars, min_confidence, updated_by';

/** A recorded version of a channel profile. */
export type ProfileVersion = Omit<ChannelProfile, 'updatedAt'> & { createdAt: Date };

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
    // The new version is kept in the history with the change, so that a served text can be rendered again as it was.
    const result = await this.profiles.manager.transaction(async (m) => {
      const changed = await m.update(
        ChannelProfile,
        { channel: channel as Channel, version: baseVersion },
        { ...changes, version: baseVersion + 1, updatedBy: by.name },
      );
      if (changed.affected)
        await m.query(
          `INSERT INTO channel_profile_versions (channel, version, ${HISTORY_COLUMNS}, created_at)
           SELECT channel, version, ${HISTORY_COLUMNS}, updated_at FROM channel_profiles WHERE channel = $1`,
          [channel],
        );
      return changed;
    });
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

  /**
   * A version of a channel's profile as it was (the history kept since migration 1764004000000); without a version,
   * the one in effect at `at`. Undefined when not recorded.
   */
  async version(channel: string, version: number | null, at: Date): Promise<ProfileVersion | undefined> {
    const [row] = (await this.profiles.query(
      `SELECT channel, version, audiences, variant_order AS "variantOrder", format, include_internal_notes AS "includeInternalNotes",
              max_chars AS "maxChars", min_confidence AS "minConfidence", updated_by AS "updatedBy", created_at AS "createdAt"
       FROM channel_profile_versions
       WHERE channel = $1 AND ($2::int IS NULL OR version = $2) AND ($2::int IS NOT NULL OR created_at <= $3)
       ORDER BY version DESC LIMIT 1`,
      [channel, version, at],
    )) as ProfileVersion[];
    return row;
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
