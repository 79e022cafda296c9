import { registerEnumType } from '@nestjs/graphql';
import { AUDIENCES, CHANNELS } from '../common/domain.js';

/** A GraphQL enum whose values are the REST API's own strings, so both APIs speak the same words. */
export function enumOf<const T extends readonly string[]>(
  values: T,
  name: string,
  description?: string,
): Record<T[number], T[number]> {
  const object = Object.fromEntries(values.map((v) => [v, v])) as Record<T[number], T[number]>;
  registerEnumType(object, { name, description });
  return object;
}

export const AudienceEnum = enumOf(
  AUDIENCES,
  'Audience',
  'Who may read an article: everyone, or agents and editors only',
);
export const ChannelEnum = enumOf(CHANNELS, 'Channel');
