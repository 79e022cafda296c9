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

interface Language {
  stem: (word: string) => string;
  stopwords: string[];
  /**
   * Words that flip what a question asks ("not", "without"): stop words to search, but a question's meaning to the
   * question matcher ("not join contest" is not "join contest").
   */
  negations: string[];
  /** Text-message spellings and their words (`pls` → `please`), for the noisy questions of bots and chats. */
  shorthands: Record<string, string>;
}

/** Languages with a stemmer and a stop-word list; other locales are tokenised and folded only. */
const LANGUAGES: Record<string, Language> = {
  en: {
    stem: englishStemmer,
    stopwords: englishStopwords,
    negations: ['not', 'no', 'never', 'nor', 'cannot', 'without', 'none', 'nothing', 'nobody', 'neither'],
    shorthands: {
      u: 'you',
      ur: 'your',
      r: 'are',
      pls: 'please',
      plz: 'please',
      thx: 'thanks',
      ty: 'thank you',
      msg: 'message',
      acct: 'account',
      pwd: 'password',
      pw: 'password',
      cant: 'cannot',
      dont: 'do not',
      doesnt: 'does not',
      wont: 'will not',
      isnt: 'is not',
      didnt: 'did not',
    },
  },
  fr: {
    stem: frenchStemmer,
    stopwords: frenchStopwords,
    negations: ['ne', 'pas', 'non', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni'],
    shorthands: {
      stp: "s'il te plaît",
      svp: "s'il vous plaît",
      pk: 'pourquoi',
      pq: 'pourquoi',
      pkoi: 'pourquoi',
      bcp: 'beaucoup',
      mdp: 'mot de passe',
      tjrs: 'toujours',
      qd: 'quand',
      dc: 'donc',
      ds: 'dans',
      pr: 'pour',
      ns: 'nous',
      vs: 'vous',
      tt: 'tout',
      c: "c'est",
      jai: "j'ai",
      jsuis: 'je suis',
      chui: 'je suis',
      koi: 'quoi',
      kan: 'quand',
      ya: 'il y a',
      slt: 'salut',
      cc: 'coucou',
    },
  },
  de: {
    stem: germanStemmer,
    stopwords: germanStopwords,
    negations: [
      'nicht',
      'kein',
      'keine',
      'keinen',
      'keinem',
      'keiner',
      'keines',
      'nie',
      'niemals',
      'nichts',
      'ohne',
      'weder',
    ],
    shorthands: {
      bzw: 'beziehungsweise',
      vllt: 'vielleicht',
      kp: 'keine ahnung',
      nix: 'nichts',
      hab: 'habe',
      gehts: 'geht es',
    },
  },
  es: {
    stem: spanishStemmer,
    stopwords: spanishStopwords,
    negations: ['no', 'nunca', 'jamás', 'nada', 'ningún', 'ninguno', 'ninguna', 'sin', 'ni', 'tampoco'],
    shorthands: {
      q: 'que',
      xq: 'por qué',
      pq: 'por qué',
      porq: 'por qué',
      tb: 'también',
      tmb: 'también',
      x: 'por',
      d: 'de',
      k: 'que',
      xfa: 'por favor',
      pf: 'por favor',
    },
  },
  it: {
    stem: italianStemmer,
    stopwords: italianStopwords,
    negations: ['non', 'mai', 'niente', 'nulla', 'nessuno', 'nessuna', 'senza', 'né'],
    shorthands: {
      xk: 'perché',
      xche: 'perché',
      cmq: 'comunque',
      nn: 'non',
      x: 'per',
      ke: 'che',
      tt: 'tutto',
      qlc: 'qualche',
      grz: 'grazie',
    },
  },
  pt: {
    stem: portugueseStemmer,
    stopwords: portugueseStopwords,
    negations: ['não', 'nao', 'nunca', 'jamais', 'nada', 'nenhum', 'nenhuma', 'sem', 'nem'],
    shorthands: {
      vc: 'você',
      q: 'que',
      pq: 'por que',
      tb: 'também',
      tbm: 'também',
      n: 'não',
      naum: 'não',
      obg: 'obrigado',
      blz: 'beleza',
      msm: 'mesmo',
    },
  },
  nl: {
    stem: dutchStemmer,
    stopwords: dutchStopwords,
    negations: ['niet', 'geen', 'nooit', 'niets', 'niks', 'zonder', 'noch', 'nergens'],
    shorthands: {
      ff: 'even',
      idd: 'inderdaad',
      mss: 'misschien',
      aub: 'alstublieft',
      wrm: 'waarom',
      ww: 'wachtwoord',
      nie: 'niet',
    },
  },
};

/** The language part of a BCP 47 tag: `fr-CA` → `fr`. */
export const languageOf = (locale: string): string => locale.split('-')[0].toLowerCase();

/** The stop words of a locale's language (none for languages without a list). */
export const stopwordsOf = (locale: string): string[] => LANGUAGES[languageOf(locale)]?.stopwords ?? [];

/** French (and Italian) elided articles and pronouns: `l'`, `d'`, `qu'`… are dropped from the word they precede. */
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'dell',
  'all',
  'nell',
  'sull',
]);

/** Hyphenated words also index their parts, but not parts this short (`e` of `e-mail`, `wi` of `wi-fi`). */
const MIN_PART_LENGTH = 3;

const MEMO_LIMIT = 100_000;

/** English negative contractions whose stem is not the verb: `can't` → `can`, `won't` → `will`. */
const CONTRACTED = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
]);

/** A word of a question as the question matcher weighs it (see `Analyzer.questionWords`). */
export interface QuestionWord {
  /** The index term: stemmed and folded, as search indexes the word. */
  readonly term: string;
  /** The word folded only: its character n-grams absorb typos that derail the stemmer. */
  readonly form: string;
  /** A stop word: says little about the topic. */
  readonly stop: boolean;
  /** A negation: flips the meaning of what follows. */
  readonly negation: boolean;
}

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
  /** Question words of a token (see `questionWords`): shared, never modified. */
  private readonly questionMemo = new Map<string, QuestionWord[]>();
  private readonly negations: Set<string>;
  private readonly shorthands: Map<string, string[]>;

  constructor(
    readonly locale: string,
    readonly keepStopwords = false,
  ) {
    const language = LANGUAGES[languageOf(locale)];
    this.stem = language?.stem ?? ((word) => word);
    this.stopwords = new Set((language?.stopwords ?? []).flatMap((w) => [w.toLowerCase(), fold(w)]));
    this.stopTerms = new Set([...this.stopwords].map((w) => this.normalise(w.replace(/'/g, ''))));
    this.negations = new Set((language?.negations ?? []).map(fold));
    this.shorthands = new Map(
      Object.entries(language?.shorthands ?? {}).map(([short, words]) => [short, tokenize(words)]),
    );
  }

  /**
   * The words of a question, every one kept (stop words and negations flagged), for the question matcher: text
   * spellings written out (`pls` → `please`), negative contractions split (`don't` → `do` `not`, French `n'est` →
   * `ne` `est`), then each word analysed as search analyses it. Analysers that keep stop words only
   * (`analyzerFor(locale,
   * true)`): others would drop the stop words here too.
   */
  questionWords(text: string): QuestionWord[] {
    return tokenize(text).flatMap((token) => {
      let words = this.questionMemo.get(token);
      if (words === undefined) {
        words = this.writtenOut(token).flatMap((word) => this.questionWordsOf(word));
        if (this.questionMemo.size >= MEMO_LIMIT) this.questionMemo.clear();
        this.questionMemo.set(token, words);
      }
      return words;
    });
  }

  private questionWordsOf(word: string): QuestionWord[] {
    const folded = fold(word);
    const negation = this.negations.has(folded);
    const stop = !negation && this.stopwords.has(folded);
    return this.terms(word).map((term, i) => ({
      term,
      form: i === 0 ? folded.replace(/['’\-‐]/g, '') : term,
      stop,
      negation,
    }));
  }

  /** A token as the words it stands for: a text spelling's words, a negative contraction's verb and negation. */
  private writtenOut(token: string): string[] {
    const lower = token.toLowerCase().replace(/’/g, "'");
    const shorthand = this.shorthands.get(fold(lower));
    if (shorthand) return shorthand;
    const contracted = /^(\p{L}+)n't$/u.exec(lower);
    if (contracted) return [CONTRACTED.get(contracted[1]) ?? contracted[1], 'not'];
    // French `n'` (n'est, n'arrive) is the negation `ne` elided (Italian `n'` is the pronoun `ne`).
    if (this.locale === 'fr' && lower.startsWith("n'") && lower.length > 2) return ['ne', lower.slice(2)];
    return [token];
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
