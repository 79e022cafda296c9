import SearchableMap from 'minisearch/SearchableMap';

/**
 * BM25+ parameters and the weights of prefix and typo expansions: MiniSearch's defaults, with which the ranking was
 * tuned (CLINC150), so that scores are the ones MiniSearch would give.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/**
 * BM25+ of a term in one document's field: `scale` is the term's weight times its idf, `lengthFactor` k·b over the
 * field's average length (so the length normalisation k·(1 − b + b·length/average) costs one multiplication).
 */
const bm25 = (scale: number, lengthFactor: number, tf: number, length: number): number =>
  scale * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b) + lengthFactor * length));

/** Distinct query terms tracked per document (a bit each) for the "matched terms" multiplier. */
const MAX_TRACKED_TERMS = 31;

interface TermEntry {
  term: string;
  /** Per field id. */
  postings: (Posting | undefined)[];
  /** Live (document, field) pairs holding the term: at 0 the term leaves the dictionary. */
  live: number;
}

/**
 * A document's slot and the term's frequency in it, as one small integer of a posting: half the memory of two arrays
 * (the pairs are the index's bulk: 1.3 million for 10,000 articles × 2 locales; with the per-document lists of
 * postings that removal no longer needs, the index went from 66 to 30 MB of heap). A frequency above TF_MASK counts
 * as TF_MASK (BM25 has long saturated); slots stay below 2^23 (the index renumbers once half its slots are free).
 */
const TF_BITS = 8;
const TF_MASK = (1 << TF_BITS) - 1;
const pairOf = (slot: number, tf: number) => (slot << TF_BITS) | Math.min(tf, TF_MASK);

/** Documents holding a term in one field, in increasing slot order, with the term's frequency in each. */
interface Posting {
  entry: TermEntry;
  field: number;
  /** Slot and frequency of each document (see `pairOf`). */
  pairs: number[];
  /** Live documents among `pairs` (removed documents stay until the posting is compacted): the document frequency. */
  live: number;
}

export interface TermQuery {
  term: string;
  /** Also match longer terms starting with `term` (the word being typed). */
  prefix: boolean;
  /** Largest edit distance of the other terms matched (0: none). */
  fuzzy: number;
}

export interface IndexQuery {
  /** Terms OR-ed together. */
  terms: TermQuery[];
  /** Term sequences each required whole (synonyms of a part of the query), OR-ed with `terms`. */
  alternatives?: TermQuery[][];
  /**
   * Stop words, scored in the phrasing field for the documents that the other terms matched only: they carry
   * meaning in a phrasing ("how do I" vs "can I") but occur in most phrasings, so they never select documents.
   */
  stopTerms?: string[];
  /** Weight of the stop terms' score. */
  stopBoost?: number;
}

/** A derived term (the query term itself, or a prefix or typo expansion of it) and its weight. */
interface Expansion {
  entry: TermEntry;
  weight: number;
}

/** What a query matched among the accepted documents: parallel arrays, in no particular order. */
export interface IndexMatches<T> {
  ids: string[];
  /** What each document was added with. */
  data: T[];
  slots: number[];
  scores: number[];
  /** The index terms of the query (or their expansions) found in a matched document, for highlighting. */
  termsOf(slot: number): string[];
  /**
   * Occurrences of those terms in one field (by id) of a matched document: at least as many as its tokens that
   * highlighting would mark there.
   */
  occurrencesIn(slot: number, field: number): number;
}

/**
 * A Bm25Index as data (see `exportState`): its postings in typed arrays, which V8 writes and reads as raw bytes, and
 * which the index reads back into arrays of small integers (the array kind its loops are compiled for; an array read
 * by v8.deserialize holds generic elements).
 */
export interface Bm25State {
  ids: (string | null)[];
  /** Per field: length per slot. */
  lengths: Int32Array[];
  totalLength: number[];
  live: number;
  changes: number;
  /** The dictionary's terms, in its order, with their live count and how many postings each has. */
  terms: string[];
  termLive: Int32Array;
  postingCount: Uint8Array;
  /** Per posting, in the terms' order: its field, live count, and number of pairs (all in `pairs`, in that order). */
  postingField: Uint8Array;
  postingLive: Int32Array;
  postingSize: Int32Array;
  pairs: Int32Array;
}

/**
 * An inverted index scored with BM25+ the way MiniSearch scores (same formula, field boosts, prefix and typo
 * weights, the summed score multiplied by the number of distinct query terms matched), but built for large result
 * sets: postings are plain arrays, scores accumulate in dense typed arrays reused from query to query, and only the
 * matches are returned, not one result object per document. A common word in a 10,000-article knowledge base
 * matches thousands of documents; MiniSearch allocates for each of them and spends most of a query doing so.
 * The term dictionary is MiniSearch's radix tree (prefix and typo-tolerant lookup).
 */
export class Bm25Index<T> {
  private dictionary = new SearchableMap<TermEntry>();
  /** Document id per slot; undefined once removed. Slots are handed out in increasing order, never reused. */
  private ids: (string | undefined)[] = [];
  private data: (T | undefined)[] = [];
  private slotOf = new Map<string, number>();
  /** Per field: length (distinct tokens) per slot. */
  private lengths: number[][];
  private totalLength: number[];
  private live = 0;
  private changes = 0;
  private readonly phrasingFieldId: number;
  private scratch = {
    score: new Float64Array(0),
    stopScore: new Float64Array(0),
    mask: new Uint32Array(0),
    stops: new Uint8Array(0),
    seen: new Uint8Array(0),
    allowed: new Uint8Array(0),
  };

  constructor(
    private readonly fields: string[],
    private readonly tokenize: (text: string) => string[],
    private readonly processTerm: (token: string, field: number) => string[],
    phrasingField?: string,
  ) {
    this.lengths = fields.map(() => []);
    this.totalLength = fields.map(() => 0);
    this.phrasingFieldId = phrasingField === undefined ? -1 : fields.indexOf(phrasingField);
  }

  get size(): number {
    return this.live;
  }

  /** Changes with every addition and removal (slots and their data are only valid for one version). */
  get version(): number {
    return this.changes;
  }

  /** `classify(data)` for every slot (0 for empty ones): a filter computed once, read by slot in `match`'s `accept`. */
  classifySlots(classify: (data: T) => number): Uint8Array {
    const classes = new Uint8Array(this.ids.length);
    this.data.forEach((data, slot) => {
      if (data !== undefined) classes[slot] = classify(data);
    });
    return classes;
  }

  /** The index as data, to store and restore with `importState` (documents' data aside: see `importState`). */
  exportState(): Bm25State {
    const terms: string[] = [];
    const termLive: number[] = [];
    const postingCount: number[] = [];
    const postingField: number[] = [];
    const postingLive: number[] = [];
    const postingPairs: number[][] = [];
    for (const [term, entry] of this.dictionary) {
      terms.push(term);
      termLive.push(entry.live);
      let count = 0;
      for (const posting of entry.postings) {
        if (!posting) continue;
        count += 1;
        postingField.push(posting.field);
        postingLive.push(posting.live);
        postingPairs.push(posting.pairs);
      }
      postingCount.push(count);
    }
    const pairs = new Int32Array(postingPairs.reduce((sum, list) => sum + list.length, 0));
    let at = 0;
    for (const list of postingPairs) {
      pairs.set(list, at);
      at += list.length;
    }
    return {
      ids: this.ids.map((id) => id ?? null),
      lengths: this.lengths.map((perSlot) => Int32Array.from(perSlot, (length) => length ?? 0)),
      totalLength: [...this.totalLength],
      live: this.live,
      changes: this.changes,
      terms,
      termLive: Int32Array.from(termLive),
      postingCount: Uint8Array.from(postingCount),
      postingField: Uint8Array.from(postingField),
      postingLive: Int32Array.from(postingLive),
      postingSize: Int32Array.from(postingPairs, (list) => list.length),
      pairs,
    };
  }

  /**
   * Replaces this index's content by an exported one (same fields and analysis), `dataOf` giving each document's
   * data from its id (data may reference each other: they are made again rather than stored).
   */
  importState(state: Bm25State, dataOf: (id: string) => T): void {
    this.ids = state.ids.map((id) => id ?? undefined);
    this.data = this.ids.map((id) => (id === undefined ? undefined : dataOf(id)));
    this.slotOf = new Map();
    this.ids.forEach((id, slot) => id !== undefined && this.slotOf.set(id, slot));
    this.lengths = state.lengths.map((perSlot) => Array.from(perSlot));
    this.totalLength = [...state.totalLength];
    this.live = state.live;
    this.changes = state.changes;
    this.dictionary = new SearchableMap();
    let posting = 0;
    let pair = 0;
    state.terms.forEach((term, t) => {
      const entry: TermEntry = { term, postings: [], live: state.termLive[t] };
      for (let p = 0; p < state.postingCount[t]; p += 1, posting += 1) {
        const field = state.postingField[posting];
        const end = pair + state.postingSize[posting];
        const pairs: number[] = [];
        for (; pair < end; pair += 1) pairs.push(state.pairs[pair]);
        entry.postings[field] = { entry, field, pairs, live: state.postingLive[posting] };
      }
      this.dictionary.set(term, entry);
    });
  }

  /**
   * Adds a document: its text per field, in the order of the fields given to the constructor, and data to match with.
   */
  add(id: string, texts: string[], data: T): void {
    if (this.slotOf.has(id)) throw new Error(`document ${id} is already indexed`);
    const slot = this.ids.push(id) - 1;
    this.data[slot] = data;
    this.slotOf.set(id, slot);
    this.fields.forEach((_, field) => {
      const { length, counts } = this.analyse(texts[field], field);
      this.lengths[field][slot] = length;
      this.totalLength[field] += length;
      for (const [term, tf] of counts) {
        let entry = this.dictionary.get(term);
        if (!entry) {
          entry = { term, postings: [], live: 0 };
          this.dictionary.set(term, entry);
        }
        let posting = entry.postings[field];
        if (!posting) posting = entry.postings[field] = { entry, field, pairs: [], live: 0 };
        posting.pairs.push(pairOf(slot, tf));
        posting.live += 1;
        entry.live += 1;
      }
    });
    this.live += 1;
    this.changes += 1;
  }

  /**
   * Removes a document; `texts` must be those it was added with: their terms say which postings hold it (rather than
   * a list of postings kept per document, 8 more bytes per document and term).
   */
  remove(id: string, texts: string[]): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.changes += 1;
    this.ids[slot] = undefined;
    this.data[slot] = undefined;
    this.live -= 1;
    this.fields.forEach((_, field) => {
      this.totalLength[field] -= this.lengths[field][slot];
      for (const term of this.analyse(texts[field], field).counts.keys()) {
        const entry = this.dictionary.get(term)!;
        const posting = entry.postings[field]!;
        posting.live -= 1;
        entry.live -= 1;
        if (entry.live === 0) this.dictionary.delete(term);
        else if (posting.pairs.length > 2 * posting.live + 16) this.compactPosting(posting);
      }
    });
    if (this.ids.length > 2 * this.live + 1024) this.renumber();
  }

  /** A field's length (distinct tokens, as MiniSearch measures it) and the frequency of each of its terms. */
  private analyse(text = '', field: number): { length: number; counts: Map<string, number> } {
    const tokens = this.tokenize(text);
    const counts = new Map<string, number>();
    for (const token of tokens)
      for (const term of this.processTerm(token, field)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return { length: new Set(tokens).size, counts };
  }

  /**
   * Scores the documents the query matches and keeps those `accept` lets through (given each one's data and slot,
   * once per matched document). `boost` is the weight of each field, in constructor order. With `only`, just the
   * documents of those ids are scored (with the statistics of the whole index, so their scores are what they would
   * be otherwise).
   */
  match(
    query: IndexQuery,
    boost: number[],
    accept: (data: T, slot: number) => boolean,
    only?: Iterable<string>,
  ): IndexMatches<T> {
    this.ensureScratch();
    const { score, stopScore, mask, stops, seen, allowed } = this.scratch;
    const restricted: number[] | undefined = only ? [] : undefined;
    if (only) {
      for (const id of only) {
        const slot = this.slotOf.get(id);
        if (slot === undefined) continue;
        restricted!.push(slot);
        allowed[slot] = 1;
      }
    }
    const touched: number[] = [];
    const bits = new Map<string, number>();
    const bitOf = (term: string) => {
      let bit = bits.get(term);
      if (bit === undefined) bits.set(term, (bit = bits.size < MAX_TRACKED_TERMS ? 1 << bits.size : 0));
      return bit;
    };
    const used: Expansion[] = [];

    // The common case inlined (no callback per posting entry): each term's expansions, field by field.
    for (const term of query.terms) {
      const bit = bitOf(term.term);
      for (const expansion of this.expand(term)) {
        used.push(expansion);
        expansion.entry.postings.forEach((posting, field) => {
          if (!posting || !boost[field] || posting.live === 0) return;
          const { pairs } = posting;
          const { scale, lengthFactor } = this.factors(posting, expansion.weight * boost[field]);
          const lengths = this.lengths[field];
          for (let j = 0; j < pairs.length; j += 1) {
            const slot = pairs[j] >> TF_BITS;
            if (this.ids[slot] === undefined || (restricted && !allowed[slot])) continue;
            const tf = pairs[j] & TF_MASK;
            if (!seen[slot]) {
              seen[slot] = 1;
              touched.push(slot);
            }
            score[slot] += bm25(scale, lengthFactor, tf, lengths[slot]);
            mask[slot] |= bit;
          }
        });
      }
    }
    for (const sequence of query.alternatives ?? []) {
      // Documents must hold every term of the sequence (any expansion of each).
      const partial = new Map<number, { score: number; found: number }>();
      sequence.forEach((term, position) => {
        for (const expansion of this.expand(term)) {
          used.push(expansion);
          this.accumulate(expansion, boost, (slot, s) => {
            if (restricted && !allowed[slot]) return;
            const p = partial.get(slot);
            if (p) {
              p.score += s;
              p.found |= 1 << position;
            } else partial.set(slot, { score: s, found: 1 << position });
          });
        }
      });
      const all = sequence.length >= 31 ? -1 : (1 << sequence.length) - 1;
      const sequenceBits = sequence.reduce((m, term) => m | bitOf(term.term), 0);
      for (const [slot, p] of partial) {
        if ((p.found | 0) !== (all | 0)) continue;
        if (!seen[slot]) {
          seen[slot] = 1;
          touched.push(slot);
        }
        score[slot] += p.score;
        mask[slot] |= sequenceBits;
      }
    }
    const stopBoost = query.stopBoost ?? 1;
    if (this.phrasingFieldId >= 0 && touched.length > 0) {
      for (const term of new Set(query.stopTerms ?? [])) {
        const posting = this.dictionary.get(term)?.postings[this.phrasingFieldId];
        if (!posting) continue;
        this.scorePosting(posting, 1, (slot, s) => {
          if (!seen[slot]) return;
          stopScore[slot] += s;
          stops[slot] += 1;
        });
      }
    }

    const matches: IndexMatches<T> = {
      ids: [],
      data: [],
      slots: [],
      scores: [],
      termsOf: (slot) => termsOf(used, slot),
      occurrencesIn: (slot, field) => occurrencesIn(used, slot, field),
    };
    for (const slot of touched) {
      const data = this.data[slot]!;
      if (accept(data, slot)) {
        const matched = popcount(mask[slot]) || 1;
        const final =
          stops[slot] > 0
            ? (score[slot] + stopBoost * stopScore[slot]) * (matched + stops[slot])
            : score[slot] * matched;
        matches.ids.push(this.ids[slot]!);
        matches.data.push(data);
        matches.slots.push(slot);
        matches.scores.push(final);
      }
      score[slot] = 0;
      stopScore[slot] = 0;
      mask[slot] = 0;
      stops[slot] = 0;
      seen[slot] = 0;
    }
    for (const slot of restricted ?? []) allowed[slot] = 0;
    return matches;
  }

  /** The term itself, then its prefix expansions, then its typo expansions (each derived term once), weighted. */
  private expand(query: TermQuery): Expansion[] {
    const expansions: Expansion[] = [];
    const exact = this.dictionary.get(query.term);
    if (exact) expansions.push({ entry: exact, weight: 1 });
    const byPrefix = new Set<string>();
    if (query.prefix) {
      for (const [term, entry] of this.dictionary.atPrefix(query.term)) {
        const distance = term.length - query.term.length;
        if (distance === 0) continue;
        byPrefix.add(term);
        expansions.push({ entry, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance) });
      }
    }
    if (query.fuzzy > 0) {
      for (const [term, [entry, distance]] of this.dictionary.fuzzyGet(query.term, query.fuzzy)) {
        if (distance === 0 || byPrefix.has(term)) continue;
        expansions.push({ entry, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
      }
    }
    return expansions;
  }

  private accumulate(expansion: Expansion, boost: number[], add: (slot: number, score: number) => void): void {
    expansion.entry.postings.forEach((posting, field) => {
      if (posting && boost[field]) this.scorePosting(posting, expansion.weight * boost[field], add);
    });
  }

  /** BM25+ of one term in one field, for every live document of its posting. */
  private scorePosting(posting: Posting, weight: number, add: (slot: number, score: number) => void): void {
    if (posting.live === 0) return;
    const { pairs, field } = posting;
    const { scale, lengthFactor } = this.factors(posting, weight);
    const lengths = this.lengths[field];
    for (let j = 0; j < pairs.length; j += 1) {
      const slot = pairs[j] >> TF_BITS;
      if (this.ids[slot] !== undefined) add(slot, bm25(scale, lengthFactor, pairs[j] & TF_MASK, lengths[slot]));
    }
  }

  /** The parts of a posting's BM25+ scores that are the same for all its documents (see `bm25`). */
  private factors(posting: Posting, weight: number): { scale: number; lengthFactor: number } {
    const n = this.live;
    return {
      scale: weight * Math.log(1 + (n - posting.live + 0.5) / (posting.live + 0.5)),
      lengthFactor: (BM25.k * BM25.b * n) / this.totalLength[posting.field],
    };
  }

  private compactPosting(posting: Posting): void {
    const { pairs } = posting;
    let to = 0;
    for (let j = 0; j < pairs.length; j += 1) {
      if (this.ids[pairs[j] >> TF_BITS] === undefined) continue;
      pairs[to] = pairs[j];
      to += 1;
    }
    pairs.length = to;
  }

  /** Gives the live documents consecutive slots again (after many removals), keeping their order. */
  private renumber(): void {
    const next = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const data: T[] = [];
    this.ids.forEach((id, slot) => {
      if (id === undefined) return;
      next[slot] = ids.push(id) - 1;
      data.push(this.data[slot]!);
      this.slotOf.set(id, next[slot]);
    });
    for (const [, entry] of this.dictionary) {
      for (const posting of entry.postings) {
        if (!posting) continue;
        this.compactPosting(posting);
        const { pairs } = posting;
        for (let j = 0; j < pairs.length; j += 1) pairs[j] = pairOf(next[pairs[j] >> TF_BITS], pairs[j] & TF_MASK);
      }
    }
    this.lengths = this.lengths.map((perSlot) => {
      const moved: number[] = [];
      perSlot.forEach((length, slot) => {
        if (next[slot] >= 0) moved[next[slot]] = length;
      });
      return moved;
    });
    this.ids = ids;
    this.data = data;
  }

  private ensureScratch(): void {
    const size = this.ids.length;
    if (this.scratch.score.length >= size) return;
    const capacity = Math.max(1024, size * 2);
    this.scratch = {
      score: new Float64Array(capacity),
      stopScore: new Float64Array(capacity),
      mask: new Uint32Array(capacity),
      stops: new Uint8Array(capacity),
      seen: new Uint8Array(capacity),
      allowed: new Uint8Array(capacity),
    };
  }
}

function popcount(bits: number): number {
  let n = 0;
  for (let v = bits >>> 0; v !== 0; v &= v - 1) n += 1;
  return n;
}

/** Derived terms of the query found in the document at `slot` (postings are in slot order: binary search). */
function termsOf(used: Expansion[], slot: number): string[] {
  const found = new Set<string>();
  for (const { entry } of used) {
    if (found.has(entry.term)) continue;
    if (entry.postings.some((posting) => posting && indexOf(posting.pairs, slot) >= 0)) found.add(entry.term);
  }
  return [...found];
}

/** Occurrences of the derived terms of the query in one field of the document at `slot`. */
function occurrencesIn(used: Expansion[], slot: number, field: number): number {
  let count = 0;
  for (const entry of new Set(used.map((expansion) => expansion.entry))) {
    const posting = entry.postings[field];
    if (!posting) continue;
    const j = indexOf(posting.pairs, slot);
    if (j >= 0) count += posting.pairs[j] & TF_MASK;
  }
  return count;
}

/** Position of the pair of `slot` in a posting's `pairs` (in slot order: binary search), -1 if absent. */
function indexOf(pairs: number[], slot: number): number {
  let low = 0;
  let high = pairs.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = pairs[mid] >> TF_BITS;
    if (at === slot) return mid;
    if (at < slot) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
