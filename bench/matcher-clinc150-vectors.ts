/**
 * Does a semantic signal from word vectors (bench/word-vectors.ts) lift the question matcher on
 * CLINC150 once it has ranked? The matcher alone (as bench/matcher-clinc150.ts; GAMMA > 0 adds the dense features of
 * bench/matcher-clinc150-dense.ts), its top 10 reranked by its log-probability + β × a signal computed on the
 * questions' SIF vectors (bench/sif-embedder.ts):
 *   - knn: cosine to the candidate's nearest phrasing;
 *   - centroid: cosine to the mean of the candidate's phrasings;
 *   - linear: log-probability of a softmax regression trained on the phrasings' vectors;
 *   - align: each query content word aligned to its closest word of a phrasing (idf-weighted mean cosine), best
 *     phrasing of the candidate.
 * β (and pairs of signals) are chosen on a held-out fifth of `train` (a matcher trained on the rest), then the
 * full matcher is measured on `val`, clean and with typos.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/matcher-clinc150-vectors.js
 * (WORD_VECTORS, WINK_EMBEDDINGS: see bench/word-vectors.ts; GAMMA, default 0; SEED=typo seed;
 * CACHE=a JSON file keeping the scored candidates, to rerun the fusion alone)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { QueryCorrector } from '../src/modules/matcher/query-corrector.js';
import { QuestionMatcher, trainMatcher } from '../src/modules/matcher/question-matcher.js';
import { benchWordVectors } from './word-vectors.js';
import { random as seededRandom } from './search-engine-corpus.js';
import { SifEmbedder, dot, normalise } from './sif-embedder.js';
import { withTypos } from './typos.js';

type Labelled = [string, string];
const DATA = process.env.CLINC150 ?? '/work/shared/datasets/clinc150/clinc150-dev.json';
const data = JSON.parse(readFileSync(DATA, 'utf8')) as Record<'train' | 'val', Labelled[]>;
const vectors = benchWordVectors();
const GAMMA = Number(process.env.GAMMA ?? 0);
const CANDIDATES = 10;
const SOFTMAX_EPOCHS = 10;

interface Experiment {
  /** Per query: the matcher's top candidates with log-probabilities, and each signal per candidate. */
  rows: { intent: string; candidates: string[]; logp: number[]; signals: Record<string, number[]> }[];
}

/** Softmax regression on unit vectors (SGD, learning rate decaying per epoch): log-probability per class. */
function softmaxRegression(examples: { cls: number; v: Float32Array }[], classes: number, dims: number) {
  const weights = Array.from({ length: classes }, () => new Float32Array(dims + 1));
  const logits = new Float64Array(classes);
  const logProbabilities = (x: Float32Array): Float64Array => {
    let max = -Infinity;
    weights.forEach((w, c) => {
      let s = w[dims];
      for (let d = 0; d < dims; d += 1) s += w[d] * x[d];
      logits[c] = s;
      max = Math.max(max, s);
    });
    let z = 0;
    for (let c = 0; c < classes; c += 1) z += Math.exp(logits[c] - max);
    return logits.map((l) => l - max - Math.log(z));
  };
  const order = examples.map((_, i) => i);
  let seed = 7;
  for (let epoch = 0; epoch < SOFTMAX_EPOCHS; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = 0.5 / (1 + epoch);
    for (const i of order) {
      const { cls, v } = examples[i];
      const logp = logProbabilities(v);
      for (let c = 0; c < classes; c += 1) {
        const g = (c === cls ? 1 : 0) - Math.exp(logp[c]);
        if (Math.abs(g) < 1e-4) continue;
        const w = weights[c];
        for (let d = 0; d < dims; d += 1) w[d] += rate * g * v[d];
        w[dims] += rate * g;
      }
    }
  }
  return logProbabilities;
}

/** Trains on `training`, then scores `queries`: the matcher's candidates and every signal for them. */
function experiment(training: Labelled[], queries: Labelled[]): Experiment {
  const byIntent = new Map<string, string[]>();
  for (const [q, intent] of training) byIntent.set(intent, [...(byIntent.get(intent) ?? []), q]);
  const entries = [...byIntent].map(([intent, questions]) => ({
    key: intent,
    questions: [intent.replace(/_/g, ' '), ...questions],
  }));
  const embedder = new SifEmbedder(vectors, entries);
  const options = {
    locale: 'en',
    budgetMs: Number.POSITIVE_INFINITY,
    semanticFeatures: embedder.features(GAMMA, false),
  };
  const model = trainMatcher(entries, options);
  const matcher = new QuestionMatcher(model, options);
  const corrector = new QueryCorrector(model);
  const classes = entries.map((e) => e.key);
  const classIndex = new Map(classes.map((c, i) => [c, i]));

  const frequency = new Map<string, number>();
  let tokens = 0;
  const phrasings = entries.flatMap((e) =>
    e.questions.map((q) => {
      const words = corrector.correct(q);
      for (const w of words) frequency.set(embedder.wordOf(w), (frequency.get(embedder.wordOf(w)) ?? 0) + 1);
      tokens += words.length;
      return {
        cls: classIndex.get(e.key)!,
        v: embedder.embed(words),
        content: words
          .filter((w) => !w.stop)
          .map((w) => embedder.wordOf(w))
          .filter((w) => embedder.unitOf(w)),
      };
    }),
  );
  const centroids = classes.map(() => new Float32Array(embedder.dims));
  for (const p of phrasings) centroids[p.cls].forEach((_, d, c) => (c[d] += p.v[d]));
  centroids.forEach(normalise);
  const linear = softmaxRegression(phrasings, classes.length, embedder.dims);
  const idf = (word: string) => Math.log(tokens / (1 + (frequency.get(word) ?? 0)));
  const align = (content: string[], cls: number): number => {
    const total = content.reduce((s, w) => s + idf(w), 0) || 1;
    let best = 0;
    for (const p of phrasings) {
      if (p.cls !== cls) continue;
      let sum = 0;
      for (const w of content) {
        const u = embedder.unitOf(w)!;
        let closest = 0;
        for (const x of p.content) closest = Math.max(closest, x === w ? 1 : dot(u, embedder.unitOf(x)!));
        sum += idf(w) * closest;
      }
      best = Math.max(best, sum / total);
    }
    return best;
  };

  const rows = queries.map(([text, intent]) => {
    const hits = matcher.match(text, CANDIDATES);
    const words = corrector.correct(text);
    const q = embedder.embed(words);
    const content = words
      .filter((w) => !w.stop)
      .map((w) => embedder.wordOf(w))
      .filter((w) => embedder.unitOf(w));
    const nearest = new Float64Array(classes.length).fill(-1);
    for (const p of phrasings) nearest[p.cls] = Math.max(nearest[p.cls], dot(q, p.v));
    const logp = linear(q);
    const candidates = hits.map((h) => classIndex.get(h.key)!);
    return {
      intent,
      candidates: hits.map((h) => h.key),
      logp: hits.map((h) => Math.log(h.probability)),
      signals: {
        knn: candidates.map((c) => nearest[c]),
        centroid: candidates.map((c) => dot(q, centroids[c])),
        linear: candidates.map((c) => logp[c]),
        align: candidates.map((c) => align(content, c)),
      },
    };
  });
  return { rows };
}

/** Top-1 and top-3 (%) of the candidates reranked by log p + Σ β × signal. */
function accuracy(e: Experiment, betas: Record<string, number>): [number, number] {
  let top1 = 0;
  let top3 = 0;
  for (const r of e.rows) {
    const score = r.candidates.map((_, i) =>
      Object.entries(betas).reduce((sum, [signal, beta]) => sum + beta * r.signals[signal][i], r.logp[i]),
    );
    const ranked = r.candidates.map((c, i) => [c, score[i]] as const).sort((a, b) => b[1] - a[1]);
    if (ranked[0]?.[0] === r.intent) top1 += 1;
    if (ranked.slice(0, 3).some(([c]) => c === r.intent)) top3 += 1;
  }
  return [(100 * top1) / e.rows.length, (100 * top3) / e.rows.length];
}

const BETAS = [0, 0.5, 1, 2, 3, 4, 6, 8, 12, 16];
const SIGNALS = ['knn', 'centroid', 'linear', 'align'];
const random = seededRandom(Number(process.env.SEED ?? 1));
const typoVal = data.val.map(([q, intent]) => [withTypos(q, random), intent] as Labelled);
const started = Date.now();
const cache = process.env.CACHE;
const { tuning, clean, typos } = (
  cache && existsSync(cache)
    ? JSON.parse(readFileSync(cache, 'utf8'))
    : {
        tuning: experiment(
          data.train.filter((_, i) => i % 5 !== 0),
          data.train.filter((_, i) => i % 5 === 0),
        ),
        clean: experiment(data.train, data.val),
        typos: experiment(data.train, typoVal),
      }
) as Record<'tuning' | 'clean' | 'typos', Experiment>;
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify({ tuning, clean, typos }));
console.log(`matcher with dense features × ${GAMMA}, scored in ${Date.now() - started} ms`);
const recall = (e: Experiment) =>
  ((100 * e.rows.filter((r) => r.candidates.includes(r.intent)).length) / e.rows.length).toFixed(1);
console.log(`top-${CANDIDATES} recall: tuning ${recall(tuning)}%, val ${recall(clean)}%, typos ${recall(typos)}%`);
const fmt = ([a, b]: [number, number]) => `${a.toFixed(1)} / ${b.toFixed(1)}`;
const report = (label: string, betas: Record<string, number>) =>
  console.log(
    `${label}: tuning ${fmt(accuracy(tuning, betas))}, val ${fmt(accuracy(clean, betas))}, typos ${fmt(accuracy(typos, betas))}`,
  );
report('matcher alone', {});
for (const signal of SIGNALS) {
  const best = BETAS.reduce((b, beta) =>
    accuracy(tuning, { [signal]: beta })[0] > accuracy(tuning, { [signal]: b })[0] ? beta : b,
  );
  report(`+ ${best} × ${signal}`, { [signal]: best });
}
for (const [a, b] of [
  ['knn', 'align'],
  ['knn', 'linear'],
  ['centroid', 'linear'],
  ['align', 'linear'],
]) {
  let best = { [a]: 0, [b]: 0 };
  for (const x of BETAS)
    for (const y of BETAS)
      if (accuracy(tuning, { [a]: x, [b]: y })[0] > accuracy(tuning, best)[0]) best = { [a]: x, [b]: y };
  report(`+ ${best[a]} × ${a} + ${best[b]} × ${b}`, best);
}
