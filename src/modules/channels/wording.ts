import type { Channel } from '../../common/domain.js';
import type { ChannelProfile } from './channel-profile.entity.js';
import { type Rendered, renderFor } from './render.js';

/** The wordings of a revision a channel may be served: its body, its summary, its channel variants. */
export interface Wordings {
  body: string;
  summary: string;
  variants: Partial<Record<Channel, string>>;
}

/** What of a profile rendering depends on (a current profile or one of its recorded versions). */
export type RenderingProfile = Pick<ChannelProfile, 'variantOrder' | 'format' | 'maxChars'>;

/**
 * The wording a channel profile picks from content: its first variant written, else (`shortFirst`) the summary, else
 * the body. Returns the wording's name (a channel, `summary` or `body`), which the served log records.
 */
export function wordingFor(profile: RenderingProfile, content: Wordings, shortFirst: boolean): string {
  const variant = profile.variantOrder.find((v) => content.variants[v]?.trim());
  if (variant) return variant;
  return shortFirst && content.summary.trim() ? 'summary' : 'body';
}

/** The source text of a named wording; undefined when the content has no such wording. */
export function wordingText(content: Wordings, name: string): string | undefined {
  if (name === 'body') return content.body;
  if (name === 'summary') return content.summary;
  return content.variants[name as Channel];
}

/**
 * A named wording rendered as the profile says (format, length limit). Serving renders every article with it, and
 * the served log's text is reproduced with it: one code path, so that a reproduction is what was served.
 */
export function renderWording(
  profile: RenderingProfile,
  content: Wordings,
  name: string,
  locale: string,
): Rendered & { source: string } {
  const source = wordingText(content, name) ?? '';
  return { ...renderFor(source, profile.format, profile.maxChars, locale), source };
}
