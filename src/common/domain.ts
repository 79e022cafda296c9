/** Roles, least to most privileged. A key may do whatever a lower role may. */
export const ROLES = ['public', 'bot', 'agent', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const roleRank = (role: Role): number => ROLES.indexOf(role);
export const hasRole = (actual: Role, required: Role): boolean => roleRank(actual) >= roleRank(required);

export const CHANNELS = ['web', 'bot', 'voice', 'agent', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const AUDIENCES = ['public', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Roles that may read internal content (internal articles and notes, unpublished revisions). */
export const canSeeInternal = (role: Role): boolean => hasRole(role, 'agent');

/** BCP 47 language tag, loosely: language, optional script/region/variants. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The caller, as established by the API key on the request. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
  channel: Channel;
  /** Browser origins allowed to use the key (see `src/modules/auth/origins.ts`). */
  allowedOrigins?: readonly string[];
}
