import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as italianStemmer } from '@orama/stemmers/italian';
import { stemmer as portugueseStemmer } from '@orama/stemmers/portuguese';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stopwords as dutchStopwords } from '@orama/stopwords/dutch';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import { stopwords as germanStopwords } from '@orama/stopwords/german';
import { stopwords as italianStopwords } from '@orama/stopwords/italian';
import { stopwords as portugueseStopwords } from '@orama/stopwords/portuguese';
import { stopwords as spanishStopwords } from '@orama/stopwords/spanish';

import { fold, tokenize } from './words.js';

/** Languages with a stemmer and a stop-word list; other locales are tokenised and folded only. */
const LANGUAGES: Record<string, { stem: (word: string) => string; stopwords: string[] }> = {
  en: { stem: englishStemmer, stopwords: englishStopwords },
  fr: { stem: frenchStemmer, stopwords: frenchStopwords },
  de: { stem: germanStemmer, stopwords: germanStopwords },
  es: { stem: spanishStemmer, stopwords: spanishStopwords },
  it: { stem: italianStemmer, stopwords: italianStopwords },
  pt: { stem: portugueseStemmer, stopwords: portugueseStopwords },
  nl: { stem: dutchStemmer, stopwords: dutchStopwords },
};

/** The language part of a BCP 47 tag: `fr-CA` → `fr`. */
export const languageOf = (locale: string): string => locale.split('-')[0].toLowerCase();

/** The stop words of a locale's language (none for languages without a list). */
export const stopwordsOf = (locale: string): string[] => LANGUAGES[languageOf(locale)]?.stopwords ?? [];

/** French (and Italian) elided articles and pronouns: `l'`, `d'`, `qu'`… are dropped from the word they precede. */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'all', 'nell', 'sull']);

/** Hyphenated words also index their parts, but not parts this short (`e` of `e-mail`, `wi` of `wi-fi`). */
const MIN_PART_LENGTH = 3;

const MEMO_LIMIT = 100_000;

/**
 * Turns raw tokens into index terms for one language: lowercase, elisions removed, stemmed, diacritics folded, and
 * stop words dropped unless `keepStopwords` (short phrasings such as alternative questions lose their meaning
 * without them: "how do I" vs "can I"). A hyphenated word gives its joined form (`e-mail` → `email`) and its longer
 * parts. Results are memoised: the same words come back all the time, at indexing, querying and highlighting.
 */
export class Analyzer {
  private readonly stem: (word: string) => string;
  private readonly stopwords: Set<string>;
  /** Stop words as index terms (stemmed, folded). */
  private readonly stopTerms: Set<string>;
  private readonly memo = new Map<string, string[]>();

  constructor(
    readonly locale: string,
    readonly keepStopwords = false,
  ) {
    const language = LANGUAGES[languageOf(locale)];
    this.stem = language?.stem ?? ((word) => word);
    this.stopwords = new Set((language?.stopwords ?? []).flatMap((w) => [w.toLowerCase(), fold(w)]));
    this.stopTerms = new Set([...this.stopwords].map((w) => this.normalise(w.replace(/'/g, ''))));
  }

  /** Index terms of one token (possibly none: stop words). */
  terms(token: string): string[] {
    let terms = this.memo.get(token);
    if (terms === undefined) {
      terms = this.analyse(token);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(token, terms);
    }
    return terms;
  }

  /** Index terms of a text, in order. */
  analyseText(text: string): string[] {
    return tokenize(text).flatMap((token) => this.terms(token));
  }

  /** Whether an index term is a stop word's. */
  isStopTerm(term: string): boolean {
    return this.stopTerms.has(term);
  }

  private isDropped(word: string): boolean {
    return !this.keepStopwords && this.stopwords.has(word);
  }

  private analyse(token: string): string[] {
    let word = token.toLowerCase().replace(/[’]/g, "'").replace(/‐/g, '-');
    if (this.isDropped(word)) return [];
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0 && ELISIONS.has(word.slice(0, apostrophe))) word = word.slice(apostrophe + 1);
    // English possessive: customer's → customer
    word = word.replace(/'s$/, '').replace(/'/g, '');
    if (word.length === 0 || this.isDropped(word)) return [];
    if (!word.includes('-')) return [this.normalise(word)];
    const parts = word.split('-');
    const terms = [this.normalise(parts.join(''))];
    for (const part of parts) {
      if (part.length >= MIN_PART_LENGTH && !this.isDropped(part)) terms.push(this.normalise(part));
    }
    return [...new Set(terms)];
  }

  private normalise(word: string): string {
    return fold(this.stem(word));
  }
}

const analyzers = new Map<string, Analyzer>();

/** One shared analyser per language and stop-word policy (their memo tables are worth sharing). */
export function analyzerFor(locale: string, keepStopwords = false): Analyzer {
  const key = `${languageOf(locale)}/${keepStopwords}`;
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzer = new Analyzer(languageOf(locale), keepStopwords);
    analyzers.set(key, analyzer);
  }
  return analyzer;
}
