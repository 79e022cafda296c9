import { Foundation1764000000000 } from './1764000000000-Foundation.js';
import { Synonyms1764000100000 } from './1764000100000-Synonyms.js';

/** Every migration, in order. Listed explicitly so that the same list works from sources (tests) and from dist. */
export const MIGRATIONS = [Foundation1764000000000, Synonyms1764000100000];
