import { Foundation1764000000000 } from './1764000000000-Foundation.js';
import { DraftsWebhooks1764000300000 } from './1764000300000-DraftsWebhooks.js';
import { Analytics1764000400000 } from './1764000400000-Analytics.js';

/** Every migration, in order. Listed explicitly so that the same list works from sources (tests) and from dist. */
export const MIGRATIONS = [Foundation1764000000000, DraftsWebhooks1764000300000, Analytics1764000400000];
