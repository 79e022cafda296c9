import { Analyzer } from '../../common/language/analysis.js';
import { tokenize } from '../../common/language/words.js';
import type { SynonymGroup } from './search-engine.js';

/** Shortest last word searched as a prefix: shorter ones would expand to a large part of the vocabulary. */
export const MIN_PREFIX_LENGTH = 3;

/** Meilisearch's default typo budget: none below 5 characters, one from 5, two from 9. */
export function typoBudget(term: string): number {
  return term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0;
}

export interface AnalysedQuery {
  /** Index terms of the query, in order (a hyphenated word gives several). */
  terms: string[];
  /** The first term of each word, in order: what synonyms are matched against. */
  words: string[];
  /** Whether the last term is still being typed, hence searched as a prefix. */
  lastIsPrefix: boolean;
}

/** As-you-type: the last word is a prefix unless the query ends with a space or punctuation. */
export function analyseQuery(analyzer: Analyzer, q: string): AnalysedQuery {
  const tokens = tokenize(q);
  const perToken = tokens.map((token) => analyzer.terms(token));
  const terms = perToken.flat();
  const words = perToken.filter((t) => t.length > 0).map((t) => t[0]);
  const endsInsideWord = /[\p{L}\p{N}]$/u.test(q);
  const lastTerms = perToken[perToken.length - 1] ?? [];
  const lastIsPrefix = endsInsideWord && lastTerms.length > 0 && terms[terms.length - 1].length >= MIN_PREFIX_LENGTH;
  return { terms, words, lastIsPrefix };
}

/** Synonym groups analysed like the text they are matched against: each member is a sequence of index terms. */
export type CompiledSynonyms = string[][][];

export function compileSynonyms(analyzer: Analyzer, groups: SynonymGroup[]): CompiledSynonyms {
  return groups
    .map((group) => group.map((member) => analyzer.analyseText(member)).filter((terms) => terms.length > 0))
    .filter((group) => group.length > 1);
}

const containsSequence = (words: string[], sequence: string[]): boolean => {
  outer: for (let i = 0; i + sequence.length <= words.length; i += 1) {
    for (let j = 0; j < sequence.length; j += 1) if (words[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
};

/**
 * The other members of every synonym group one of whose members appears in the query, each as the term sequence
 * to search for instead (`cb` → [["carte", "bancair"], ["carte", "bleu"]]).
 */
export function synonymAlternatives(words: string[], synonyms: CompiledSynonyms): string[][] {
  const alternatives = new Map<string, string[]>();
  for (const group of synonyms) {
    if (!group.some((member) => containsSequence(words, member))) continue;
    for (const member of group) {
      if (!containsSequence(words, member)) alternatives.set(member.join(' '), member);
    }
  }
  return [...alternatives.values()];
}
