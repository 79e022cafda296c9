import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel, Role } from '../../common/domain.js';

@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  role: Role;

  @Column('text')
  channel: Channel;

  /** SHA-256 of the secret; the secret itself is shown once, at creation, and never stored. */
  @Column('text', { name: 'secret_hash', select: false })
  secretHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  /** Browser origins (`scheme://host[:port]`) whose pages may call the API with this key; none: no browser origin. */
  @Column('text', { name: 'allowed_origins', array: true, default: () => "'{}'" })
  allowedOrigins: string[];
}

/**
 * A key as listed: with a short display id, so that people can tell their keys apart. It is derived from the key's
 * id, never from its secret: no part of a secret is stored or shown after creation.
 */
export type ApiKeyView = ApiKey & { displayId: string };

export const displayIdOf = (keyId: string): string => `key_${keyId.slice(0, 8)}`;

export const toApiKeyView = (key: ApiKey): ApiKeyView => ({ ...key, displayId: displayIdOf(key.id) });
