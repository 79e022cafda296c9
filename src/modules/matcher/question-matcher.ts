/**
 * In-process question matcher: learns, from the alternative questions of the published articles, which article a
 * customer's question is about. The phrasings editors collected are the best evidence of what customers mean;
 * ranking article text alone (BM25) tops out well below what a bot needs.
 *
 * Model: questions are analysed as search analyses them (common/language: stemmed, folded, elisions removed) but
 * keeping every word, and become TF-IDF vectors over words, word pairs, character 4-grams of each word as written
 * (absorbing typos the stemmer stumbles on) and the words a negation governs ("not join" is not "join"); unknown
 * words of a query are first corrected against the words of the knowledge base (see QueryCorrector). A multi-class
 * linear model is trained on them by averaged passive-aggressive updates. Weights are stored sparsely per feature,
 * so memory grows with what the questions share, not with articles × vocabulary. Confidence blends the model's
 * probability for the best article with the cosine similarity of the question to that article's nearest phrasing,
 * so that a query sharing no words with the knowledge base never scores high, however few articles there are.
 */

import { type Analyzer, type QuestionWord, analyzerFor } from '../../common/language/analysis.js';
import { releaseBuffer } from '../../common/release-buffer.js';
import { offerTop } from '../../common/top-k.js';
import { QueryCorrector } from './query-corrector.js';

export interface MatcherEntry {
  /** Identifies what is matched (e.g. an article's live revision in one locale). */
  key: string;
  questions: string[];
}

export interface MatcherHit {
  key: string;
  /** Model score normalised over the accepted keys, in [0, 1]. */
  probability: number;
  /** Cosine similarity to the entry's nearest question, in [0, 1]. */
  similarity: number;
  matchedQuestion: string;
}

export interface MatcherOptions {
  epochs?: number;
  /** Language of the entries (BCP 47), for its analysis; words are only folded in languages search does not know. */
  locale?: string;
  /** Budget of the refinement epochs, in `clock`'s milliseconds; the centroid start is always complete. */
  budgetMs?: number;
  /**
   * The time the budget is counted in (ms): wall time by default. A training run in slices between other work counts
   * its own slices only (see matching-worker), so that the matches answered meanwhile do not cut its epochs short.
   */
  clock?: () => number;
  /**
   * Called once the questions are vectorised, when what that took besides the vectors (arrays grown, then copied to
   * their length: ~25 MB at 10,000 articles) is garbage: the matching worker collects it there (see matching-worker).
   */
  collectGarbage?: () => void;
  /** Softmax temperature applied to raw scores. */
  sharpness?: number;
  /**
   * More features of a question's words (corrected, at matching), added to its lexical features: the same function at
   * training and at matching. Set by the word-vector experiments (bench/matcher-clinc150-dense.ts), by no server.
   */
  semanticFeatures?: (words: QuestionWord[]) => Map<string, number>;
}

/** Which entries a match may return (see `QuestionMatcher.filter`): their positions in the model, in order. */
export interface KeyFilter {
  entries: Int32Array;
}

interface SparseVector {
  idx: number[];
  val: number[];
}

/** A feature's weights as the model stores them: the entries holding one, and their weights. */
interface SparseWeights {
  cls: Int32Array;
  w: Float32Array;
}

/**
 * The weights of a feature every entry has one for, in entry order. Words found in phrasings of every article of a
 * large knowledge base ("how", "can i") are of this kind: a query adds them up entry by entry in one pass over the
 * scores (see `match`), not one pass per feature through the entry list.
 */
interface DenseWeights {
  dense: Float32Array;
}

function densify(f: SparseWeights, entries: number): DenseWeights {
  const dense = new Float32Array(entries);
  f.cls.forEach((c, j) => (dense[c] = f.w[j]));
  return { dense };
}

/**
 * The entries' phrasings, for the nearest-phrasing similarity: their vectors (stop words damped), texts and whether
 * they hold a negation, packed in a few arrays. An object and two number arrays per phrasing took 46 MB of the 47 MB
 * heap of a 10,000-article locale's model (40,000 phrasings); packed, they take 11 MB.
 */
interface Phrasings {
  /** Entry c's phrasings are `first[c]` to `first[c + 1] - 1`. */
  first: Int32Array;
  /** Phrasing p's vector is `ids` and `weights` from `start[p]` to `start[p + 1] - 1`. */
  start: Int32Array;
  ids: Int32Array;
  weights: Float32Array;
  texts: string[];
  /** 1 when phrasing p holds a negation. */
  negated: Uint8Array;
}

export interface Model {
  keys: string[];
  featureIds: Map<string, number>;
  idf: Float64Array;
  unseenIdf: number;
  /** Final averaged weights per feature, as parallel arrays. */
  weights: (SparseWeights | undefined)[];
  phrasings: Phrasings;
  locale: string;
}

const CHAR_GRAM = 4;
const CHAR_WEIGHT = 0.8;
/**
 * Factor of the similarity between a question and a phrasing one of which is negated and the other not: "not join
 * contest" shares most words with "join the contest", but asks the opposite.
 */
const NEGATION_MISMATCH = 0.25;
/** Weight of a stop word in the similarity to the nearest phrasing (the model learns its own weights for them). */
const STOP_WORD_WEIGHT = 0.2;
/** Locale of entries in no particular language (`und`: undetermined, in BCP 47): words are folded, not stemmed. */
const ANY_LANGUAGE = 'und';
/** Wrong classes updated per training example: the closest competitors only, which keeps the weights sparse. */
const COMPETITORS = 5;
const AGGRESSIVENESS = 1;
const TRAINING_BUDGET_MS = 60_000;
/** Least number of alternatives the probability is spread over (see `match`). */
const OPEN_SET_FLOOR = 30;
/** Training examples between two looks at the clock (the budget). */
const CHECK_EVERY = 64;
/** Features averaged between two pauses of a training (see `trainingSteps`). */
const FEATURES_A_STEP = 1024;

/**
 * The features of a question's words. A negation marks the words after it (`n:join`): "not join contest" shares
 * them with "I do not want to join the contest", not with "how do I join the contest". With `dampStopWords`, stop
 * words weigh STOP_WORD_WEIGHT (for the similarity to the nearest phrasing).
 */
export function rawFeatures(
  words: QuestionWord[],
  dampStopWords = false,
  semanticFeatures?: MatcherOptions['semanticFeatures'],
): Map<string, number> {
  const counts = new Map<string, number>(semanticFeatures?.(words));
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  let negated = false;
  words.forEach((word, i) => {
    const weight = dampStopWords && word.stop ? STOP_WORD_WEIGHT : 1;
    add(`w:${word.term}`, weight);
    if (i > 0) add(`b:${words[i - 1].term} ${word.term}`, 1);
    if (negated && !word.stop && !word.negation) add(`n:${word.term}`, 1);
    negated ||= word.negation;
    const padded = `<${word.form}>`;
    for (let j = 0; j + CHAR_GRAM <= padded.length; j += 1)
      add(`c:${padded.slice(j, j + CHAR_GRAM)}`, CHAR_WEIGHT * weight);
  });
  return counts;
}

/**
 * TF-IDF vector, L2-normalised. Features never seen in training are dropped but still count in the norm (as the
 * rarest feature), so a question made mostly of unknown words stays far from everything.
 */
export function vectorise(
  raw: Map<string, number>,
  featureIds: Map<string, number>,
  idf: Float64Array,
  unseenIdf: number,
): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  let norm = 0;
  for (const [feature, count] of raw) {
    const id = featureIds.get(feature);
    const w = (count >= 1 ? 1 + Math.log(count) : count) * (id === undefined ? unseenIdf : idf[id]);
    norm += w * w;
    if (id === undefined) continue;
    idx.push(id);
    val.push(w);
  }
  norm = Math.sqrt(norm) || 1;
  return { idx, val: val.map((v) => v / norm) };
}

/**
 * Numbers appended one at a time to a typed array that grows by half when full: what training reads of its
 * questions, in a few arrays instead of three small ones per question (~1.4 KB a question in the V8 heap). Each
 * array it outgrows is released (see `releaseBuffer`).
 */
class GrowingArray<A extends Int32Array | Uint16Array | Float32Array> {
  array: A;
  length = 0;

  constructor(private readonly make: (length: number) => A) {
    this.array = make(1024);
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const larger = this.make(Math.ceil(this.array.length * 1.5));
      larger.set(this.array);
      releaseBuffer(this.array);
      this.array = larger;
    }
    this.array[this.length] = value;
    this.length += 1;
  }

  /** The values, in an array of their own length; this one is released (and not to be used any more). */
  trimmed(): A {
    const values = this.array.slice(0, this.length) as A;
    releaseBuffer(this.array);
    return values;
  }
}

/**
 * `vectorise` of training questions, whose features all have ids, in place: `values` holds the weights (counts) of
 * the features `ids` of question q from `start[q]` to `start[q + 1] - 1`, and becomes its vector's values. Float32:
 * half the memory of a training's largest arrays (1.4 million values at 10,000 articles; CLINC150's top-1 unchanged,
 * bench/README.md, session 19). The counts are stored in Float32 too; each value is computed from its count in double
 * precision, its logarithm twice (for the norm, then the value) rather than held in a third array.
 */
function vectoriseKnown(start: Int32Array, ids: Int32Array, values: Float32Array, idf: Float64Array): void {
  const weight = (k: number) => {
    const count = values[k];
    return (count >= 1 ? 1 + Math.log(count) : count) * idf[ids[k]];
  };
  for (let q = 0; q + 1 < start.length; q += 1) {
    let norm = 0;
    for (let k = start[q]; k < start[q + 1]; k += 1) norm += weight(k) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = start[q]; k < start[q + 1]; k += 1) values[k] = weight(k) / norm;
  }
}

/** Pairs of a feature's first block (see WeightTable); each next block holds twice as many, up to MAX_BLOCK. */
const FIRST_BLOCK = 2;
const MAX_BLOCK = 1024;
/** Pairs of a chunk of the weights' arrays (allocated whole, never grown, so never copied). */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/**
 * The weights of every (feature, entry) pair during training, and where each pair sits. Pairs live in fixed chunks
 * of typed arrays, a feature's pairs in blocks chained in the order they were added (the order the scores add up in),
 * each block twice the previous one up to MAX_BLOCK (a feature only one entry has, as most word pairs and character
 * grams of a large knowledge base, takes a block of FIRST_BLOCK); an open-addressing table finds a pair. Arrays per
 * feature (three JS number arrays each) took ~45 MB of heap for a 10,000-article locale of the bench (756,000 pairs,
 * with their growth's slack and garbage); these chunks take 12 B a pair (~11 MB), allocated once each.
 */
class WeightTable {
  /**
   * Per chunk: each pair's entry, weight, and time-weighted sum of updates (for averaging: averaged perceptron). The
   * sums in Float32 too: 12 B a pair instead of 20 (~6 MB less at 10,000 articles); CLINC150's top-1 unchanged
   * (bench/README.md, session 20).
   */
  readonly cls: Int32Array[] = [];
  readonly w: Float32Array[] = [];
  readonly u: Float32Array[] = [];
  /** Per feature: its first and last block (-1: none yet), and how many pairs its last block holds. */
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly fill: Int32Array;
  /** Per block: its first pair (chunk and position), its size, and the next block of its feature (-1: none). */
  readonly start = new GrowingArray((n) => new Int32Array(n));
  readonly size = new GrowingArray((n) => new Uint16Array(n));
  readonly next = new GrowingArray((n) => new Int32Array(n));
  /** Pairs handed out in the last chunk. */
  private used = CHUNK;
  /** The feature of a table position, -1 when empty; its pair is `slots[h]`. */
  private keys = new Int32Array(1 << 16).fill(-1);
  private slots = new Int32Array(1 << 16);
  private pairs = 0;

  constructor(features: number) {
    this.head = new Int32Array(features).fill(-1);
    this.tail = new Int32Array(features).fill(-1);
    this.fill = new Int32Array(features);
  }

  /** Pair `index`'s entry. */
  entryOf(index: number): number {
    return this.cls[index >>> CHUNK_BITS][index & CHUNK_MASK];
  }

  /** Index of the pair of entry `cls` in feature `f` (its chunk: `index >>> CHUNK_BITS`), added with weights 0. */
  pair(f: number, cls: number): number {
    const mask = this.keys.length - 1;
    let h = WeightTable.hash(f, cls) & mask;
    for (; this.keys[h] !== -1; h = (h + 1) & mask)
      if (this.keys[h] === f && this.entryOf(this.slots[h]) === cls) return this.slots[h];
    const index = this.append(f, cls);
    this.keys[h] = f;
    this.slots[h] = index;
    this.pairs += 1;
    // At most three quarters full, so that probes stay short.
    if (this.pairs * 4 > this.keys.length * 3) this.grow();
    return index;
  }

  /** Pairs of block `b` of feature `f`. */
  blockSize(f: number, b: number): number {
    return b === this.tail[f] ? this.fill[f] : this.size.array[b];
  }

  /** Feature `f`'s weights as the model stores them (undefined if it has none), averaged over `step` updates. */
  averaged(f: number, step: number): SparseWeights | undefined {
    if (this.head[f] === -1) return undefined;
    const next = this.next.array;
    const start = this.start.array;
    let size = 0;
    for (let b = this.head[f]; b !== -1; b = next[b]) size += this.blockSize(f, b);
    const cls = new Int32Array(size);
    const w = new Float32Array(size);
    let j = 0;
    for (let b = this.head[f]; b !== -1; b = next[b]) {
      const chunk = start[b] >>> CHUNK_BITS;
      const from = start[b] & CHUNK_MASK;
      const to = from + this.blockSize(f, b);
      for (let p = from; p < to; p += 1, j += 1) {
        cls[j] = this.cls[chunk][p];
        w[j] = this.w[chunk][p] - this.u[chunk][p] / step;
      }
    }
    return { cls, w };
  }

  /** Releases the table that finds pairs (8 MB at 756,000 pairs), once no pair is added: `averaged` reads blocks. */
  releaseLookup(): void {
    releaseBuffer(this.keys);
    releaseBuffer(this.slots);
  }

  private append(f: number, cls: number): number {
    const last = this.tail[f];
    if (last === -1 || this.fill[f] === this.size.array[last]) {
      const size = last === -1 ? FIRST_BLOCK : Math.min(MAX_BLOCK, 2 * this.size.array[last]);
      // A block never spans two chunks (the end of a chunk too small for it is left unused).
      if (this.used + size > CHUNK) {
        this.cls.push(new Int32Array(CHUNK));
        this.w.push(new Float32Array(CHUNK));
        this.u.push(new Float32Array(CHUNK));
        this.used = 0;
      }
      const b = this.start.length;
      this.start.push(((this.cls.length - 1) << CHUNK_BITS) | this.used);
      this.size.push(size);
      this.next.push(-1);
      this.used += size;
      if (last === -1) this.head[f] = b;
      else this.next.array[last] = b;
      this.tail[f] = b;
      this.fill[f] = 0;
    }
    const index = this.start.array[this.tail[f]] + this.fill[f]++;
    this.cls[index >>> CHUNK_BITS][index & CHUNK_MASK] = cls;
    return index;
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.slots = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i += 1) {
      if (keys[i] === -1) continue;
      let h = WeightTable.hash(keys[i], this.entryOf(slots[i])) & mask;
      while (this.keys[h] !== -1) h = (h + 1) & mask;
      this.keys[h] = keys[i];
      this.slots[h] = slots[i];
    }
    releaseBuffer(keys);
    releaseBuffer(slots);
  }

  private static hash(f: number, cls: number): number {
    const h = Math.imul(f ^ Math.imul(cls, 0x9e3779b1), 0x85ebca6b);
    return h ^ (h >>> 15);
  }
}

/** Deterministic shuffle (training must give the same model for the same questions). */
function shuffle(order: number[], seed: number): void {
  let state = seed;
  for (let i = order.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/**
 * The training vectors of the entries' questions, and the model as far as it does not depend on the weights: the
 * phrasings (whose features are the training vectors', `phrasings.start` and `phrasings.ids`), feature ids and idf.
 * Question q is of entry `classes[q]`, its vector's values from `phrasings.start[q]` are `values`. Packed (see
 * GrowingArray, each trimmed to its length); the arrays grown are released as they are outgrown and trimmed.
 */
function* vectoriseQuestions(
  entries: MatcherEntry[],
  options: MatcherOptions,
): Generator<void, { model: Omit<Model, 'weights'>; classes: Int32Array; values: Float32Array }> {
  const keys: string[] = [];
  const featureIds = new Map<string, number>();
  const df: number[] = [];
  const locale = options.locale ?? ANY_LANGUAGE;
  const analyzer = analyzerFor(locale, true);
  // Question q's features are `ids` from `starts[q]` to `starts[q + 1] - 1`, with their weights (`counts`) and with
  // stop words damped (`damped`).
  const starts = new GrowingArray((n) => new Int32Array(n));
  const ids = new GrowingArray((n) => new Int32Array(n));
  const counts = new GrowingArray((n) => new Float32Array(n));
  const damped = new GrowingArray((n) => new Float32Array(n));
  const classOf = new GrowingArray((n) => new Int32Array(n));
  const negations: number[] = [];
  const texts: string[] = [];
  starts.push(0);
  for (const entry of entries) {
    const questions = entry.questions.map((q) => q.trim()).filter(Boolean);
    if (questions.length === 0) continue;
    const cls = keys.push(entry.key) - 1;
    for (const text of questions) {
      const words = analyzer.questionWords(text);
      for (const [feature, count] of rawFeatures(words, false, options.semanticFeatures)) {
        let id = featureIds.get(feature);
        if (id === undefined) {
          id = featureIds.size;
          featureIds.set(feature, id);
          df.push(0);
        }
        df[id] += 1;
        ids.push(id);
        counts.push(count);
      }
      // Damping changes weights, never which features there are, nor their order.
      for (const weight of rawFeatures(words, true, options.semanticFeatures).values()) damped.push(weight);
      starts.push(ids.length);
      classOf.push(cls);
      negations.push(words.some((w) => w.negation) ? 1 : 0);
      texts.push(text);
      yield;
    }
  }
  const idf = new Float64Array(df.length);
  df.forEach((n, id) => (idf[id] = Math.log((1 + texts.length) / (1 + n)) + 1));
  const unseenIdf = Math.log(1 + texts.length) + 1;
  // The model keeps `start` and `ids`: arrays of their own length (serialising a view would write all its buffer).
  const start = starts.trimmed();
  const features = ids.trimmed();
  const values = counts.trimmed();
  vectoriseKnown(start, features, values, idf);
  const dampedValues = damped.trimmed();
  vectoriseKnown(start, features, dampedValues, idf);
  const classes = classOf.trimmed();
  const first = new Int32Array(keys.length + 1);
  classes.forEach((cls, p) => (first[cls + 1] = p + 1));
  const phrasings: Phrasings = {
    first,
    start,
    ids: features,
    weights: dampedValues,
    texts,
    negated: Uint8Array.from(negations),
  };
  return { model: { keys, featureIds, idf, unseenIdf, phrasings, locale }, classes, values };
}

/**
 * Trains a model on the entries: pure, synchronous and CPU-bound for seconds to minutes on large knowledge bases
 * (see `trainingSteps` for a training in slices).
 */
export function trainMatcher(entries: MatcherEntry[], options: MatcherOptions = {}): Model {
  return finish(trainingSteps(entries, options));
}

/** Runs steps to their end (see `trainingSteps`): their result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `trainMatcher` in steps: the generator pauses after each question vectorised, each example learnt and every
 * FEATURES_A_STEP features averaged (tens of µs to a millisecond of work each at 10,000 articles; the step that
 * finishes the vectorisation, and collects its garbage, takes longer), so that a thread can train in slices
 * between other work (the matching worker trains between matches), and the training's memory is that thread's, not a
 * thread of its own (an isolate of 10-18 MB, and a heap).
 */
export function* trainingSteps(entries: MatcherEntry[], options: MatcherOptions = {}): Generator<void, Model> {
  const { model, classes, values } = yield* vectoriseQuestions(entries, options);
  options.collectGarbage?.();
  const { first, start, ids: features } = model.phrasings;
  const entryCount = model.keys.length;
  const examples = classes.length;
  const table = new WeightTable(model.idf.length);
  const { head, cls: entryAt, w: weightAt } = table;
  const scores = new Float64Array(entryCount);
  const seen = new Uint8Array(entryCount);
  const touched: number[] = [];
  let step = 1;
  /** Adds `delta` times example q's vector to the weights of entry `cls`. */
  const update = (q: number, cls: number, delta: number) => {
    for (let k = start[q]; k < start[q + 1]; k += 1) {
      const index = table.pair(features[k], cls);
      const chunk = index >>> CHUNK_BITS;
      const at = index & CHUNK_MASK;
      table.w[chunk][at] += delta * values[k];
      table.u[chunk][at] += step * delta * values[k];
    }
  };
  // Start from each class's centroid, so that the model answers for every article even when the budget stops the
  // refinement early (large knowledge bases whose words are shared by thousands of articles).
  for (let q = 0; q < examples; q += 1) {
    const cls = classes[q];
    update(q, cls, 1 / (first[cls + 1] - first[cls]));
    yield;
  }
  /**
   * Learns example q: its scores for the entries sharing its features, then passive-aggressive updates towards its
   * entry and away from its closest rivals. A function apart from the generator below, which V8 optimises less well.
   */
  const learn = (q: number) => {
    const target = classes[q];
    touched.length = 0;
    // Updates below may grow the block arrays, never while scoring.
    const blockStart = table.start.array;
    const next = table.next.array;
    for (let k = start[q]; k < start[q + 1]; k += 1) {
      const f = features[k];
      const x = values[k];
      for (let b = head[f]; b !== -1; b = next[b]) {
        const chunk = blockStart[b] >>> CHUNK_BITS;
        const entries = entryAt[chunk];
        const weights = weightAt[chunk];
        const from = blockStart[b] & CHUNK_MASK;
        const to = from + table.blockSize(f, b);
        for (let p = from; p < to; p += 1) {
          const c = entries[p];
          if (!seen[c]) {
            seen[c] = 1;
            scores[c] = 0;
            touched.push(c);
          }
          scores[c] += weights[p] * x;
        }
      }
    }
    const own = seen[target] ? scores[target] : 0;
    const rivals = touched
      .filter((c) => c !== target && scores[c] > own - 1)
      .sort((a, b) => scores[b] - scores[a])
      .slice(0, COMPETITORS);
    for (const c of touched) seen[c] = 0;
    if (rivals.length === 0) {
      if (own < 1) update(q, target, Math.min(AGGRESSIVENESS, 1 - own));
    } else {
      for (const c of rivals) {
        const tau = Math.min(AGGRESSIVENESS, (1 - (own - scores[c])) / 2) / rivals.length;
        update(q, target, tau);
        update(q, c, -tau);
      }
    }
    step += 1;
  };
  const order = Array.from({ length: examples }, (_, q) => q);
  const epochs = options.epochs ?? 8;
  const now = options.clock ?? Date.now;
  const deadline = now() + (options.budgetMs ?? TRAINING_BUDGET_MS);
  training: for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(order, epoch + 1);
    for (let n = 0; n < order.length; n += 1) {
      if (n % CHECK_EVERY === 0 && now() > deadline) break training;
      learn(order[n]);
      yield;
    }
  }
  // What the averaging does not read goes before it makes the model's weights.
  table.releaseLookup();
  releaseBuffer(values);
  const weights: Model['weights'] = [];
  for (let f = 0; f < head.length; f += 1) {
    weights.push(table.averaged(f, step));
    if (f % FEATURES_A_STEP === 0) yield;
  }
  const { keys, featureIds, idf, unseenIdf, phrasings, locale } = model;
  // In the order models were always serialised in.
  return { keys, featureIds, idf, unseenIdf, weights, phrasings, locale };
}

/**
 * A trained model, queried synchronously. Replaced wholesale when the questions change (see `trainMatcher`), so a
 * query always sees one consistent model.
 */
export class QuestionMatcher {
  private readonly sharpness: number;
  /** The model's weights per feature, those every entry has laid out densely (see DenseWeights). */
  private readonly rows: (SparseWeights | DenseWeights | undefined)[];
  private readonly all: KeyFilter;
  private readonly corrector: QueryCorrector;
  private readonly analyzer: Analyzer;
  private readonly semanticFeatures: MatcherOptions['semanticFeatures'];

  constructor(
    private readonly model: Model,
    options: MatcherOptions = {},
  ) {
    this.sharpness = options.sharpness ?? 5;
    this.semanticFeatures = options.semanticFeatures;
    const entries = model.keys.length;
    this.rows = model.weights.map((f) => (f && f.cls.length === entries ? densify(f, entries) : f));
    this.all = { entries: Int32Array.from(model.keys.keys()) };
    this.corrector = new QueryCorrector(model);
    this.analyzer = analyzerFor(model.locale, true);
  }

  static train(entries: MatcherEntry[], options: MatcherOptions = {}): QuestionMatcher {
    return new QuestionMatcher(trainMatcher(entries, options), options);
  }

  get size(): number {
    return this.model.keys.length;
  }

  /** The index terms of the words of `query` that say what it is about (stop words aside), as written. */
  contentTerms(query: string): string[] {
    return this.analyzer
      .questionWords(query)
      .filter((w) => !w.stop)
      .map((w) => w.term);
  }

  /** Whether one of this model's phrasings has a word of index term `term`. */
  knows(term: string): boolean {
    return this.model.featureIds.has(`w:${term}`);
  }

  /**
   * For each word of `query` that says what it is about (see `contentTerms`), whether this model knows it, or a word
   * it is a typo of or that it splits into (see QueryCorrector).
   */
  recognises(query: string): boolean[] {
    return this.analyzer
      .questionWords(query)
      .filter((w) => !w.stop)
      .map((w) => this.knows(w.term) || this.corrector.correct(w.form).every((c) => c.stop || this.knows(c.term)));
  }

  /** The entries whose key passes `accept`, as a filter for `match`: compute it once per model and predicate. */
  filter(accept: (key: string) => boolean): KeyFilter {
    const entries: number[] = [];
    this.model.keys.forEach((key, c) => {
      if (accept(key)) entries.push(c);
    });
    return { entries: Int32Array.from(entries) };
  }

  /**
   * Best entries for a query, best first; `accept` restricts the keys considered (audience, locale...): a filter
   * from `filter`, or a predicate (evaluated on every key: slower).
   */
  match(query: string, limit: number, accept: KeyFilter | ((key: string) => boolean) = this.all): MatcherHit[] {
    const { entries } = typeof accept === 'function' ? this.filter(accept) : accept;
    const { keys, featureIds, idf, unseenIdf } = this.model;
    const words = this.corrector.correct(query);
    const v = vectorise(rawFeatures(words, false, this.semanticFeatures), featureIds, idf, unseenIdf);
    if (v.idx.length === 0) return [];
    // Dense accumulators: a query may touch thousands of articles in a large knowledge base. The hot loop only marks
    // what it touches (no branch, no list): reading the marks afterwards costs one byte per entry.
    const scores = new Float64Array(keys.length);
    const touched = new Uint8Array(keys.length);
    const denseRows: Float32Array[] = [];
    const denseX: number[] = [];
    for (let k = 0; k < v.idx.length; k += 1) {
      const f = this.rows[v.idx[k]];
      if (!f) continue;
      const x = v.val[k];
      if ('dense' in f) {
        denseRows.push(f.dense);
        denseX.push(x);
        continue;
      }
      const { cls, w } = f;
      for (let j = 0; j < cls.length; j += 1) {
        const c = cls[j];
        touched[c] = 1;
        scores[c] += w[j] * x;
      }
    }
    // The features every entry weighs, added up entry by entry: one pass over the scores instead of one per feature
    // (and every entry is touched). Only accepted entries are read from here on.
    const everyEntry = denseRows.length > 0;
    if (everyEntry) {
      for (let i = 0; i < entries.length; i += 1) {
        const c = entries[i];
        let sum = 0;
        for (let d = 0; d < denseRows.length; d += 1) sum += denseRows[d][c] * denseX[d];
        scores[c] += sum;
      }
    }
    // Keys the query touches no weight of score 0; they still count in the normalisation, and so does a floor of
    // unseen alternatives: with three articles, "none of them" is still the likeliest answer to most questions.
    let z = 0;
    let acceptedTouched = 0;
    // Entries ranked by index, higher score first (ties in entry order): no pair allocated per candidate.
    const ranked: number[] = [];
    const byScore = (a: number, b: number) => scores[a] > scores[b];
    for (let i = 0; i < entries.length; i += 1) {
      const c = entries[i];
      if (!everyEntry && !touched[c]) continue;
      acceptedTouched += 1;
      z += Math.exp(this.sharpness * scores[c]);
      offerTop(ranked, c, limit, byScore);
    }
    z += Math.max(entries.length, OPEN_SET_FLOOR) - acceptedTouched;
    const damped = vectorise(rawFeatures(words, true, this.semanticFeatures), featureIds, idf, unseenIdf);
    const queryWeights = new Map(damped.idx.map((id, k) => [id, damped.val[k]]));
    const negated = words.some((w) => w.negation) ? 1 : 0;
    const { first, start, ids, weights, texts, negated: negatedAt } = this.model.phrasings;
    return ranked.map((c) => {
      let best = first[c];
      let bestSimilarity = 0;
      for (let p = first[c]; p < first[c + 1]; p += 1) {
        let cosine = 0;
        for (let k = start[p]; k < start[p + 1]; k += 1) cosine += (queryWeights.get(ids[k]) ?? 0) * weights[k];
        const similarity = cosine * (negatedAt[p] === negated ? 1 : NEGATION_MISMATCH);
        if (similarity > bestSimilarity) {
          best = p;
          bestSimilarity = similarity;
        }
      }
      return {
        key: keys[c],
        probability: Math.exp(this.sharpness * scores[c]) / z,
        similarity: Math.min(1, bestSimilarity),
        matchedQuestion: texts[best],
      };
    });
  }
}
