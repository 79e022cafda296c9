import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Audience, Channel } from '../../common/domain.js';
import type { Format } from './render.js';

/** How one channel is served: what it may see, which wording it prefers, in which format and length. */
@Entity('channel_profiles')
export class ChannelProfile {
  @PrimaryColumn('text')
  channel: Channel;

  /** Audiences this channel may be served (further bounded by the key's role). */
  @Column('text', { array: true })
  audiences: Audience[];

  /** Channel variants to use, preferred first; the article body is the last resort. */
  @Column('text', { array: true, name: 'variant_order' })
  variantOrder: Channel[];

  @Column('text')
  format: Format;

  @Column('boolean', { name: 'include_internal_notes' })
  includeInternalNotes: boolean;

  /** Longest rendered text, in characters; longer content is cut at a sentence boundary. */
  @Column('int', { name: 'max_chars' })
  maxChars: number;

  /**
   * Below this confidence, `POST /v1/answers` hands off instead of answering; null: the threshold calibrated for the
   * answer's locale (see MatcherCalibration).
   */
  @Column('real', { name: 'min_confidence', nullable: true })
  minConfidence: number | null;

  @Column('int')
  version: number;

  @Column('text', { name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
