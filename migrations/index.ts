import { Foundation1764000000000 } from './1764000000000-Foundation.js';
import { Synonyms1764000100000 } from './1764000100000-Synonyms.js';
import { Serving1764000200000 } from './1764000200000-Serving.js';

/** Every migration, in order. Listed explicitly so that the same list works from sources (tests) and from dist. */
export const MIGRATIONS = [Foundation1764000000000, Synonyms1764000100000, Serving1764000200000];
