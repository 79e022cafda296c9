/**
 * Word vectors as features of the question matcher's linear model (early fusion, against the reranking of
 * bench/matcher-clinc150-vectors.ts): each question also gets its SIF-weighted mean word vector (first principal
 * component removed, unit length) × γ as 100 dense features `v:<dimension>`; soft word features (SOFT=1) add, for
 * each content word, its nearest knowledge-base words by cosine as `w:` features weighted by the cosine. CLINC150 val
 * top-1 / top-3, clean and with typos, for several γ.
 *
 * Run: npx tsc -p tsconfig.json && node dist/bench/matcher-clinc150-dense.js
 * (WORD_VECTORS, WINK_EMBEDDINGS: see bench/word-vectors.ts; GAMMAS=0,2,4; SEED=typo seed)
 */
import { readFileSync } from 'node:fs';
import { QuestionMatcher } from '../src/modules/matcher/question-matcher.js';
import { benchWordVectors } from './word-vectors.js';
import { random as seededRandom } from './search-engine-corpus.js';
import { SifEmbedder } from './sif-embedder.js';
import { withTypos } from './typos.js';

type Labelled = [string, string];
const DATA = process.env.CLINC150 ?? '/work/shared/datasets/clinc150/clinc150-dev.json';
const data = JSON.parse(readFileSync(DATA, 'utf8')) as Record<'train' | 'val', Labelled[]>;
const GAMMAS = (process.env.GAMMAS ?? '0,3,6').split(',').map(Number);
const SOFT = process.env.SOFT === '1';

const byIntent = new Map<string, string[]>();
for (const [q, intent] of data.train) byIntent.set(intent, [...(byIntent.get(intent) ?? []), q]);
const entries = [...byIntent].map(([intent, questions]) => ({
  key: intent,
  questions: [intent.replace(/_/g, ' '), ...questions],
}));
const embedder = new SifEmbedder(benchWordVectors(), entries);

const random = seededRandom(Number(process.env.SEED ?? 1));
const typoVal = data.val.map(([q, intent]) => [withTypos(q, random), intent] as Labelled);
for (const gamma of GAMMAS) {
  const started = Date.now();
  const options = {
    locale: 'en',
    budgetMs: Number.POSITIVE_INFINITY,
    semanticFeatures: embedder.features(gamma, SOFT),
  };
  const matcher = QuestionMatcher.train(entries, options);
  const measure = (queries: Labelled[]) => {
    let top1 = 0;
    let top3 = 0;
    for (const [q, intent] of queries) {
      const hits = matcher.match(q, 3).map((h) => h.key);
      if (hits[0] === intent) top1 += 1;
      if (hits.includes(intent)) top3 += 1;
    }
    return `${((100 * top1) / queries.length).toFixed(1)} / ${((100 * top3) / queries.length).toFixed(1)}`;
  };
  console.log(
    `γ ${gamma}${SOFT ? ' + soft words' : ''}: val ${measure(data.val)}, typos ${measure(typoVal)} (${Date.now() - started} ms)`,
  );
}
