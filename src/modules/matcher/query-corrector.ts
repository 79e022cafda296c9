import { type Analyzer, type QuestionWord, analyzerFor } from '../../common/language/analysis.js';

/** Shortest word corrected: two-letter words are one edit away from too many others. */
const MIN_CORRECTED_LENGTH = 3;
/** Shortest word looked at for run-together words, and shortest part it is split into. */
const MIN_JOINED_LENGTH = 6;
const MIN_PART_LENGTH = 2;

/** A word with each of its letters left out in turn. */
function deletions(term: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < term.length; i += 1) variants.push(term.slice(0, i) + term.slice(i + 1));
  return variants;
}

/**
 * Rewrites a query's words the knowledge base does not know into words it knows, before the matcher weighs them:
 * a word one edit away from a known word (a letter dropped, added, replaced or two swapped: "pasword", "passwrod"),
 * or that is known once a letter is dropped or two are swapped ("chargign"), becomes that word, the most frequent
 * if several; a word made of two known words ("resetpassword", "iphone15") becomes those two. Edits are found by
 * the symmetric-delete method: a known word and a typo one edit apart share a one-letter deletion (or one is the
 * other's), so a lookup costs one map access per letter of the unknown word.
 */
export class QueryCorrector {
  private readonly analyzer: Analyzer;
  /** Known word term → its inverse document frequency (lower: more frequent). */
  private readonly known = new Map<string, number>();
  /** Each known term and each of its one-letter deletions → the known term(s) giving it (mostly one: no array). */
  private readonly byDeletion = new Map<string, string | string[]>();

  /** For a matcher model's features (`w:` + term for words), their inverse document frequencies and its locale. */
  constructor(model: { featureIds: Map<string, number>; idf: Float64Array; locale: string }) {
    this.analyzer = analyzerFor(model.locale, true);
    for (const [feature, id] of model.featureIds) {
      if (!feature.startsWith('w:')) continue;
      const term = feature.slice(2);
      this.known.set(term, model.idf[id]);
      if (term.length < MIN_CORRECTED_LENGTH - 1) continue;
      for (const variant of [term, ...deletions(term)]) {
        const terms = this.byDeletion.get(variant);
        if (terms === undefined) this.byDeletion.set(variant, term);
        else if (typeof terms === 'string') {
          if (terms !== term) this.byDeletion.set(variant, [terms, term]);
        } else if (!terms.includes(term)) terms.push(term);
      }
    }
  }

  /** The words of `query` (see `Analyzer.questionWords`), unknown ones corrected when a known word is close. */
  correct(query: string): QuestionWord[] {
    return this.analyzer.questionWords(query).flatMap((word) => {
      if (this.known.has(word.term) || word.term.length < MIN_CORRECTED_LENGTH) return [word];
      const corrected = this.closest(word.term) ?? this.unstemmed(word.form);
      // Its letters too: the typo's character n-grams would count against the word it stands for.
      if (corrected) return [{ ...word, term: corrected, form: corrected }];
      return this.split(word.form) ?? [word];
    });
  }

  /** The most frequent known term one edit away from `term`, if any. */
  private closest(term: string): string | undefined {
    let best: string | undefined;
    for (const variant of [term, ...deletions(term)]) {
      const terms = this.byDeletion.get(variant) ?? [];
      for (const candidate of typeof terms === 'string' ? [terms] : terms) {
        if (isOneEdit(term, candidate) && (best === undefined || this.known.get(candidate)! < this.known.get(best)!))
          best = candidate;
      }
    }
    return best;
  }

  /**
   * The known term of `form` with a letter dropped or two neighbours swapped: the stemmer does not recognise the
   * ending of "chargign", so its stem is two edits away from that of "charging".
   */
  private unstemmed(form: string): string | undefined {
    const variants = deletions(form);
    for (let i = 0; i + 1 < form.length; i += 1)
      variants.push(form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2));
    let best: string | undefined;
    for (const variant of variants) {
      const term = this.analyzer.terms(variant)[0];
      const idf = term === undefined ? undefined : this.known.get(term);
      if (idf !== undefined && (best === undefined || idf < this.known.get(best)!)) best = term;
    }
    return best;
  }

  /** The words of `form` split in two known words, the most even split if several. */
  private split(form: string): QuestionWord[] | undefined {
    if (form.length < MIN_JOINED_LENGTH) return undefined;
    let best: QuestionWord[] | undefined;
    let bestShorter = 0;
    for (let i = MIN_PART_LENGTH; i <= form.length - MIN_PART_LENGTH; i += 1) {
      const shorter = Math.min(i, form.length - i);
      if (shorter <= bestShorter) continue;
      const words = this.analyzer.questionWords(`${form.slice(0, i)} ${form.slice(i)}`);
      if (words.length === 2 && words.every((w) => this.known.has(w.term))) {
        best = words;
        bestShorter = shorter;
      }
    }
    return best;
  }
}

/**
 * Whether `a` and `b` are one edit apart (optimal string alignment: a letter inserted, deleted or replaced, or two
 * neighbours swapped). Candidates sharing a deletion can be two edits apart ("abc", "acd" share "ac").
 */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
